import type { FastifyPluginAsync } from 'fastify';
import * as service from '../../../../services/user-grant-service.ts';
import { adminContext, type AdminRoutesOptions, pathId } from '../route-context.ts';
import * as schemas from './schemas.ts';

type Params = { key: string };

/** What an admin grants a user directly: platform admin, global permissions, platform roles, resource grants. */
export const userGrantRoutes: FastifyPluginAsync<AdminRoutesOptions> = async (app, options) => {

  app.put('/users/:id/platform-admin', { schema: schemas.putPlatformAdminSchema }, async (request, reply) => {
    await service.grantPlatformAdmin(adminContext(options, request), pathId(request));
    return reply.status(204).send();
  });
  app.delete('/users/:id/platform-admin', { schema: schemas.deletePlatformAdminSchema }, async (request, reply) => {
    await service.revokePlatformAdmin(adminContext(options, request), pathId(request));
    return reply.status(204).send();
  });

  app.post('/users/:id/permissions', { schema: schemas.grantPermissionSchema }, async (request, reply) => {
    const grant = await service.grantGlobalPermission(adminContext(options, request), pathId(request), (request.body as { key: string }).key);
    return reply.status(201).send({ data: grant });
  });
  app.delete('/users/:id/permissions/:key', { schema: schemas.revokePermissionSchema }, async (request, reply) => {
    await service.revokeGlobalPermission(adminContext(options, request), pathId(request), (request.params as Params).key);
    return reply.status(204).send();
  });

  app.post('/users/:id/roles', { schema: schemas.grantRoleSchema }, async (request, reply) => {
    const grant = await service.grantPlatformRole(adminContext(options, request), pathId(request), (request.body as { role: string }).role);
    return reply.status(201).send({ data: grant });
  });
  app.delete('/users/:id/roles/:roleId', { schema: schemas.revokeRoleSchema }, async (request, reply) => {
    await service.revokePlatformRole(adminContext(options, request), pathId(request), pathId(request, 'roleId'));
    return reply.status(204).send();
  });

  app.post('/users/:id/resource-grants', { schema: schemas.grantOnResourceSchema }, async (request, reply) => {
    const grant = await service.grantOnResource(adminContext(options, request), pathId(request), request.body as service.ResourceGrantInput);
    return reply.status(201).send({ data: grant });
  });
  app.delete('/users/:id/resource-grants/:grantId', { schema: schemas.revokeOnResourceSchema }, async (request, reply) => {
    await service.revokeOnResource(adminContext(options, request), pathId(request), pathId(request, 'grantId'));
    return reply.status(204).send();
  });
};
