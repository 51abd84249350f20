import type { Kysely } from 'kysely';
import type { DB } from '../db/types.ts';

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

export async function platformRoleGrantExists(db: Kysely<DB>, userId: string, roleId: string): Promise<boolean> {
  const row = await db
    .selectFrom('platformRoleGrants')
    .select('id')
    .where('userId', '=', userId)
    .where('roleId', '=', roleId)
    .executeTakeFirst();
  return row !== undefined;
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

export async function isPlatformAdmin(db: Kysely<DB>, userId: string): Promise<boolean> {
  const row = await db.selectFrom('platformAdmins').select('userId').where('userId', '=', userId).executeTakeFirst();
  return row !== undefined;
}

/** Whether anything still holds the role: a membership, a platform or resource grant, an invitation. */
export async function roleIsInUse(db: Kysely<DB>, roleId: string): Promise<boolean> {
  const [membership, platform, resource, invitation] = await Promise.all([
    db.selectFrom('membershipRoles').select('roleId').where('roleId', '=', roleId).executeTakeFirst(),
    db.selectFrom('platformRoleGrants').select('id').where('roleId', '=', roleId).executeTakeFirst(),
    db.selectFrom('resourceGrants').select('id').where('roleId', '=', roleId).executeTakeFirst(),
    db.selectFrom('invitations').select('id').where('roleId', '=', roleId).executeTakeFirst(),
  ]);
  return [membership, platform, resource, invitation].some((row) => row !== undefined);
}
