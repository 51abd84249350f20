import type { SchemaTypedRoutes } from '../../../schema-typed-routes.ts';
import type { Services } from '../../../../services/create-services.ts';
import { pathId, renderPage } from '../route-context.ts';
import * as schemas from './schemas.ts';

export interface RoleRoutesOptions {
  roles: Services['roles'];
}

/** `/api/admin/roles[/:id]`. */
export const roleRoutes: SchemaTypedRoutes<RoleRoutesOptions> = async (app, { roles }) => {
  app.post('/roles', { schema: schemas.createRoleSchema }, async (request, reply) => {
    const body = request.body;
    const role = await roles.create(request.adminActor, {
      ...body,
      organizationId: body.organizationId?.toLowerCase() ?? null,
    });
    return reply.status(201).send({ data: role });
  });

  app.get('/roles', { schema: schemas.listRolesSchema }, async (request) => {
    const query = request.query;
    return renderPage(await roles.list({ ...query, organizationId: query.organizationId?.toLowerCase() }));
  });

  app.get('/roles/:id', { schema: schemas.getRoleSchema }, async (request) => ({
    data: await roles.get(pathId(request.params.id)),
  }));

  app.patch('/roles/:id', { schema: schemas.updateRoleSchema }, async (request) => ({
    data: await roles.update(request.adminActor, pathId(request.params.id), request.body),
  }));

  app.delete('/roles/:id', { schema: schemas.deleteRoleSchema }, async (request, reply) => {
    await roles.delete(request.adminActor, pathId(request.params.id));
    return reply.status(204).send();
  });
};
