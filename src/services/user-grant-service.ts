import type { Kysely } from 'kysely';
import type { DB } from '../db/types.ts';
import { RosterError } from '../domain/roster-error.ts';
import { findIdentity } from '../queries/identity-queries.ts';
import { findPermissionByKey } from '../queries/permission-queries.ts';
import * as queries from '../queries/user-grant-queries.ts';
import { usersChange, withWrite, type AdminContext } from './write.ts';
import { permissionNotFound, requirePermissions } from './permission-service.ts';
import { resolveRoleReference } from './role-reference.ts';
import { roleNotFound } from './role-service.ts';
import { requireUser } from './user-service.ts';
import { newId } from '../domain/new-id.ts';
import type { FromSchema } from 'json-schema-to-ts';
import type { grantOnResourceSchema } from '../http/routes/admin/user-grants/schemas.ts';

export interface RoleSummary {
  id: string;
  key: string;
  name: string;
}

export interface GlobalPermissionGrant {
  id: string;
  userId: string;
  permission: string;
  grantedAt: string;
}

export interface PlatformRoleGrant {
  id: string;
  userId: string;
  role: RoleSummary;
  grantedAt: string;
}

export interface ResourceGrant {
  id: string;
  userId: string;
  resourceType: string;
  resourceId: string;
  role: RoleSummary | null;
  permission: string | null;
  grantedAt: string;
}

/** A resource grant names exactly one of a role (of scope `resource`) and a permission. */
export type ResourceGrantInput = FromSchema<typeof grantOnResourceSchema.body>;

/**
 * The user behind (issuer, subject) and whether they may use the admin API: a platform admin, or
 * a holder of the global permission `roster:admin` (directly or through a platform role).
 * Undefined for an unknown identity — nothing is ever created here.
 */
export async function findAdminAccess(
  db: Kysely<DB>,
  issuer: string,
  subject: string,
): Promise<{ userId: string; isAdmin: boolean } | undefined> {
  const identity = await findIdentity(db, issuer, subject);
  if (!identity) return undefined;
  return { userId: identity.userId, isAdmin: await queries.holdsRosterAdmin(db, identity.userId) };
}

/** Makes the user a platform admin; idempotent. */
export async function grantPlatformAdmin(ctx: AdminContext, userId: string): Promise<void> {
  return withWrite(ctx, async ({ trx, now, audit }) => {
    await requireUser(trx, userId);
    await queries.upsertPlatformAdmin(trx, userId, now);
    await audit('platform-admin.granted', { type: 'user', id: userId });
    return { result: undefined, change: usersChange(userId) };
  });
}

/** Ends the user's platform admin status; idempotent. */
export async function revokePlatformAdmin(ctx: AdminContext, userId: string): Promise<void> {
  return withWrite(ctx, async ({ trx, audit }) => {
    await requireUser(trx, userId);
    await queries.deletePlatformAdmin(trx, userId);
    await audit('platform-admin.revoked', { type: 'user', id: userId });
    return { result: undefined, change: usersChange(userId) };
  });
}

/** Grants a global permission; an unknown key is a 400, a second grant a 409. */
export async function grantGlobalPermission(
  ctx: AdminContext,
  userId: string,
  key: string,
): Promise<GlobalPermissionGrant> {
  return withWrite(ctx, async ({ trx, now, audit }) => {
    await requireUser(trx, userId);
    const [permission] = await requirePermissions(trx, key, 'key');
    const grant = { id: newId(), userId, permissionId: permission!.id, grantedAt: now };
    await queries.insertGlobalPermissionGrant(trx, grant);
    await audit('global-permission.granted', { type: 'user', id: userId }, { permission: key });
    return { result: { id: grant.id, userId, permission: key, grantedAt: now }, change: usersChange(userId) };
  });
}

export async function revokeGlobalPermission(ctx: AdminContext, userId: string, key: string): Promise<void> {
  return withWrite(ctx, async ({ trx, audit }) => {
    await requireUser(trx, userId);
    const permission = await findPermissionByKey(trx, key);
    if (!permission || !(await queries.deleteGlobalPermissionGrant(trx, userId, permission.id)))
      throw permissionNotFound(key);
    await audit('global-permission.revoked', { type: 'user', id: userId }, { permission: key });
    return { result: undefined, change: usersChange(userId) };
  });
}

/** Grants a platform role (a global role of scope `platform`, by key or id). */
export async function grantPlatformRole(
  ctx: AdminContext,
  userId: string,
  reference: string,
): Promise<PlatformRoleGrant> {
  return withWrite(ctx, async ({ trx, now, audit }) => {
    await requireUser(trx, userId);
    const role = await resolveRoleReference(trx, reference, { scope: 'platform', field: 'role' });
    const grant = { id: newId(), userId, roleId: role.id, grantedAt: now };
    await queries.insertPlatformRoleGrant(trx, grant);
    await audit('platform-role.granted', { type: 'user', id: userId }, { role: role.key, roleId: role.id });
    return { result: { id: grant.id, userId, role: summary(role), grantedAt: now }, change: usersChange(userId) };
  });
}

export async function revokePlatformRole(ctx: AdminContext, userId: string, roleId: string): Promise<void> {
  return withWrite(ctx, async ({ trx, audit }) => {
    await requireUser(trx, userId);
    if (!(await queries.deletePlatformRoleGrant(trx, userId, roleId))) throw roleNotFound(roleId);
    await audit('platform-role.revoked', { type: 'user', id: userId }, { roleId });
    return { result: undefined, change: usersChange(userId) };
  });
}

/** Grants a role of scope `resource`, or a permission, on one resource. */
export async function grantOnResource(
  ctx: AdminContext,
  userId: string,
  input: ResourceGrantInput,
): Promise<ResourceGrant> {
  return withWrite(ctx, async ({ trx, now, audit }) => {
    await requireUser(trx, userId);
    const role =
      input.role === undefined
        ? null
        : await resolveRoleReference(trx, input.role, { scope: 'resource', field: 'role' });
    const permission =
      input.permission === undefined ? null : (await requirePermissions(trx, input.permission, 'permission'))[0]!;
    const id = newId();
    const { resourceType, resourceId } = input;
    await queries.insertResourceGrant(trx, {
      id,
      userId,
      resourceType,
      resourceId,
      roleId: role?.id ?? null,
      permissionId: permission?.id ?? null,
      grantedAt: now,
    });
    const grant: ResourceGrant = {
      id,
      userId,
      resourceType,
      resourceId,
      role: role && summary(role),
      permission: permission?.key ?? null,
      grantedAt: now,
    };
    await audit('resource-grant.created', { type: 'user', id: userId }, { ...grant });
    return { result: grant, change: usersChange(userId) };
  });
}

export async function revokeOnResource(ctx: AdminContext, userId: string, grantId: string): Promise<void> {
  return withWrite(ctx, async ({ trx, audit }) => {
    await requireUser(trx, userId);
    if (!(await queries.deleteResourceGrant(trx, userId, grantId)))
      throw new RosterError('NotFound', `No resource grant with id ${grantId}`);
    await audit('resource-grant.deleted', { type: 'user', id: userId }, { grantId });
    return { result: undefined, change: usersChange(userId) };
  });
}

function summary(role: RoleSummary): RoleSummary {
  return { id: role.id, key: role.key, name: role.name };
}
