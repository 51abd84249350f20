import type { Kysely } from 'kysely';
import type { DB } from '../db/types.ts';
import { newId } from '../domain/new-id.ts';

/** A known identity's user, with what the per-request checks of provisioning's first step need. */
export interface KnownIdentity {
  userId: string;
  emailNormalized: string | null;
  emailVerified: boolean;
  lastLoginAt: string | null;
  hasPendingInvitations: boolean;
}

/** One query: the user behind (issuer, subject), and whether invitations for their email wait. */
export async function findKnownIdentity(
  db: Kysely<DB>,
  issuer: string,
  subject: string,
  now: string,
): Promise<KnownIdentity | null> {
  const row = await db
    .selectFrom('identities as i')
    .innerJoin('users as u', 'u.id', 'i.userId')
    .select(['u.id as userId', 'u.emailNormalized', 'u.emailVerified', 'u.lastLoginAt'])
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('invitations as v')
            .select('v.id')
            .whereRef('v.emailNormalized', '=', 'u.emailNormalized')
            .where('v.usedAt', 'is', null)
            .where('v.expiresAt', '>', now),
        )
        .as('hasPendingInvitations'),
    )
    .where('i.issuer', '=', issuer)
    .where('i.subject', '=', subject)
    .executeTakeFirst();
  return row ? { ...row, hasPendingInvitations: Boolean(row.hasPendingInvitations) } : null;
}

/** Sets lastLoginAt unless it was set less than a minute before; true when it wrote. */
export async function touchLastLogin(db: Kysely<DB>, userId: string, now: string, notAfter: string): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ lastLoginAt: now })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('lastLoginAt', 'is', null), eb('lastLoginAt', '<=', notAfter)]))
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function markEmailVerified(db: Kysely<DB>, userId: string, now: string): Promise<void> {
  await db.updateTable('users').set({ emailVerified: true, updatedAt: now }).where('id', '=', userId).execute();
}

export async function findUserByEmail(db: Kysely<DB>, emailNormalized: string) {
  return db
    .selectFrom('users')
    .select(['id', 'firstName', 'lastName', 'emailVerified'])
    .where('emailNormalized', '=', emailNormalized)
    .executeTakeFirst();
}

/**
 * The user holding an email, row-locked until the transaction ends (a no-op update: portable,
 * and on PostgreSQL it waits for any other transaction holding the row). Two first sign-ins
 * linking to one user thereby take turns, so the second sees the identity the first inserted.
 */
export async function lockUserByEmail(db: Kysely<DB>, emailNormalized: string) {
  return db
    .updateTable('users')
    .set((eb) => ({ updatedAt: eb.ref('updatedAt') }))
    .where('emailNormalized', '=', emailNormalized)
    .returning(['id', 'firstName', 'lastName', 'emailVerified'])
    .executeTakeFirst();
}

/** Sets the email of a user who has none (a concurrent writer may have set one first); true when it wrote. */
export async function setMissingEmail(
  db: Kysely<DB>,
  userId: string,
  email: { email: string; emailNormalized: string; emailVerified: boolean },
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ ...email, updatedAt: now })
    .where('id', '=', userId)
    .where('emailNormalized', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function findSubjectsOfUser(db: Kysely<DB>, userId: string, issuer: string): Promise<string[]> {
  const rows = await db
    .selectFrom('identities')
    .select('subject')
    .where('userId', '=', userId)
    .where('issuer', '=', issuer)
    .execute();
  return rows.map((row) => row.subject);
}

export async function updateUserNames(
  db: Kysely<DB>,
  userId: string,
  names: { firstName?: string; lastName?: string },
  now: string,
) {
  await db
    .updateTable('users')
    .set({ ...names, updatedAt: now })
    .where('id', '=', userId)
    .execute();
}

export async function insertIdentity(
  db: Kysely<DB>,
  identity: { userId: string; issuer: string; subject: string; createdAt: string },
) {
  await db
    .insertInto('identities')
    .values({ id: newId(), ...identity })
    .execute();
}

/** Unused, unexpired invitations for an email, oldest first. */
export async function findPendingInvitations(db: Kysely<DB>, emailNormalized: string, now: string) {
  return db
    .selectFrom('invitations')
    .select(['id', 'organizationId', 'roleId', 'createdAt'])
    .where('emailNormalized', '=', emailNormalized)
    .where('usedAt', 'is', null)
    .where('expiresAt', '>', now)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
}

/** Marks an invitation used unless someone did first; true when this call did. */
export async function markInvitationUsed(db: Kysely<DB>, id: string, userId: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ usedAt: now, usedBy: userId })
    .where('id', '=', id)
    .where('usedAt', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** An organization a newcomer may join: one that exists and is not archived. */
export async function findJoinableOrganizationId(db: Kysely<DB>, id: string): Promise<string | null> {
  const row = await db
    .selectFrom('organizations')
    .select('id')
    .where('id', '=', id)
    .where('status', '!=', 'archived')
    .executeTakeFirst();
  return row?.id ?? null;
}

/** Organization roles named by `ref` (an id or a key) that may be used in the organization: global ones and its own. */
export async function findUsableRoles(db: Kysely<DB>, ref: string, organizationId: string) {
  return db
    .selectFrom('roles')
    .select(['id', 'key', 'rank', 'organizationId'])
    .where('scope', '=', 'organization')
    .where((eb) => eb.or([eb('organizationId', 'is', null), eb('organizationId', '=', organizationId)]))
    .where((eb) => eb.or([eb('id', '=', ref), eb('key', '=', ref)]))
    .execute();
}

export async function findMembershipRoleRanks(db: Kysely<DB>, membershipId: string) {
  return db
    .selectFrom('membershipRoles as mr')
    .innerJoin('roles as r', 'r.id', 'mr.roleId')
    .select(['r.id', 'r.rank'])
    .where('mr.membershipId', '=', membershipId)
    .execute();
}

export async function insertMembershipRole(
  db: Kysely<DB>,
  membershipId: string,
  roleId: string,
  grantedAt: string,
): Promise<void> {
  await db.insertInto('membershipRoles').values({ membershipId, roleId, grantedAt }).execute();
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
