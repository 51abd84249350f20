import type { SchemaTypedRoutes } from '../../../schema-typed-routes.ts';
import type { Services } from '../../../../services/create-services.ts';
import { renderPage } from '../route-context.ts';
import * as schemas from './schemas.ts';

export interface PermissionRoutesOptions {
  permissions: Services['permissions'];
}

/** `/api/admin/permissions[/:key]`. */
export const permissionRoutes: SchemaTypedRoutes<PermissionRoutesOptions> = async (app, { permissions }) => {
  app.post('/permissions', { schema: schemas.createPermissionSchema }, async (request, reply) => {
    const permission = await permissions.create(request.adminActor, request.body);
    return reply.status(201).send({ data: permission });
  });

  app.get('/permissions', { schema: schemas.listPermissionsSchema }, async (request) =>
    renderPage(await permissions.list(request.query)),
  );

  app.get('/permissions/:key', { schema: schemas.getPermissionSchema }, async (request) => ({
    data: await permissions.get(request.params.key),
  }));

  app.patch('/permissions/:key', { schema: schemas.updatePermissionSchema }, async (request) => ({
    data: await permissions.update(request.adminActor, request.params.key, request.body),
  }));

  app.delete('/permissions/:key', { schema: schemas.deletePermissionSchema }, async (request, reply) => {
    await permissions.delete(request.adminActor, request.params.key);
    return reply.status(204).send();
  });
};
