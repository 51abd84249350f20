import type { SchemaTypedRoutes } from '../../../schema-typed-routes.ts';
import * as service from '../../../../services/invitation-service.ts';
import { adminContext, type AdminRoutesOptions, pathId, renderPage } from '../route-context.ts';
import * as schemas from './schemas.ts';

/** `/api/admin/invitations[/:id]`. */
export const invitationRoutes: SchemaTypedRoutes<AdminRoutesOptions> = async (app, options) => {
  app.post('/invitations', { schema: schemas.createInvitationSchema }, async (request, reply) => {
    const body = request.body;
    const invitation = await service.createInvitation(adminContext(options, request), { ...body, organizationId: body.organizationId.toLowerCase() });
    return reply.status(201).send({ data: invitation });
  });

  app.get('/invitations', { schema: schemas.listInvitationsSchema }, async (request) => {
    const query = request.query;
    return renderPage(await service.listInvitations(options.database.db, { ...query, organizationId: query.organizationId?.toLowerCase() }));
  });

  app.get('/invitations/:id', { schema: schemas.getInvitationSchema }, async (request) => ({
    data: await service.getInvitation(options.database.db, pathId(request.params.id)),
  }));

  app.delete('/invitations/:id', { schema: schemas.deleteInvitationSchema }, async (request, reply) => {
    await service.deleteInvitation(adminContext(options, request), pathId(request.params.id));
    return reply.status(204).send();
  });
};
