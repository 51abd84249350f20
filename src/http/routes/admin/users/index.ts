import type { FastifyPluginAsync } from 'fastify';
import type { AdminUserAttributes } from '../../../../domain/admin-user-attributes.ts';
import * as service from '../../../../services/user-service.ts';
import type { ListQuery } from '../common-schemas.ts';
import { adminContext, renderPage, type AdminRoutesOptions } from '../route-context.ts';
import * as schemas from './schemas.ts';

type Params = { id: string };

/** `/api/admin/users[/:id]`. */
export const userRoutes: FastifyPluginAsync<AdminRoutesOptions> = async (app, options) => {
  app.post('/users', { schema: schemas.createUserSchema }, async (request, reply) => {
    const user = await service.createUser(adminContext(options, request), request.body as AdminUserAttributes);
    return reply.status(201).send({ data: user });
  });

  app.get('/users', { schema: schemas.listUsersSchema }, async (request) =>
    renderPage(await service.listUsers(options.database.db, request.query as ListQuery & { email?: string })),
  );

  app.get('/users/:id', { schema: schemas.getUserSchema }, async (request) => ({
    data: await service.getUser(options.database.db, (request.params as Params).id.toLowerCase()),
  }));

  app.patch('/users/:id', { schema: schemas.updateUserSchema }, async (request) => ({
    data: await service.updateUser(adminContext(options, request), (request.params as Params).id.toLowerCase(), request.body as AdminUserAttributes),
  }));

  app.delete('/users/:id', { schema: schemas.deleteUserSchema }, async (request, reply) => {
    await service.deleteUser(adminContext(options, request), (request.params as Params).id.toLowerCase());
    return reply.status(204).send();
  });
};
