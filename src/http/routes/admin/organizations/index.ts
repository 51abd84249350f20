import type { SchemaTypedRoutes } from '../../../schema-typed-routes.ts';
import * as service from '../../../../services/organization-service.ts';
import { adminContext, type AdminRoutesOptions, pathId, renderPage } from '../route-context.ts';
import * as schemas from './schemas.ts';

/** `/api/admin/organizations[/:id]`. */
export const organizationRoutes: SchemaTypedRoutes<AdminRoutesOptions> = async (app, options) => {
  app.post('/organizations', { schema: schemas.createOrganizationSchema }, async (request, reply) => {
    const organization = await service.createOrganization(adminContext(options, request), request.body);
    return reply.status(201).send({ data: organization });
  });

  app.get('/organizations', { schema: schemas.listOrganizationsSchema }, async (request) =>
    renderPage(await service.listOrganizations(options.database.db, request.query)),
  );

  app.get('/organizations/:id', { schema: schemas.getOrganizationSchema }, async (request) => ({
    data: await service.getOrganization(options.database.db, pathId(request.params.id)),
  }));

  app.patch('/organizations/:id', { schema: schemas.updateOrganizationSchema }, async (request) => ({
    data: await service.updateOrganization(
      adminContext(options, request),
      pathId(request.params.id),
      request.body,
    ),
  }));

  app.delete('/organizations/:id', { schema: schemas.deleteOrganizationSchema }, async (request, reply) => {
    await service.deleteOrganization(adminContext(options, request), pathId(request.params.id));
    return reply.status(204).send();
  });
};
