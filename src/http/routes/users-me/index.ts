import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { validateUserAttributes } from '../../../domain/user-attributes.ts';
import type { Services } from '../../../services/create-services.ts';
import { renderUsersMe } from '../../../views/users-me-view.ts';
import { type SnapshotView, sendSnapshotAnswer } from '../../conditional-get.ts';
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
  const usersMe: SnapshotView = {
    key: 'users-me',
    render: (request) => ({ data: renderUsersMe(request.me, callers.profileSchema) }),
  };
  // Not async, and returning nothing: the answer is sent at once, without a promise per request.
  const show = (request: FastifyRequest, reply: FastifyReply) => {
    sendSnapshotAnswer(request, reply, usersMe);
  };

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
