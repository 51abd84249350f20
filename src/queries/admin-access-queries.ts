import type { Kysely } from 'kysely';
import type { DB } from '../db/types.ts';

/** The permission that makes its holder an admin of Roster itself. */
export const ROSTER_ADMIN_PERMISSION = 'roster:admin';

/**
 * The user behind (issuer, subject) and whether they may use the admin API: a platform admin,
 * or a holder of the global permission `roster:admin` (directly or through a platform role).
 * Undefined for an unknown identity — nothing is ever created here.
 */
export async function findAdminAccessByIdentity(
  db: Kysely<DB>,
  issuer: string,
  subject: string,
): Promise<{ userId: string; isAdmin: boolean } | undefined> {
  const identity = await db
    .selectFrom('identities')
    .select('userId')
    .where('issuer', '=', issuer)
    .where('subject', '=', subject)
    .executeTakeFirst();
  if (!identity) return undefined;
  const { userId } = identity;
  const grant = await db
    .selectFrom('platformAdmins')
    .select('userId')
    .where('userId', '=', userId)
    .union(
      db
        .selectFrom('globalPermissionGrants')
        .innerJoin('permissions', 'permissions.id', 'globalPermissionGrants.permissionId')
        .select('globalPermissionGrants.userId')
        .where('globalPermissionGrants.userId', '=', userId)
        .where('permissions.key', '=', ROSTER_ADMIN_PERMISSION),
    )
    .union(
      db
        .selectFrom('platformRoleGrants')
        .innerJoin('roles', 'roles.id', 'platformRoleGrants.roleId')
        .innerJoin('rolePermissions', 'rolePermissions.roleId', 'roles.id')
        .innerJoin('permissions', 'permissions.id', 'rolePermissions.permissionId')
        .select('platformRoleGrants.userId')
        .where('platformRoleGrants.userId', '=', userId)
        .where('roles.scope', '=', 'platform')
        .where('permissions.key', '=', ROSTER_ADMIN_PERMISSION),
    )
    .executeTakeFirst();
  return { userId, isAdmin: grant !== undefined };
}
