import type { SchemaTypedRoutes } from '../../../schema-typed-routes.ts';
import type { Services } from '../../../../services/create-services.ts';
import { pathId, renderPage } from '../route-context.ts';
import * as schemas from './schemas.ts';

export interface MembershipRoutesOptions {
  memberships: Services['memberships'];
}

/** `/api/admin/organizations/:id/members` and `/api/admin/memberships/:id`. */
export const membershipRoutes: SchemaTypedRoutes<MembershipRoutesOptions> = async (app, { memberships }) => {
  app.post('/organizations/:id/members', { schema: schemas.addMemberSchema }, async (request, reply) => {
    const body = request.body;
    const input = body.userId === undefined ? body : { ...body, userId: body.userId.toLowerCase() };
    const membership = await memberships.add(request.adminActor, pathId(request.params.id), input);
    return reply.status(201).send({ data: membership });
  });

  app.get('/organizations/:id/members', { schema: schemas.listMembersSchema }, async (request) =>
    renderPage(await memberships.list(pathId(request.params.id), request.query)),
  );

  app.get('/memberships/:id', { schema: schemas.getMembershipSchema }, async (request) => ({
    data: await memberships.get(pathId(request.params.id)),
  }));

  app.patch('/memberships/:id', { schema: schemas.updateMembershipSchema }, async (request) => ({
    data: await memberships.update(request.adminActor, pathId(request.params.id), request.body),
  }));

  app.delete('/memberships/:id', { schema: schemas.deleteMembershipSchema }, async (request, reply) => {
    await memberships.remove(request.adminActor, pathId(request.params.id));
    return reply.status(204).send();
  });
};
