import type { SchemaTypedRoutes } from '../../../schema-typed-routes.ts';
import * as service from '../../../../services/user-service.ts';
import { adminContext, type AdminRoutesOptions, pathId, renderPage } from '../route-context.ts';
import { userSchemas } from './schemas.ts';

/** `/api/admin/users[/:id]`; the custom attributes of the profile schema are top-level fields. */
export const userRoutes: SchemaTypedRoutes<AdminRoutesOptions> = async (app, options) => {
  const { profileSchema } = options;
  const schemas = userSchemas(profileSchema);

  app.post('/users', { schema: schemas.create }, async (request, reply) => {
    const user = await service.createUser(adminContext(options, request), request.body, profileSchema);
    return reply.status(201).send({ data: user });
  });

  app.get('/users', { schema: schemas.list }, async (request) =>
    renderPage(await service.listUsers(options.database.db, request.query, profileSchema)),
  );

  app.get('/users/:id', { schema: schemas.get }, async (request) => ({
    data: await service.getUser(options.database.db, pathId(request.params.id), profileSchema),
  }));

  app.patch('/users/:id', { schema: schemas.update }, async (request) => ({
    data: await service.updateUser(adminContext(options, request), pathId(request.params.id), request.body, profileSchema),
  }));

  app.delete('/users/:id', { schema: schemas.delete }, async (request, reply) => {
    await service.deleteUser(adminContext(options, request), pathId(request.params.id));
    return reply.status(204).send();
  });
};
