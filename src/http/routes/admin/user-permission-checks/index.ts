import type { SchemaTypedRoutes } from '../../../schema-typed-routes.ts';
import { ANY_SESSION } from '../../../../domain/current-organization.ts';
import { checkPermissions } from '../../../../domain/permission-check.ts';
import { RosterError } from '../../../../domain/roster-error.ts';
import type { Callers } from '../../../callers.ts';
import { adminCheckSchema } from '../../permission-checks/schemas.ts';
import { UUID_PATTERN } from '../common-schemas.ts';
import { pathId } from '../route-context.ts';

export interface UserPermissionCheckRoutesOptions {
  /** The `/me` services: the checks read the same cached snapshots as the user's own requests. */
  callers: Callers;
}

const UUID = new RegExp(UUID_PATTERN);

/**
 * `POST /api/admin/users/:id/permissions/check`: the caller's permission checks for any user,
 * without their token (a job, a webhook handler). Without `organizationId`, a check is about
 * the user's current organization across sessions. Unknown user: 404.
 */
export const userPermissionCheckRoutes: SchemaTypedRoutes<UserPermissionCheckRoutesOptions> = async (
  app,
  { callers },
) => {
  app.post(
    '/users/:id/permissions/check',
    { schema: adminCheckSchema, config: { countsAsRead: true } },
    async (request) => {
      const userId = pathId(request.params.id);
      await callers.noticeExternalWrites();
      const snapshot = UUID.test(userId) ? await callers.snapshots.get(userId, ANY_SESSION) : null;
      if (!snapshot) throw new RosterError('NotFound', `No user with id ${userId}`);
      return { data: { results: checkPermissions(snapshot, request.body.checks) } };
    },
  );
};
