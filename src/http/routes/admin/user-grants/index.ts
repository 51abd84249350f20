import type { SchemaTypedRoutes } from '../../../schema-typed-routes.ts';
import * as service from '../../../../services/user-grant-service.ts';
import { adminContext, type AdminRoutesOptions, pathId } from '../route-context.ts';
import * as schemas from './schemas.ts';

/** What an admin grants a user directly: platform admin, global permissions, platform roles, resource grants. */
export const userGrantRoutes: SchemaTypedRoutes<AdminRoutesOptions> = async (app, options) => {

  app.put('/users/:id/platform-admin', { schema: schemas.putPlatformAdminSchema }, async (request, reply) => {
    await service.grantPlatformAdmin(adminContext(options, request), pathId(request.params.id));
    return reply.status(204).send();
  });
  app.delete('/users/:id/platform-admin', { schema: schemas.deletePlatformAdminSchema }, async (request, reply) => {
    await service.revokePlatformAdmin(adminContext(options, request), pathId(request.params.id));
    return reply.status(204).send();
  });

  app.post('/users/:id/permissions', { schema: schemas.grantPermissionSchema }, async (request, reply) => {
    const grant = await service.grantGlobalPermission(adminContext(options, request), pathId(request.params.id), request.body.key);
    return reply.status(201).send({ data: grant });
  });
  app.delete('/users/:id/permissions/:key', { schema: schemas.revokePermissionSchema }, async (request, reply) => {
    await service.revokeGlobalPermission(adminContext(options, request), pathId(request.params.id), request.params.key);
    return reply.status(204).send();
  });

  app.post('/users/:id/roles', { schema: schemas.grantRoleSchema }, async (request, reply) => {
    const grant = await service.grantPlatformRole(adminContext(options, request), pathId(request.params.id), request.body.role);
    return reply.status(201).send({ data: grant });
  });
  app.delete('/users/:id/roles/:roleId', { schema: schemas.revokeRoleSchema }, async (request, reply) => {
    await service.revokePlatformRole(adminContext(options, request), pathId(request.params.id), pathId(request.params.roleId));
    return reply.status(204).send();
  });

  app.post('/users/:id/resource-grants', { schema: schemas.grantOnResourceSchema }, async (request, reply) => {
    const grant = await service.grantOnResource(adminContext(options, request), pathId(request.params.id), request.body);
    return reply.status(201).send({ data: grant });
  });
  app.delete('/users/:id/resource-grants/:grantId', { schema: schemas.revokeOnResourceSchema }, async (request, reply) => {
    await service.revokeOnResource(adminContext(options, request), pathId(request.params.id), pathId(request.params.grantId));
    return reply.status(204).send();
  });
};
