import type { Kysely } from 'kysely';
import type { DB, MembershipRow, NewMembership } from '../db/types.ts';
import { newId } from '../domain/new-id.ts';

export type MembershipUpdate = Partial<Pick<MembershipRow, 'status' | 'isPrimary'>> & { updatedAt: string };

/** A role a membership holds, with its rank and when it was granted. */
export interface MembershipRoleRow {
  membershipId: string;
  id: string;
  key: string;
  name: string;
  rank: number;
  grantedAt: string;
}

/** A membership as a switch sees it: its status, its organization's status and its roles. */
export interface SwitchTarget {
  membershipId: string;
  membershipStatus: 'active' | 'invited' | 'suspended';
  organizationStatus: 'active' | 'suspended' | 'archived';
  roles: { id: string; name: string; rank: number; grantedAt: string }[];
}

/**
 * Creates a membership joined at `now` that holds `roleIds` (granted at `now`), in the caller's
 * transaction: the one way a membership is made, by the admin API's add and by provisioning.
 */
export async function insertMembershipWithRoles(
  db: Kysely<DB>,
  membership: Pick<NewMembership, 'userId' | 'organizationId' | 'status' | 'isPrimary'>,
  roleIds: readonly string[],
  now: string,
): Promise<MembershipRow> {
  const row = await db
    .insertInto('memberships')
    .values({ id: newId(), ...membership, joinedAt: now, createdAt: now, updatedAt: now })
    .returningAll()
    .executeTakeFirstOrThrow();
  await insertMembershipRoles(db, row.id, roleIds, now);
  return row;
}

/** Grants the membership each of `roleIds` (none it holds already), in one statement. */
export async function insertMembershipRoles(
  db: Kysely<DB>,
  membershipId: string,
  roleIds: readonly string[],
  grantedAt: string,
): Promise<void> {
  if (roleIds.length === 0) return;
  await db
    .insertInto('membershipRoles')
    .values(roleIds.map((roleId) => ({ membershipId, roleId, grantedAt })))
    .execute();
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
  await insertMembershipRoles(db, membershipId, added, grantedAt);
}

/** The roles of each membership, highest rank first (ties: earliest granted, then key). */
export async function findRolesOfMemberships(
  db: Kysely<DB>,
  membershipIds: readonly string[],
): Promise<MembershipRoleRow[]> {
  if (membershipIds.length === 0) return [];
  return db
    .selectFrom('membershipRoles')
    .innerJoin('roles', 'roles.id', 'membershipRoles.roleId')
    .select([
      'membershipRoles.membershipId',
      'roles.id',
      'roles.key',
      'roles.name',
      'roles.rank',
      'membershipRoles.grantedAt',
    ])
    .where('membershipRoles.membershipId', 'in', [...membershipIds])
    .orderBy('roles.rank', 'desc')
    .orderBy('membershipRoles.grantedAt')
    .orderBy('roles.key')
    .execute();
}

/** The user's membership in the organization with its roles, or null when there is none. */
export async function findSwitchTarget(
  db: Kysely<DB>,
  userId: string,
  organizationId: string,
): Promise<SwitchTarget | null> {
  const membership = await db
    .selectFrom('memberships as m')
    .innerJoin('organizations as o', 'o.id', 'm.organizationId')
    .select(['m.id', 'm.status', 'o.status as organizationStatus'])
    .where('m.userId', '=', userId)
    .where('m.organizationId', '=', organizationId)
    .executeTakeFirst();
  if (!membership) return null;
  const roles = await findRolesOfMemberships(db, [membership.id]);
  return {
    membershipId: membership.id,
    membershipStatus: membership.status,
    organizationStatus: membership.organizationStatus,
    roles: roles.map(({ id, name, rank, grantedAt }) => ({ id, name, rank: Number(rank), grantedAt })),
  };
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
