import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { validateUserAttributes } from '../../../domain/user-attributes.ts';
import { updateProfile } from '../../../services/profile-service.ts';
import { renderUsersMe } from '../../../views/users-me-view.ts';
import { conditionalGet } from '../../conditional-get.ts';
import type { MeServices } from '../../me-services.ts';
import { loadMe, requireMe } from '../../plugins/me-plugin.ts';
import { usersMeSchemas } from './schemas.ts';

export interface UsersMeRoutesOptions {
  me: MeServices;
}

/** `GET /api/users/me` (alias `GET /users/me`) and `PATCH /api/users/me` (see the README). */
export const usersMeRoutes: FastifyPluginAsync<UsersMeRoutesOptions> = async (app, { me }) => {
  requireMe(app, me);
  const schemas = usersMeSchemas(me.profileSchema);
  const show = async (request: FastifyRequest, reply: FastifyReply) =>
    conditionalGet(reply, { data: renderUsersMe(request.me, me.profileSchema) });

  app.get('/api/users/me', { schema: schemas.get }, show);
  app.get('/users/me', { schema: { ...schemas.get, summary: 'Alias of GET /api/users/me' } }, show);

  app.patch('/api/users/me', { schema: schemas.patch }, async (request) => {
    const now = me.clock();
    const update = validateUserAttributes(request.body, { schema: me.profileSchema, today: now.toISOString().slice(0, 10), writer: 'self' });
    const userId = request.me.user.id;
    await updateProfile(me.writeContext(userId), userId, update, me.profileSchema);
    const fresh = await loadMe(me, userId, request.principal.sessionId);
    return { data: renderUsersMe(fresh, me.profileSchema) };
  });
};
