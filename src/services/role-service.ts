import type { Kysely } from 'kysely';
import type { DB, RoleRow } from '../db/types.ts';
import { decodeCursor, toPage, type Page, type PageRequest } from '../domain/page-cursor.ts';
import { RosterError } from '../domain/roster-error.ts';
import { storedName } from '../domain/user-attributes.ts';
import { findOrganizationById } from '../queries/organization-queries.ts';
import * as queries from '../queries/role-queries.ts';
import { toAdminRole, type AdminRole } from '../views/admin-view.ts';
import { ALL_CHANGED, usersChange, withWrite, type AdminContext } from './write.ts';
import { findMembershipIdsHoldingRole } from '../queries/membership-queries.ts';
import { getMembership } from './membership-service.ts';
import { requirePermissions } from './permission-service.ts';
import { newId } from '../domain/new-id.ts';
import type { FromSchema } from 'json-schema-to-ts';
import type { createRoleSchema, updateRoleSchema } from '../http/routes/admin/roles/schemas.ts';

export type RoleInput = FromSchema<typeof createRoleSchema.body>;

/** Scope and organization are fixed at creation: roles already granted depend on them. */
export type RolePatch = FromSchema<typeof updateRoleSchema.body>;

/**
 * Creates a role with its permissions. An `organizationId` is only for roles of scope
 * `organization` and must exist (400); a key taken in the same place is a 409.
 */
export async function createRole(ctx: AdminContext, input: RoleInput): Promise<AdminRole> {
  const name = storedName(input.name);
  return withWrite(ctx, async ({ trx, now, audit }) => {
    const organizationId = input.organizationId ?? null;
    if (organizationId !== null) {
      if (input.scope !== 'organization')
        throw invalid('organizationId', 'only roles of scope organization belong to an organization');
      if (!(await findOrganizationById(trx, organizationId)))
        throw invalid('organizationId', `organization ${organizationId} does not exist`);
    }
    const permissions = await requirePermissions(trx, input.permissions ?? [], 'permissions');
    if (await queries.findRoleByScopeAndKey(trx, input.scope, input.key, organizationId)) throw keyTaken(input.key);
    const row = await queries.insertRole(trx, {
      id: newId(),
      key: input.key,
      name,
      color: input.color ?? null,
      description: input.description ?? null,
      rank: input.rank ?? 0,
      scope: input.scope,
      organizationId,
      createdAt: now,
      updatedAt: now,
    });
    await queries.replaceRolePermissions(
      trx,
      row.id,
      permissions.map((permission) => permission.id),
    );
    const role = toAdminRole(row, permissions.map((permission) => permission.key).sort());
    await audit('role.created', { type: 'role', id: row.id }, role);
    return { result: role, change: usersChange() };
  });
}

export async function getRole(db: Kysely<DB>, id: string): Promise<AdminRole> {
  const row = await queries.findRoleById(db, id);
  if (!row) throw roleNotFound(id);
  return (await withPermissions(db, [row]))[0]!;
}

export async function listRoles(db: Kysely<DB>, page: PageRequest & queries.RoleFilter): Promise<Page<AdminRole>> {
  const after = page.cursor === undefined ? undefined : toKey(decodeCursor(page.cursor, 'roles', 2));
  const rows = await queries.findRolesPage(db, { ...page, limit: page.limit + 1, after });
  const result = toPage(rows, page.limit, 'roles', (row) => [row.createdAt, row.id]);
  return { items: await withPermissions(db, result.items), nextCursor: result.nextCursor };
}

/** Updates a role; `permissions` replaces the whole set. Reaches everyone holding it: announces `all`. */
export async function updateRole(ctx: AdminContext, id: string, patch: RolePatch): Promise<AdminRole> {
  if (patch.name !== undefined) patch = { ...patch, name: storedName(patch.name) };
  return withWrite(ctx, async ({ trx, now, audit, emit }) => {
    const current = await queries.findRoleById(trx, id);
    if (!current) throw roleNotFound(id);
    const { permissions: keys, ...fields } = patch;
    if (fields.key !== undefined && fields.key !== current.key) {
      if (await queries.findRoleByScopeAndKey(trx, current.scope, fields.key, current.organizationId))
        throw keyTaken(fields.key);
    }
    if (keys !== undefined) {
      const permissions = await requirePermissions(trx, keys, 'permissions');
      await queries.replaceRolePermissions(
        trx,
        id,
        permissions.map((permission) => permission.id),
      );
    }
    const row = (await queries.updateRole(trx, id, { ...fields, updatedAt: now }))!;
    await audit('role.updated', { type: 'role', id }, { ...patch });
    // Memberships render their roles' keys and names: a rename changes each membership holding it.
    if (row.key !== current.key || row.name !== current.name) {
      for (const membershipId of await findMembershipIdsHoldingRole(trx, id)) {
        await emit('membership.updated', () => getMembership(trx, membershipId));
      }
    }
    return { result: (await withPermissions(trx, [row]))[0]!, change: ALL_CHANGED };
  });
}

/** Deletes a role; it leaves every membership, grant and invitation holding it. */
export async function deleteRole(ctx: AdminContext, id: string): Promise<void> {
  return withWrite(ctx, async ({ trx, audit, emit }) => {
    const row = await queries.findRoleById(trx, id);
    const holders = row ? await findMembershipIdsHoldingRole(trx, id) : [];
    if (!row || !(await queries.deleteRole(trx, id))) throw roleNotFound(id);
    await audit(
      'role.deleted',
      { type: 'role', id },
      { key: row.key, scope: row.scope, organizationId: row.organizationId },
    );
    for (const membershipId of holders) await emit('membership.updated', () => getMembership(trx, membershipId));
    return { result: undefined, change: ALL_CHANGED };
  });
}

async function withPermissions(db: Kysely<DB>, rows: RoleRow[]): Promise<AdminRole[]> {
  const keys = await queries.findPermissionKeysOfRoles(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => toAdminRole(row, keys.get(row.id) ?? []));
}

export function roleNotFound(id: string): RosterError {
  return new RosterError('NotFound', `No role with id ${id}`);
}

function keyTaken(key: string): RosterError {
  return new RosterError('Conflict', `A role with key "${key}" already exists there`);
}

function invalid(field: string, message: string): RosterError {
  return new RosterError('ValidationFailed', `${field}: ${message}`, { details: [{ field, message }] });
}

function toKey([createdAt = '', id = '']: string[]) {
  return { createdAt, id };
}
