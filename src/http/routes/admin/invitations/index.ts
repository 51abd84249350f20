import type { SchemaTypedRoutes } from '../../../schema-typed-routes.ts';
import type { Services } from '../../../../services/create-services.ts';
import { pathId, renderPage } from '../route-context.ts';
import * as schemas from './schemas.ts';

export interface InvitationRoutesOptions {
  invitations: Services['invitations'];
}

/** `/api/admin/invitations[/:id]`. */
export const invitationRoutes: SchemaTypedRoutes<InvitationRoutesOptions> = async (app, { invitations }) => {
  app.post('/invitations', { schema: schemas.createInvitationSchema }, async (request, reply) => {
    const body = request.body;
    const invitation = await invitations.create(request.adminActor, {
      ...body,
      organizationId: body.organizationId.toLowerCase(),
    });
    return reply.status(201).send({ data: invitation });
  });

  app.get('/invitations', { schema: schemas.listInvitationsSchema }, async (request) => {
    const query = request.query;
    return renderPage(await invitations.list({ ...query, organizationId: query.organizationId?.toLowerCase() }));
  });

  app.get('/invitations/:id', { schema: schemas.getInvitationSchema }, async (request) => ({
    data: await invitations.get(pathId(request.params.id)),
  }));

  app.delete('/invitations/:id', { schema: schemas.deleteInvitationSchema }, async (request, reply) => {
    await invitations.delete(request.adminActor, pathId(request.params.id));
    return reply.status(204).send();
  });
};
