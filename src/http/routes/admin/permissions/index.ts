import type { FastifyPluginAsync } from 'fastify';
import * as service from '../../../../services/permission-service.ts';
import type { ListQuery } from '../common-schemas.ts';
import { adminContext, renderPage, type AdminRoutesOptions } from '../route-context.ts';
import * as schemas from './schemas.ts';

type Params = { key: string };

/** `/api/admin/permissions[/:key]`. */
export const permissionRoutes: FastifyPluginAsync<AdminRoutesOptions> = async (app, options) => {
  app.post('/permissions', { schema: schemas.createPermissionSchema }, async (request, reply) => {
    const permission = await service.createPermission(adminContext(options, request), request.body as { key: string; description?: string | null });
    return reply.status(201).send({ data: permission });
  });

  app.get('/permissions', { schema: schemas.listPermissionsSchema }, async (request) =>
    renderPage(await service.listPermissions(options.database.db, request.query as ListQuery)),
  );

  app.get('/permissions/:key', { schema: schemas.getPermissionSchema }, async (request) => ({
    data: await service.getPermission(options.database.db, (request.params as Params).key),
  }));

  app.patch('/permissions/:key', { schema: schemas.updatePermissionSchema }, async (request) => ({
    data: await service.updatePermission(adminContext(options, request), (request.params as Params).key, request.body as { description: string | null }),
  }));

  app.delete('/permissions/:key', { schema: schemas.deletePermissionSchema }, async (request, reply) => {
    await service.deletePermission(adminContext(options, request), (request.params as Params).key);
    return reply.status(204).send();
  });
};
