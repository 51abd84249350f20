import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { validateUserAttributes } from '../../../domain/user-attributes.ts';
import type { Services } from '../../../services/create-services.ts';
import { renderUsersMe } from '../../../views/users-me-view.ts';
import { sendSnapshotAnswer } from '../../conditional-get.ts';
import type { Callers } from '../../callers.ts';
import { loadMe, requireMe } from '../../plugins/me-plugin.ts';
import { usersMeSchemas } from './schemas.ts';

export interface UsersMeRoutesOptions {
  callers: Callers;
  profile: Services['profile'];
}

/** `GET /api/users/me` (alias `GET /users/me`) and `PATCH /api/users/me` (see the README). */
export const usersMeRoutes: FastifyPluginAsync<UsersMeRoutesOptions> = async (app, { callers, profile }) => {
  requireMe(app, callers);
  const schemas = usersMeSchemas(callers.profileSchema);
  const show = async (request: FastifyRequest, reply: FastifyReply) =>
    sendSnapshotAnswer(request, reply, {
      key: 'users-me',
      render: () => ({ data: renderUsersMe(request.me, callers.profileSchema) }),
    });

  app.get('/api/users/me', { schema: schemas.get }, show);
  app.get('/users/me', { schema: { ...schemas.get, summary: 'Alias of GET /api/users/me' } }, show);

  app.patch('/api/users/me', { schema: schemas.patch }, async (request) => {
    const now = callers.clock();
    const update = validateUserAttributes(request.body, {
      schema: callers.profileSchema,
      today: now.toISOString().slice(0, 10),
      writer: 'self',
    });
    const userId = request.me.user.id;
    await profile.update(userId, update);
    const fresh = await loadMe(callers, userId, request.principal.sessionId);
    return { data: renderUsersMe(fresh, callers.profileSchema) };
  });
};
