import type { FastifyPluginAsync } from 'fastify';
import * as service from '../../../../services/membership-service.ts';
import type { ListQuery } from '../common-schemas.ts';
import { adminContext, type AdminRoutesOptions, pathId, renderPage } from '../route-context.ts';
import * as schemas from './schemas.ts';

/** `/api/admin/organizations/:id/members` and `/api/admin/memberships/:id`. */
export const membershipRoutes: FastifyPluginAsync<AdminRoutesOptions> = async (app, options) => {
  app.post('/organizations/:id/members', { schema: schemas.addMemberSchema }, async (request, reply) => {
    const body = request.body as service.MemberInput;
    const input = body.userId === undefined ? body : { ...body, userId: body.userId.toLowerCase() };
    const membership = await service.addMember(adminContext(options, request), pathId(request), input);
    return reply.status(201).send({ data: membership });
  });

  app.get('/organizations/:id/members', { schema: schemas.listMembersSchema }, async (request) =>
    renderPage(await service.listMembers(options.database.db, pathId(request), request.query as ListQuery)),
  );

  app.get('/memberships/:id', { schema: schemas.getMembershipSchema }, async (request) => ({
    data: await service.getMembership(options.database.db, pathId(request)),
  }));

  app.patch('/memberships/:id', { schema: schemas.updateMembershipSchema }, async (request) => ({
    data: await service.updateMembership(adminContext(options, request), pathId(request), request.body as service.MembershipPatch),
  }));

  app.delete('/memberships/:id', { schema: schemas.deleteMembershipSchema }, async (request, reply) => {
    await service.removeMembership(adminContext(options, request), pathId(request));
    return reply.status(204).send();
  });
};
