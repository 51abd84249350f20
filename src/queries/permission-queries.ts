import type { Kysely } from 'kysely';
import type { DB, PermissionRow } from '../db/types.ts';

export async function insertPermission(db: Kysely<DB>, permission: PermissionRow): Promise<PermissionRow> {
  return db.insertInto('permissions').values(permission).returningAll().executeTakeFirstOrThrow();
}

export async function findPermissionByKey(db: Kysely<DB>, key: string): Promise<PermissionRow | undefined> {
  return db.selectFrom('permissions').selectAll().where('key', '=', key).executeTakeFirst();
}

export async function findPermissionsByKeys(db: Kysely<DB>, keys: readonly string[]): Promise<PermissionRow[]> {
  if (keys.length === 0) return [];
  return db
    .selectFrom('permissions')
    .selectAll()
    .where('key', 'in', [...keys])
    .execute();
}

/** By key, after the given key. */
export async function findPermissionsPage(
  db: Kysely<DB>,
  page: { limit: number; afterKey?: string | undefined },
): Promise<PermissionRow[]> {
  let query = db.selectFrom('permissions').selectAll();
  if (page.afterKey !== undefined) query = query.where('key', '>', page.afterKey);
  return query.orderBy('key').limit(page.limit).execute();
}

export async function updatePermissionByKey(
  db: Kysely<DB>,
  key: string,
  update: { description?: string | null; updatedAt: string },
): Promise<PermissionRow | undefined> {
  return db.updateTable('permissions').set(update).where('key', '=', key).returningAll().executeTakeFirst();
}

export async function deletePermissionByKey(db: Kysely<DB>, key: string): Promise<boolean> {
  const result = await db.deleteFrom('permissions').where('key', '=', key).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
