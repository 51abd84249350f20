import type { Kysely } from 'kysely';
import type { DB } from '../db/types.ts';

/** A membership as a switch sees it: its status, its organization's status and its roles. */
export interface SwitchTarget {
  membershipId: string;
  membershipStatus: 'active' | 'invited' | 'suspended';
  organizationStatus: 'active' | 'suspended' | 'archived';
  roles: { id: string; name: string; rank: number; grantedAt: string }[];
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
  const roles = await db
    .selectFrom('membershipRoles as mr')
    .innerJoin('roles as r', 'r.id', 'mr.roleId')
    .select(['r.id', 'r.name', 'r.rank', 'mr.grantedAt'])
    .where('mr.membershipId', '=', membership.id)
    .execute();
  return {
    membershipId: membership.id,
    membershipStatus: membership.status,
    organizationStatus: membership.organizationStatus,
    roles: roles.map((role) => ({ ...role, rank: Number(role.rank) })),
  };
}
