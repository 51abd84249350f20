import type { Kysely } from 'kysely';
import type { DB, NewRole, RoleRow, RoleScope, RoleUpdate } from '../db/types.ts';

export async function insertRole(db: Kysely<DB>, role: NewRole): Promise<RoleRow> {
  return db.insertInto('roles').values(role).returningAll().executeTakeFirstOrThrow();
}

export async function findRoleById(db: Kysely<DB>, id: string): Promise<RoleRow | undefined> {
  return db.selectFrom('roles').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The organization's own role of `key` in `scope` when `organizationId` is given, else the global one. */
export async function findRoleByScopeAndKey(
  db: Kysely<DB>,
  scope: RoleScope,
  key: string,
  organizationId: string | null,
): Promise<RoleRow | undefined> {
  return db
    .selectFrom('roles')
    .selectAll()
    .where('scope', '=', scope)
    .where('key', '=', key)
    .where((eb) =>
      organizationId === null ? eb('organizationId', 'is', null) : eb('organizationId', '=', organizationId),
    )
    .executeTakeFirst();
}

/**
 * The roles a reference may name, in one query: the role whose id is `id` (whatever its scope or
 * organization), and the roles of `scope` keyed `key` that the organization may use — the global
 * one, and its own when `organizationId` is given.
 */
export async function findRolesByIdOrKey(
  db: Kysely<DB>,
  reference: { id: string | null; key: string; scope: RoleScope; organizationId: string | null },
): Promise<RoleRow[]> {
  const { id, key, scope, organizationId } = reference;
  return db
    .selectFrom('roles')
    .selectAll()
    .where((eb) => {
      const usable =
        organizationId === null
          ? eb('organizationId', 'is', null)
          : eb.or([eb('organizationId', 'is', null), eb('organizationId', '=', organizationId)]);
      const byKey = eb.and([eb('scope', '=', scope), eb('key', '=', key), usable]);
      return id === null ? byKey : eb.or([eb('id', '=', id), byKey]);
    })
    .execute();
}

/** Whether any role of scope `organization` exists (a fresh database has none: nothing to warn about). */
export async function organizationRolesExist(db: Kysely<DB>): Promise<boolean> {
  const row = await db.selectFrom('roles').select('id').where('scope', '=', 'organization').executeTakeFirst();
  return row !== undefined;
}

/** Whether a role of scope `organization` with this key exists anywhere (for the start-up warning). */
export async function organizationRoleKeyExists(db: Kysely<DB>, key: string): Promise<boolean> {
  const row = await db
    .selectFrom('roles')
    .select('id')
    .where('scope', '=', 'organization')
    .where('key', '=', key)
    .executeTakeFirst();
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

export interface RoleFilter {
  scope?: RoleScope | undefined;
  /** A UUID, or 'global' for roles usable in every organization. */
  organizationId?: string | undefined;
}

/** Oldest first, by (createdAt, id), after the given key. */
export async function findRolesPage(
  db: Kysely<DB>,
  page: { limit: number; after?: { createdAt: string; id: string } | undefined } & RoleFilter,
): Promise<RoleRow[]> {
  let query = db.selectFrom('roles').selectAll();
  if (page.scope) query = query.where('scope', '=', page.scope);
  if (page.organizationId === 'global') query = query.where('organizationId', 'is', null);
  else if (page.organizationId) query = query.where('organizationId', '=', page.organizationId);
  if (page.after) {
    const { createdAt, id } = page.after;
    query = query.where((eb) =>
      eb.or([eb('createdAt', '>', createdAt), eb.and([eb('createdAt', '=', createdAt), eb('id', '>', id)])]),
    );
  }
  return query.orderBy('createdAt').orderBy('id').limit(page.limit).execute();
}

export async function updateRole(db: Kysely<DB>, id: string, update: RoleUpdate): Promise<RoleRow | undefined> {
  return db.updateTable('roles').set(update).where('id', '=', id).returningAll().executeTakeFirst();
}

export async function deleteRole(db: Kysely<DB>, id: string): Promise<boolean> {
  const result = await db.deleteFrom('roles').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Makes `permissionIds` the role's whole permission set. */
export async function replaceRolePermissions(
  db: Kysely<DB>,
  roleId: string,
  permissionIds: readonly string[],
): Promise<void> {
  await db.deleteFrom('rolePermissions').where('roleId', '=', roleId).execute();
  if (permissionIds.length === 0) return;
  await db
    .insertInto('rolePermissions')
    .values(permissionIds.map((permissionId) => ({ roleId, permissionId })))
    .execute();
}

/** Each role's permission keys, sorted in code-point order. */
export async function findPermissionKeysOfRoles(
  db: Kysely<DB>,
  roleIds: readonly string[],
): Promise<Map<string, string[]>> {
  const keys = new Map<string, string[]>(roleIds.map((id) => [id, []]));
  if (roleIds.length === 0) return keys;
  const rows = await db
    .selectFrom('rolePermissions')
    .innerJoin('permissions', 'permissions.id', 'rolePermissions.permissionId')
    .select(['rolePermissions.roleId', 'permissions.key'])
    .where('rolePermissions.roleId', 'in', [...roleIds])
    .execute();
  for (const row of rows) keys.get(row.roleId)?.push(row.key);
  for (const list of keys.values()) list.sort();
  return keys;
}
