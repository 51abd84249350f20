import type { SchemaTypedRoutes } from '../../../schema-typed-routes.ts';
import type { Services } from '../../../../services/create-services.ts';
import { pathId, renderPage } from '../route-context.ts';
import * as schemas from './schemas.ts';

export interface OrganizationRoutesOptions {
  organizations: Services['organizations'];
}

/** `/api/admin/organizations[/:id]`. */
export const organizationRoutes: SchemaTypedRoutes<OrganizationRoutesOptions> = async (app, { organizations }) => {
  app.post('/organizations', { schema: schemas.createOrganizationSchema }, async (request, reply) => {
    const organization = await organizations.create(request.adminActor, request.body);
    return reply.status(201).send({ data: organization });
  });

  app.get('/organizations', { schema: schemas.listOrganizationsSchema }, async (request) =>
    renderPage(await organizations.list(request.query)),
  );

  app.get('/organizations/:id', { schema: schemas.getOrganizationSchema }, async (request) => ({
    data: await organizations.get(pathId(request.params.id)),
  }));

  app.patch('/organizations/:id', { schema: schemas.updateOrganizationSchema }, async (request) => ({
    data: await organizations.update(request.adminActor, pathId(request.params.id), request.body),
  }));

  app.delete('/organizations/:id', { schema: schemas.deleteOrganizationSchema }, async (request, reply) => {
    await organizations.delete(request.adminActor, pathId(request.params.id));
    return reply.status(204).send();
  });
};
