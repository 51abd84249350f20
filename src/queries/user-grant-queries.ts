import type { Kysely } from 'kysely';
import type { DB, ResourceGrantRow } from '../db/types.ts';

/** The permission that makes its holder an admin of Roster itself. */
export const ROSTER_ADMIN_PERMISSION = 'roster:admin';

/**
 * Whether the user may use the admin API: a platform admin, or a holder of the global permission
 * `roster:admin` (directly or through a platform role). One query.
 */
export async function holdsRosterAdmin(db: Kysely<DB>, userId: string): Promise<boolean> {
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
  return grant !== undefined;
}

export async function isPlatformAdmin(db: Kysely<DB>, userId: string): Promise<boolean> {
  const row = await db.selectFrom('platformAdmins').select('userId').where('userId', '=', userId).executeTakeFirst();
  return row !== undefined;
}

export async function upsertPlatformAdmin(db: Kysely<DB>, userId: string, grantedAt: string): Promise<void> {
  await db
    .insertInto('platformAdmins')
    .values({ userId, grantedAt })
    .onConflict((oc) => oc.column('userId').doNothing())
    .execute();
}

export async function deletePlatformAdmin(db: Kysely<DB>, userId: string): Promise<boolean> {
  const result = await db.deleteFrom('platformAdmins').where('userId', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function globalPermissionGrantExists(
  db: Kysely<DB>,
  userId: string,
  permissionKey: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('globalPermissionGrants')
    .innerJoin('permissions', 'permissions.id', 'globalPermissionGrants.permissionId')
    .select('globalPermissionGrants.id')
    .where('globalPermissionGrants.userId', '=', userId)
    .where('permissions.key', '=', permissionKey)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertGlobalPermissionGrant(
  db: Kysely<DB>,
  grant: { id: string; userId: string; permissionId: string; grantedAt: string },
): Promise<void> {
  await db.insertInto('globalPermissionGrants').values(grant).execute();
}

export async function deleteGlobalPermissionGrant(
  db: Kysely<DB>,
  userId: string,
  permissionId: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('globalPermissionGrants')
    .where('userId', '=', userId)
    .where('permissionId', '=', permissionId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function platformRoleGrantExists(db: Kysely<DB>, userId: string, roleId: string): Promise<boolean> {
  const row = await db
    .selectFrom('platformRoleGrants')
    .select('id')
    .where('userId', '=', userId)
    .where('roleId', '=', roleId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertPlatformRoleGrant(
  db: Kysely<DB>,
  grant: { id: string; userId: string; roleId: string; grantedAt: string },
): Promise<void> {
  await db.insertInto('platformRoleGrants').values(grant).execute();
}

export async function deletePlatformRoleGrant(db: Kysely<DB>, userId: string, roleId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('platformRoleGrants')
    .where('userId', '=', userId)
    .where('roleId', '=', roleId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function resourceRoleGrantExists(
  db: Kysely<DB>,
  grant: { userId: string; resourceType: string; resourceId: string; roleId: string },
): Promise<boolean> {
  const row = await db
    .selectFrom('resourceGrants')
    .select('id')
    .where('userId', '=', grant.userId)
    .where('resourceType', '=', grant.resourceType)
    .where('resourceId', '=', grant.resourceId)
    .where('roleId', '=', grant.roleId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertResourceGrant(db: Kysely<DB>, grant: ResourceGrantRow): Promise<void> {
  await db.insertInto('resourceGrants').values(grant).execute();
}

export async function deleteResourceGrant(db: Kysely<DB>, userId: string, grantId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('resourceGrants')
    .where('userId', '=', userId)
    .where('id', '=', grantId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
