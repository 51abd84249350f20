import type { Kysely } from 'kysely';
import type { DB, ResourceGrantRow } from '../db/types.ts';

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
