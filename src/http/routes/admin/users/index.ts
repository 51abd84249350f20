import type { FastifyPluginAsync } from 'fastify';
import * as service from '../../../../services/user-service.ts';
import type { ListQuery } from '../common-schemas.ts';
import { adminContext, type AdminRoutesOptions, pathId, renderPage } from '../route-context.ts';
import { userSchemas } from './schemas.ts';

/** `/api/admin/users[/:id]`; the custom attributes of the profile schema are top-level fields. */
export const userRoutes: FastifyPluginAsync<AdminRoutesOptions> = async (app, options) => {
  const { profileSchema } = options;
  const schemas = userSchemas(profileSchema);

  app.post('/users', { schema: schemas.create }, async (request, reply) => {
    const user = await service.createUser(adminContext(options, request), request.body, profileSchema);
    return reply.status(201).send({ data: user });
  });

  app.get('/users', { schema: schemas.list }, async (request) =>
    renderPage(await service.listUsers(options.database.db, request.query as ListQuery & { email?: string }, profileSchema)),
  );

  app.get('/users/:id', { schema: schemas.get }, async (request) => ({
    data: await service.getUser(options.database.db, pathId(request), profileSchema),
  }));

  app.patch('/users/:id', { schema: schemas.update }, async (request) => ({
    data: await service.updateUser(adminContext(options, request), pathId(request), request.body, profileSchema),
  }));

  app.delete('/users/:id', { schema: schemas.delete }, async (request, reply) => {
    await service.deleteUser(adminContext(options, request), pathId(request));
    return reply.status(204).send();
  });
};
