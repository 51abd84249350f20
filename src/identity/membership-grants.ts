import type { Kysely } from 'kysely';
import type { DB } from '../db/types.ts';
import { getMembership } from '../services/membership-service.ts';
import type { WriteScope } from '../services/write.ts';
import { newId } from '../domain/new-id.ts';
import {
  findMembershipByUserAndOrganization,
  insertMembership,
  userHasPrimaryMembership,
} from '../queries/membership-queries.ts';
import { findMembershipRoleRanks, findUsableRoles, insertMembershipRole } from '../queries/provisioning-queries.ts';

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
    const membershipId = newId();
    const status = 'active';
    await insertMembership(trx, {
      id: membershipId,
      userId,
      organizationId,
      status,
      isPrimary,
      joinedAt: now,
      createdAt: now,
      updatedAt: now,
    });
    const role =
      (grant.roleRef ? await usableRole(trx, grant.roleRef, organizationId) : null) ??
      (await usableRole(trx, grant.defaultRoleRef, organizationId));
    if (role) await insertMembershipRole(trx, membershipId, role.id, now);
    const data = { userId, organizationId, isPrimary, roleId: role?.id ?? null };
    await scope.audit('membership.created', { type: 'membership', id: membershipId }, data);
    await scope.emit('membership.created', await getMembership(trx, membershipId));
    return;
  }
  if (!grant.roleRef) return;
  const role = await usableRole(trx, grant.roleRef, organizationId);
  if (!role) return;
  const held = await findMembershipRoleRanks(trx, existing.id);
  if (held.some((h) => h.id === role.id || Number(h.rank) >= role.rank)) return;
  await insertMembershipRole(trx, existing.id, role.id, now);
  const data = { userId, organizationId, roleId: role.id, from: held.map((h) => h.id) };
  await scope.audit('membership.role_upgraded', { type: 'membership', id: existing.id }, data);
  await scope.emit('membership.updated', await getMembership(trx, existing.id));
}

/** The role `ref` names in the organization: by id, else the organization's own key, which shadows the global one. */
async function usableRole(trx: Kysely<DB>, ref: string, organizationId: string) {
  const candidates = await findUsableRoles(trx, ref, organizationId);
  const pick =
    candidates.find((r) => r.id === ref) ??
    candidates.find((r) => r.organizationId === organizationId) ??
    candidates[0];
  return pick ? { id: pick.id, rank: Number(pick.rank) } : null;
}
