import type { Kysely } from 'kysely';
import type { DB, MembershipRow, NewMembership } from '../db/types.ts';

export type MembershipUpdate = Partial<Pick<MembershipRow, 'status' | 'isPrimary'>> & { updatedAt: string };

/** A role as a membership shows it. */
export interface MembershipRoleRow {
  membershipId: string;
  id: string;
  key: string;
  name: string;
}

export async function insertMembership(db: Kysely<DB>, membership: NewMembership): Promise<MembershipRow> {
  return db.insertInto('memberships').values(membership).returningAll().executeTakeFirstOrThrow();
}

export async function findMembershipById(db: Kysely<DB>, id: string): Promise<MembershipRow | undefined> {
  return db.selectFrom('memberships').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findMembershipByUserAndOrganization(
  db: Kysely<DB>,
  userId: string,
  organizationId: string,
): Promise<MembershipRow | undefined> {
  return db
    .selectFrom('memberships')
    .selectAll()
    .where('userId', '=', userId)
    .where('organizationId', '=', organizationId)
    .executeTakeFirst();
}

/** Oldest first, by (createdAt, id), after the given key. */
export async function findMembershipsOfOrganizationPage(
  db: Kysely<DB>,
  organizationId: string,
  page: { limit: number; after?: { createdAt: string; id: string } | undefined },
): Promise<MembershipRow[]> {
  let query = db.selectFrom('memberships').selectAll().where('organizationId', '=', organizationId);
  if (page.after) {
    const { createdAt, id } = page.after;
    query = query.where((eb) =>
      eb.or([eb('createdAt', '>', createdAt), eb.and([eb('createdAt', '=', createdAt), eb('id', '>', id)])]),
    );
  }
  return query.orderBy('createdAt').orderBy('id').limit(page.limit).execute();
}

export async function findUserIdsOfOrganization(db: Kysely<DB>, organizationId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('memberships')
    .select('userId')
    .where('organizationId', '=', organizationId)
    .execute();
  return rows.map((row) => row.userId);
}

export async function userHasPrimaryMembership(db: Kysely<DB>, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('memberships')
    .select('id')
    .where('userId', '=', userId)
    .where('isPrimary', '=', true)
    .executeTakeFirst();
  return row !== undefined;
}

/** Clears the user's primary flag everywhere (before another membership takes it). */
export async function clearPrimaryMembershipsOfUser(db: Kysely<DB>, userId: string, updatedAt: string): Promise<void> {
  await db
    .updateTable('memberships')
    .set({ isPrimary: false, updatedAt })
    .where('userId', '=', userId)
    .where('isPrimary', '=', true)
    .execute();
}

export async function updateMembership(
  db: Kysely<DB>,
  id: string,
  update: MembershipUpdate,
): Promise<MembershipRow | undefined> {
  return db.updateTable('memberships').set(update).where('id', '=', id).returningAll().executeTakeFirst();
}

export async function deleteMembership(db: Kysely<DB>, id: string): Promise<boolean> {
  const result = await db.deleteFrom('memberships').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function deleteSessionContextsOfUserInOrganization(
  db: Kysely<DB>,
  userId: string,
  organizationId: string,
): Promise<void> {
  await db
    .deleteFrom('sessionContexts')
    .where('userId', '=', userId)
    .where('organizationId', '=', organizationId)
    .execute();
}

/** Makes `roleIds` the membership's whole role set, keeping the grant time of roles it already held. */
export async function replaceMembershipRoles(
  db: Kysely<DB>,
  membershipId: string,
  roleIds: readonly string[],
  grantedAt: string,
): Promise<void> {
  const held = await db
    .selectFrom('membershipRoles')
    .select('roleId')
    .where('membershipId', '=', membershipId)
    .execute();
  const heldIds = new Set(held.map((row) => row.roleId));
  const wanted = new Set(roleIds);
  const removed = [...heldIds].filter((id) => !wanted.has(id));
  const added = [...wanted].filter((id) => !heldIds.has(id));
  if (removed.length > 0)
    await db
      .deleteFrom('membershipRoles')
      .where('membershipId', '=', membershipId)
      .where('roleId', 'in', removed)
      .execute();
  if (added.length > 0)
    await db
      .insertInto('membershipRoles')
      .values(added.map((roleId) => ({ membershipId, roleId, grantedAt })))
      .execute();
}

/** The roles of each membership, highest rank first (ties: earliest granted). */
export async function findRolesOfMemberships(
  db: Kysely<DB>,
  membershipIds: readonly string[],
): Promise<MembershipRoleRow[]> {
  if (membershipIds.length === 0) return [];
  return db
    .selectFrom('membershipRoles')
    .innerJoin('roles', 'roles.id', 'membershipRoles.roleId')
    .select(['membershipRoles.membershipId', 'roles.id', 'roles.key', 'roles.name'])
    .where('membershipRoles.membershipId', 'in', [...membershipIds])
    .orderBy('roles.rank', 'desc')
    .orderBy('membershipRoles.grantedAt')
    .orderBy('roles.key')
    .execute();
}

/** The memberships a cascading delete of this user or organization is about to remove (for their events). */
export async function findMembershipsOf(
  db: Kysely<DB>,
  owner: { userId: string } | { organizationId: string },
): Promise<MembershipRow[]> {
  const query = db.selectFrom('memberships').selectAll();
  const scoped =
    'userId' in owner
      ? query.where('userId', '=', owner.userId)
      : query.where('organizationId', '=', owner.organizationId);
  return scoped.orderBy('createdAt').orderBy('id').execute();
}

/** The ids of the memberships holding this role. */
export async function findMembershipIdsHoldingRole(db: Kysely<DB>, roleId: string): Promise<string[]> {
  const rows = await db.selectFrom('membershipRoles').select('membershipId').where('roleId', '=', roleId).execute();
  return rows.map((row) => row.membershipId);
}
