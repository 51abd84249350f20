import type { SchemaTypedRoutes } from '../../../schema-typed-routes.ts';
import * as service from '../../../../services/role-service.ts';
import { adminContext, type AdminRoutesOptions, pathId, renderPage } from '../route-context.ts';
import * as schemas from './schemas.ts';

/** `/api/admin/roles[/:id]`. */
export const roleRoutes: SchemaTypedRoutes<AdminRoutesOptions> = async (app, options) => {
  app.post('/roles', { schema: schemas.createRoleSchema }, async (request, reply) => {
    const body = request.body;
    const role = await service.createRole(adminContext(options, request), { ...body, organizationId: body.organizationId?.toLowerCase() ?? null });
    return reply.status(201).send({ data: role });
  });

  app.get('/roles', { schema: schemas.listRolesSchema }, async (request) => {
    const query = request.query;
    return renderPage(await service.listRoles(options.database.db, { ...query, organizationId: query.organizationId?.toLowerCase() }));
  });

  app.get('/roles/:id', { schema: schemas.getRoleSchema }, async (request) => ({
    data: await service.getRole(options.database.db, pathId(request.params.id)),
  }));

  app.patch('/roles/:id', { schema: schemas.updateRoleSchema }, async (request) => ({
    data: await service.updateRole(adminContext(options, request), pathId(request.params.id), request.body),
  }));

  app.delete('/roles/:id', { schema: schemas.deleteRoleSchema }, async (request, reply) => {
    await service.deleteRole(adminContext(options, request), pathId(request.params.id));
    return reply.status(204).send();
  });
};
