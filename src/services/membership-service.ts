import type { Kysely } from 'kysely';
import type { DB, MembershipRow, UserRow } from '../db/types.ts';
import { normalizeEmail } from '../domain/email.ts';
import { decodeCursor, toPage, type Page, type PageRequest } from '../domain/page-cursor.ts';
import { RosterError } from '../domain/roster-error.ts';
import * as queries from '../queries/membership-queries.ts';
import { findOrganizationById } from '../queries/organization-queries.ts';
import { findUserById, findUserByNormalizedEmail } from '../queries/user-queries.ts';
import { toAdminMembership, type AdminMembership } from '../views/admin-view.ts';
import { usersChange, withWrite, type AdminContext, type WriteScope } from './write.ts';
import { organizationNotFound } from './organization-service.ts';
import { findUsableRole, resolveRoleReferences } from './role-reference.ts';
import { deletedMembership } from './deleted-membership.ts';
import type { FromSchema } from 'json-schema-to-ts';
import type { addMemberSchema, updateMembershipSchema } from '../http/routes/admin/memberships/schemas.ts';

export type MembershipStatus = 'active' | 'invited' | 'suspended';

/** Exactly one of `userId` and `email` names the user (an email matches after ASCII lower-casing). */
/** A user (by `userId` or `email`) and their membership; `isPrimary` defaults to "no primary membership yet". */
export type MemberInput = FromSchema<typeof addMemberSchema.body>;

export type MembershipPatch = FromSchema<typeof updateMembershipSchema.body>;

/** The user `input` names by id or, else, by email (the schema asks for exactly one). */
async function findMemberToBe(db: Kysely<DB>, input: MemberInput): Promise<UserRow | undefined> {
  if (input.userId !== undefined) return findUserById(db, input.userId);
  return input.email === undefined ? undefined : findUserByNormalizedEmail(db, normalizeEmail(input.email));
}

/**
 * Adds a user to an organization with roles of scope `organization` usable there. A second
 * membership is a 409; an unknown user, email or role a 400. Making it primary clears the
 * user's other primary membership in the same transaction.
 */
export async function addMember(
  ctx: AdminContext,
  organizationId: string,
  input: MemberInput,
): Promise<AdminMembership> {
  return withWrite(ctx, async (scope) => {
    const { trx, now, audit, emit } = scope;
    if (!(await findOrganizationById(trx, organizationId))) throw organizationNotFound(organizationId);
    const user = await findMemberToBe(trx, input);
    if (!user) {
      const field = input.userId !== undefined ? 'userId' : 'email';
      throw new RosterError('ValidationFailed', `No user with that ${field}`, {
        details: [{ field, message: 'no such user' }],
      });
    }
    const roles =
      input.roles !== undefined
        ? await resolveRoleReferences(trx, input.roles, { scope: 'organization', organizationId, field: 'roles' })
        : await usableDefaultRoles(trx, ctx.defaultRole, organizationId);
    if (await queries.findMembershipByUserAndOrganization(trx, user.id, organizationId)) {
      throw new RosterError('Conflict', 'The user is already a member of this organization');
    }
    const isPrimary = input.isPrimary ?? !(await queries.userHasPrimaryMembership(trx, user.id));
    if (isPrimary) await clearPrimary(scope, user.id);
    const membership = { userId: user.id, organizationId, status: input.status ?? 'active', isPrimary };
    const row = await queries.insertMembershipWithRoles(
      trx,
      membership,
      roles.map((role) => role.id),
      now,
    );
    const created = await render(trx, row);
    await audit('membership.created', { type: 'membership', id: row.id }, { ...created });
    await emit('membership.created', created);
    return { result: created, change: usersChange(user.id) };
  });
}

/** The default role as a one-element list where it exists and may be used in the organization, else none. */
async function usableDefaultRoles(db: Kysely<DB>, defaultRole: string | undefined, organizationId: string) {
  const role = defaultRole
    ? await findUsableRole(db, defaultRole, { scope: 'organization', organizationId })
    : undefined;
  return role ? [role] : [];
}

