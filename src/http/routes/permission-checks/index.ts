import type { SchemaTypedRoutes } from '../../schema-typed-routes.ts';
import { checkPermission, checkPermissions, type PermissionCheck } from '../../../domain/permission-check.ts';
import { RosterError } from '../../../domain/roster-error.ts';
import { queryStringOf, type SnapshotView, sendSnapshotAnswer } from '../../conditional-get.ts';
import { toRosterError } from '../../errors.ts';
import type { Callers } from '../../callers.ts';
import { requireMe } from '../../plugins/me-plugin.ts';
import { checkManySchema, checkOneSchema, type CheckOneQuery } from './schemas.ts';

export interface PermissionCheckRoutesOptions {
  callers: Callers;
}

/**
 * `POST /api/me/permissions/check` (1–100 checks) and `GET /api/me/permissions/check` (one):
 * may the caller do this, here? Answered from the caller's cached snapshot.
 */
export const permissionCheckRoutes: SchemaTypedRoutes<PermissionCheckRoutesOptions> = async (app, { callers }) => {
  requireMe(app, callers);

  app.post(
    '/api/me/permissions/check',
    { schema: checkManySchema, config: { countsAsRead: true } },
    async (request) => ({
      data: { results: checkPermissions(request.me, request.body.checks) },
    }),
  );

  // A malformed check is a ValidationFailed in both forms, so the query's schema errors are not
  // left to the generic InvalidParameter of other query strings.
  app.get('/api/me/permissions/check', { schema: checkOneSchema, attachValidation: true }, (request, reply) => {
    sendSnapshotAnswer(request, reply, CHECK_ONE);
  });
};

const CHECK_ONE: SnapshotView = {
  // The same query string always means the same check, so it keys the rendering; a query that
  // fails validation throws before anything is stored.
  key: (request) => `check${queryStringOf(request)}`,
  render: (request) => ({
    data: checkPermission(request.me, checkFromQuery(request.query as CheckOneQuery, request.validationError)),
  }),
};

function checkFromQuery(query: CheckOneQuery, validationError: Error | undefined): PermissionCheck {
  if (validationError) {
    const { details, parameter } = toRosterError(validationError);
    throw new RosterError('ValidationFailed', 'The permission check is not valid', {
      ...(details ? { details } : {}),
      ...(parameter ? { parameter } : {}),
    });
  }
  const { permission, organizationId, resourceType, resourceId } = query;
  if ((resourceType === undefined) !== (resourceId === undefined)) {
    const [missing, given] =
      resourceType === undefined ? ['resourceType', 'resourceId'] : ['resourceId', 'resourceType'];
    throw new RosterError('ValidationFailed', 'resourceType and resourceId go together', {
      details: [{ field: missing, message: `is required when ${given} is given` }],
      parameter: missing,
    });
  }
  return {
    permission,
    ...(organizationId === undefined ? {} : { organizationId }),
    ...(resourceType === undefined || resourceId === undefined
      ? {}
      : { resource: { type: resourceType, id: resourceId } }),
  };
}
