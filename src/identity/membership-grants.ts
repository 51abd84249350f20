import type { Kysely } from 'kysely';
import type { DB } from '../db/types.ts';
import { getMembership } from '../services/membership-service.ts';
import { findUsableRole } from '../services/role-reference.ts';
import type { WriteScope } from '../services/write.ts';
import {
  findMembershipByUserAndOrganization,
  findRolesOfMemberships,
  insertMembershipRoles,
  insertMembershipWithRoles,
  userHasPrimaryMembership,
} from '../queries/membership-queries.ts';

export interface MembershipGrant {
  userId: string;
  organizationId: string;
  /** The role an invitation or the metadata names (id or key), or null. */
  roleRef: string | null;
  /** Tried when a new membership gets no role from `roleRef` (ROSTER_DEFAULT_ROLE). */
  defaultRoleRef: string;
  /** Force the new membership primary (a new user's first); otherwise primary only if the user has none. */
  primary?: boolean;
  now: string;
}

/**
 * Provisioning steps 2–3 (README, "Provisioning: the first sign-in") for one organization:
 * creates the membership if absent (with the named
 * role, else the default role, each only if usable there), or on an existing membership adds
 * the named role only when it outranks every role held there — never a downgrade or removal.
 */
export async function grantMembership(scope: WriteScope, grant: MembershipGrant): Promise<void> {
  const { trx } = scope;
  const { userId, organizationId, now } = grant;
  const existing = await findMembershipByUserAndOrganization(trx, userId, organizationId);
  if (!existing) {
    const isPrimary = grant.primary ?? !(await userHasPrimaryMembership(trx, userId));
    const role =
      (grant.roleRef ? await usableRole(trx, grant.roleRef, organizationId) : null) ??
      (await usableRole(trx, grant.defaultRoleRef, organizationId));
    const membership = { userId, organizationId, status: 'active' as const, isPrimary };
    const { id } = await insertMembershipWithRoles(trx, membership, role ? [role.id] : [], now);
    const data = { userId, organizationId, isPrimary, roleId: role?.id ?? null };
    await scope.audit('membership.created', { type: 'membership', id }, data);
    await scope.emit('membership.created', () => getMembership(trx, id));
    return;
  }
  if (!grant.roleRef) return;
  const role = await usableRole(trx, grant.roleRef, organizationId);
  if (!role) return;
  const held = await findRolesOfMemberships(trx, [existing.id]);
  if (held.some((h) => h.id === role.id || Number(h.rank) >= role.rank)) return;
  await insertMembershipRoles(trx, existing.id, [role.id], now);
  const data = { userId, organizationId, roleId: role.id, from: held.map((h) => h.id) };
  await scope.audit('membership.role_upgraded', { type: 'membership', id: existing.id }, data);
  await scope.emit('membership.updated', () => getMembership(trx, existing.id));
}

/** The role `ref` names in the organization, when it may be used there. */
async function usableRole(trx: Kysely<DB>, ref: string, organizationId: string) {
  const role = await findUsableRole(trx, ref, { scope: 'organization', organizationId });
  return role ? { id: role.id, rank: Number(role.rank) } : null;
}
