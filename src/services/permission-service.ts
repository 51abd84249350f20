import type { Kysely } from 'kysely';
import type { DB } from '../db/types.ts';
import { decodeCursor, toPage, type Page, type PageRequest } from '../domain/page-cursor.ts';
import { RosterError } from '../domain/roster-error.ts';
import * as queries from '../queries/permission-queries.ts';
import { toAdminPermission, type AdminPermission } from '../views/admin-view.ts';
import { ALL_CHANGED, usersChange, withWrite, type AdminContext } from './write.ts';
import { newId } from '../domain/new-id.ts';

/** `resource:action`: lower-case letters, digits, `_ . -` on both sides, `*` too in the action. */
export const PERMISSION_KEY_PATTERN = '^[a-z0-9_.-]+:[a-z0-9_.*-]+$';

/** Creates a permission; a taken key is a 409 `Conflict`. */
export async function createPermission(
  ctx: AdminContext,
  input: { key: string; description?: string | null },
): Promise<AdminPermission> {
  return withWrite(ctx, async ({ trx, now, audit }) => {
    if (await queries.findPermissionByKey(trx, input.key))
      throw new RosterError('Conflict', `Permission "${input.key}" already exists`);
    const row = await queries.insertPermission(trx, {
      id: newId(),
      key: input.key,
      description: input.description ?? null,
      createdAt: now,
      updatedAt: now,
    });
    await audit(
      'permission.created',
      { type: 'permission', id: row.key },
      { key: row.key, description: row.description },
    );
    return { result: toAdminPermission(row), change: usersChange() };
  });
}

export async function getPermission(db: Kysely<DB>, key: string): Promise<AdminPermission> {
  const row = await queries.findPermissionByKey(db, key);
  if (!row) throw permissionNotFound(key);
  return toAdminPermission(row);
}

export async function listPermissions(db: Kysely<DB>, page: PageRequest): Promise<Page<AdminPermission>> {
  const afterKey = page.cursor === undefined ? undefined : decodeCursor(page.cursor, 'permissions', 1)[0];
  const rows = await queries.findPermissionsPage(db, { limit: page.limit + 1, afterKey });
  const result = toPage(rows, page.limit, 'permissions', (row) => [row.key]);
  return { items: result.items.map(toAdminPermission), nextCursor: result.nextCursor };
}

/** Only the description changes; a key is an identifier apps hard-code. */
export async function updatePermission(
  ctx: AdminContext,
  key: string,
  patch: { description?: string | null },
): Promise<AdminPermission> {
  return withWrite(ctx, async ({ trx, now, audit }) => {
    const row = await queries.updatePermissionByKey(trx, key, { ...patch, updatedAt: now });
    if (!row) throw permissionNotFound(key);
    await audit('permission.updated', { type: 'permission', id: key }, { ...patch });
    return { result: toAdminPermission(row), change: ALL_CHANGED };
  });
}

/** Deletes a permission; it leaves every role and grant holding it (cascade). */
export async function deletePermission(ctx: AdminContext, key: string): Promise<void> {
  return withWrite(ctx, async ({ trx, audit }) => {
    if (!(await queries.deletePermissionByKey(trx, key))) throw permissionNotFound(key);
    await audit('permission.deleted', { type: 'permission', id: key }, { key });
    return { result: undefined, change: ALL_CHANGED };
  });
}

/**
 * The permissions of these keys in the given order; an unknown one is a 400 on `field` — on
 * `field.<index>` when `field` names a list (pass a string to name a single-valued field).
 */
export async function requirePermissions(db: Kysely<DB>, keyOrKeys: readonly string[] | string, field: string) {
  const isList = typeof keyOrKeys !== 'string';
  const keys: readonly string[] = typeof keyOrKeys === 'string' ? [keyOrKeys] : keyOrKeys;
  const rows = await queries.findPermissionsByKeys(db, keys);
  const byKey = new Map(rows.map((row) => [row.key, row]));
  const unknown = keys.filter((key) => !byKey.has(key));
  if (unknown.length > 0) {
    throw new RosterError('ValidationFailed', `Unknown permission ${unknown.map((key) => `"${key}"`).join(', ')}`, {
      details: unknown.map((key) => ({
        field: isList ? `${field}.${keys.indexOf(key)}` : field,
        message: `permission "${key}" does not exist`,
      })),
    });
  }
  return [...new Set(keys)].map((key) => byKey.get(key)!);
}

export function permissionNotFound(key: string): RosterError {
  return new RosterError('NotFound', `No permission with key "${key}"`);
}
