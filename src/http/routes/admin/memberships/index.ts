import type { SchemaTypedRoutes } from '../../../schema-typed-routes.ts';
import * as service from '../../../../services/membership-service.ts';
import { adminContext, type AdminRoutesOptions, pathId, renderPage } from '../route-context.ts';
import * as schemas from './schemas.ts';

/** `/api/admin/organizations/:id/members` and `/api/admin/memberships/:id`. */
export const membershipRoutes: SchemaTypedRoutes<AdminRoutesOptions> = async (app, options) => {
  app.post('/organizations/:id/members', { schema: schemas.addMemberSchema }, async (request, reply) => {
    const body = request.body;
    const input = body.userId === undefined ? body : { ...body, userId: body.userId.toLowerCase() };
    const membership = await service.addMember(adminContext(options, request), pathId(request.params.id), input);
    return reply.status(201).send({ data: membership });
  });

  app.get('/organizations/:id/members', { schema: schemas.listMembersSchema }, async (request) =>
    renderPage(await service.listMembers(options.database.db, pathId(request.params.id), request.query)),
  );

  app.get('/memberships/:id', { schema: schemas.getMembershipSchema }, async (request) => ({
    data: await service.getMembership(options.database.db, pathId(request.params.id)),
  }));

  app.patch('/memberships/:id', { schema: schemas.updateMembershipSchema }, async (request) => ({
    data: await service.updateMembership(adminContext(options, request), pathId(request.params.id), request.body),
  }));

  app.delete('/memberships/:id', { schema: schemas.deleteMembershipSchema }, async (request, reply) => {
    await service.removeMembership(adminContext(options, request), pathId(request.params.id));
    return reply.status(204).send();
  });
};
