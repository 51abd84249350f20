import type { SchemaTypedRoutes } from '../../../schema-typed-routes.ts';
import { ANY_SESSION } from '../../../../domain/current-organization.ts';
import { RosterError } from '../../../../domain/roster-error.ts';
import { renderUserAccess } from '../../../../views/user-access-view.ts';
import type { Callers } from '../../../callers.ts';
import { UUID_PATTERN } from '../common-schemas.ts';
import { pathId } from '../route-context.ts';
import { userAccessSchema } from './schemas.ts';

export interface UserAccessRoutesOptions {
  /** The `/me` services: the view reads the same cached snapshot as the user's own requests. */
  callers: Callers;
}

const UUID = new RegExp(UUID_PATTERN);

/** `GET /api/admin/users/:id/access`: "see as this user" — their effective access, for support. */
export const userAccessRoutes: SchemaTypedRoutes<UserAccessRoutesOptions> = async (app, { callers }) => {
  app.get('/users/:id/access', { schema: userAccessSchema }, async (request) => {
    const userId = pathId(request.params.id);
    await callers.noticeExternalWrites();
    const snapshot = UUID.test(userId) ? await callers.snapshots.get(userId, ANY_SESSION) : null;
    if (!snapshot) throw new RosterError('NotFound', `No user with id ${userId}`);
    return { data: renderUserAccess(snapshot) };
  });
};