export async function listMembers(
  db: Kysely<DB>,
  organizationId: string,
  page: PageRequest,
): Promise<Page<AdminMembership>> {
  if (!(await findOrganizationById(db, organizationId))) throw organizationNotFound(organizationId);
  const [createdAt = '', id = ''] =
    page.cursor === undefined ? [] : decodeCursor(page.cursor, `members:${organizationId}`, 2);
  const after = page.cursor === undefined ? undefined : { createdAt, id };
  const rows = await queries.findMembershipsOfOrganizationPage(db, organizationId, { limit: page.limit + 1, after });
  const result = toPage(rows, page.limit, `members:${organizationId}`, (row) => [row.createdAt, row.id]);
  const roles = await queries.findRolesOfMemberships(
    db,
    result.items.map((row) => row.id),
  );
  return { items: result.items.map((row) => toAdminMembership(row, roles)), nextCursor: result.nextCursor };
}

export async function getMembership(db: Kysely<DB>, id: string): Promise<AdminMembership> {
  const row = await queries.findMembershipById(db, id);
  if (!row) throw membershipNotFound(id);
  return render(db, row);
}

/** Changes status, primary flag or roles (`roles` replaces the set). */
export async function updateMembership(
  ctx: AdminContext,
  id: string,
  patch: MembershipPatch,
): Promise<AdminMembership> {
  return withWrite(ctx, async (scope) => {
    const { trx, now, audit, emit } = scope;
    const current = await queries.findMembershipById(trx, id);
    if (!current) throw membershipNotFound(id);
    if (patch.roles !== undefined) {
      const roles = await resolveRoleReferences(trx, patch.roles, {
        scope: 'organization',
        organizationId: current.organizationId,
        field: 'roles',
      });
      await queries.replaceMembershipRoles(
        trx,
        id,
        roles.map((role) => role.id),
        now,
      );
    }
    if (patch.isPrimary === true && !current.isPrimary) await clearPrimary(scope, current.userId);
    const row = (await queries.updateMembership(trx, id, {
      ...(patch.status === undefined ? {} : { status: patch.status }),
      ...(patch.isPrimary === undefined ? {} : { isPrimary: patch.isPrimary }),
      updatedAt: now,
    }))!;
    await audit(
      'membership.updated',
      { type: 'membership', id },
      { userId: row.userId, organizationId: row.organizationId, ...patch },
    );
    const membership = await render(trx, row);
    await emit('membership.updated', membership);
    return { result: membership, change: usersChange(row.userId) };
  });
}

/** Removes a membership, its roles, and the user's session contexts pointing at that organization. */
export async function removeMembership(ctx: AdminContext, id: string): Promise<void> {
  return withWrite(ctx, async ({ trx, audit, emit }) => {
    const row = await queries.findMembershipById(trx, id);
    if (!row || !(await queries.deleteMembership(trx, id))) throw membershipNotFound(id);
    await queries.deleteSessionContextsOfUserInOrganization(trx, row.userId, row.organizationId);
    await audit(
      'membership.deleted',
      { type: 'membership', id },
      { userId: row.userId, organizationId: row.organizationId },
    );
    await emit('membership.deleted', deletedMembership(row));
    return { result: undefined, change: usersChange(row.userId) };
  });
}

/** The membership of this user in this organization, or undefined. */
export async function findMembership(
  db: Kysely<DB>,
  userId: string,
  organizationId: string,
): Promise<AdminMembership | undefined> {
  const row = await queries.findMembershipByUserAndOrganization(db, userId, organizationId);
  return row ? render(db, row) : undefined;
}

/**
 * Clears the user's primary flag before another membership takes it; the membership that lost it
 * emits `membership.updated`.
 */
async function clearPrimary({ trx, now, emit }: WriteScope, userId: string): Promise<void> {
  const previous = (await queries.findMembershipsOf(trx, { userId })).filter((row) => row.isPrimary);
  await queries.clearPrimaryMembershipsOfUser(trx, userId, now);
  for (const row of previous) await emit('membership.updated', () => getMembership(trx, row.id));
}

async function render(db: Kysely<DB>, row: MembershipRow): Promise<AdminMembership> {
  return toAdminMembership(row, await queries.findRolesOfMemberships(db, [row.id]));
}

export function membershipNotFound(id: string): RosterError {
  return new RosterError('NotFound', `No membership with id ${id}`);
}
