import type { FastifyPluginAsync } from 'fastify';
import * as service from '../../../../services/organization-service.ts';
import type { ListQuery } from '../common-schemas.ts';
import { adminContext, type AdminRoutesOptions, pathId, renderPage } from '../route-context.ts';
import * as schemas from './schemas.ts';

/** `/api/admin/organizations[/:id]`. */
export const organizationRoutes: FastifyPluginAsync<AdminRoutesOptions> = async (app, options) => {
  app.post('/organizations', { schema: schemas.createOrganizationSchema }, async (request, reply) => {
    const organization = await service.createOrganization(adminContext(options, request), request.body as service.OrganizationInput);
    return reply.status(201).send({ data: organization });
  });

  app.get('/organizations', { schema: schemas.listOrganizationsSchema }, async (request) =>
    renderPage(await service.listOrganizations(options.database.db, request.query as ListQuery)),
  );

  app.get('/organizations/:id', { schema: schemas.getOrganizationSchema }, async (request) => ({
    data: await service.getOrganization(options.database.db, pathId(request)),
  }));

  app.patch('/organizations/:id', { schema: schemas.updateOrganizationSchema }, async (request) => ({
    data: await service.updateOrganization(
      adminContext(options, request),
      pathId(request),
      request.body as service.OrganizationPatch,
    ),
  }));

  app.delete('/organizations/:id', { schema: schemas.deleteOrganizationSchema }, async (request, reply) => {
    await service.deleteOrganization(adminContext(options, request), pathId(request));
    return reply.status(204).send();
  });
};
