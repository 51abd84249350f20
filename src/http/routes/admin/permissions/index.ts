import type { SchemaTypedRoutes } from '../../../schema-typed-routes.ts';
import * as service from '../../../../services/permission-service.ts';
import { adminContext, renderPage, type AdminRoutesOptions } from '../route-context.ts';
import * as schemas from './schemas.ts';

/** `/api/admin/permissions[/:key]`. */
export const permissionRoutes: SchemaTypedRoutes<AdminRoutesOptions> = async (app, options) => {
  app.post('/permissions', { schema: schemas.createPermissionSchema }, async (request, reply) => {
    const permission = await service.createPermission(adminContext(options, request), request.body);
    return reply.status(201).send({ data: permission });
  });

  app.get('/permissions', { schema: schemas.listPermissionsSchema }, async (request) =>
    renderPage(await service.listPermissions(options.database.db, request.query)),
  );

  app.get('/permissions/:key', { schema: schemas.getPermissionSchema }, async (request) => ({
    data: await service.getPermission(options.database.db, request.params.key),
  }));

  app.patch('/permissions/:key', { schema: schemas.updatePermissionSchema }, async (request) => ({
    data: await service.updatePermission(adminContext(options, request), request.params.key, request.body),
  }));

  app.delete('/permissions/:key', { schema: schemas.deletePermissionSchema }, async (request, reply) => {
    await service.deletePermission(adminContext(options, request), request.params.key);
    return reply.status(204).send();
  });
};
