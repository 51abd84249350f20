import type { SchemaTypedRoutes } from '../../../schema-typed-routes.ts';
import type { Services } from '../../../../services/create-services.ts';
import { pathId } from '../route-context.ts';
import * as schemas from './schemas.ts';

export interface UserGrantRoutesOptions {
  userGrants: Services['userGrants'];
}

/** What an admin grants a user directly: platform admin, global permissions, platform roles, resource grants. */
export const userGrantRoutes: SchemaTypedRoutes<UserGrantRoutesOptions> = async (app, { userGrants }) => {
  app.put('/users/:id/platform-admin', { schema: schemas.putPlatformAdminSchema }, async (request, reply) => {
    await userGrants.grantPlatformAdmin(request.adminActor, pathId(request.params.id));
    return reply.status(204).send();
  });
  app.delete('/users/:id/platform-admin', { schema: schemas.deletePlatformAdminSchema }, async (request, reply) => {
    await userGrants.revokePlatformAdmin(request.adminActor, pathId(request.params.id));
    return reply.status(204).send();
  });

  app.post('/users/:id/permissions', { schema: schemas.grantPermissionSchema }, async (request, reply) => {
    const grant = await userGrants.grantGlobalPermission(
      request.adminActor,
      pathId(request.params.id),
      request.body.key,
    );
    return reply.status(201).send({ data: grant });
  });
  app.delete('/users/:id/permissions/:key', { schema: schemas.revokePermissionSchema }, async (request, reply) => {
    await userGrants.revokeGlobalPermission(request.adminActor, pathId(request.params.id), request.params.key);
    return reply.status(204).send();
  });

  app.post('/users/:id/roles', { schema: schemas.grantRoleSchema }, async (request, reply) => {
    const grant = await userGrants.grantPlatformRole(request.adminActor, pathId(request.params.id), request.body.role);
    return reply.status(201).send({ data: grant });
  });
  app.delete('/users/:id/roles/:roleId', { schema: schemas.revokeRoleSchema }, async (request, reply) => {
    await userGrants.revokePlatformRole(request.adminActor, pathId(request.params.id), pathId(request.params.roleId));
    return reply.status(204).send();
  });

  app.post('/users/:id/resource-grants', { schema: schemas.grantOnResourceSchema }, async (request, reply) => {
    const grant = await userGrants.grantOnResource(request.adminActor, pathId(request.params.id), request.body);
    return reply.status(201).send({ data: grant });
  });
  app.delete(
    '/users/:id/resource-grants/:grantId',
    { schema: schemas.revokeOnResourceSchema },
    async (request, reply) => {
      await userGrants.revokeOnResource(request.adminActor, pathId(request.params.id), pathId(request.params.grantId));
      return reply.status(204).send();
    },
  );
};
