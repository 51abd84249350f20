import type { FastifyPluginAsync } from 'fastify';
import { ANY_SESSION } from '../../../../domain/current-organization.ts';
import { RosterError } from '../../../../domain/roster-error.ts';
import { renderUserAccess } from '../../../../views/user-access-view.ts';
import type { MeServices } from '../../../me-services.ts';
import { UUID_PATTERN } from '../common-schemas.ts';
import { pathId } from '../route-context.ts';
import { userAccessSchema } from './schemas.ts';

export interface UserAccessRoutesOptions {
  /** The `/me` services: the view reads the same cached snapshot as the user's own requests. */
  me: MeServices;
}

const UUID = new RegExp(UUID_PATTERN);

/** `GET /api/admin/users/:id/access`: "see as this user" — their effective access, for support. */
export const userAccessRoutes: FastifyPluginAsync<UserAccessRoutesOptions> = async (app, { me }) => {
  app.get('/users/:id/access', { schema: userAccessSchema }, async (request) => {
    const userId = pathId(request);
    await me.noticeExternalWrites();
    const snapshot = UUID.test(userId) ? await me.snapshots.get(userId, ANY_SESSION) : null;
    if (!snapshot) throw new RosterError('NotFound', `No user with id ${userId}`);
    return { data: renderUserAccess(snapshot) };
  });
};
