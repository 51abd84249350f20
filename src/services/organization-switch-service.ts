import { isoNow } from '../domain/clock.ts';
import { topRoleOf } from '../domain/permission-resolution.ts';
import { RosterError } from '../domain/roster-error.ts';
import { findLatestSessionContextTime, upsertSessionContext } from '../queries/session-context-queries.ts';
import { findSwitchTarget, type SwitchTarget } from '../queries/membership-queries.ts';
import { usersChange, withWrite, type WriteContext } from './write.ts';

/** The write context of the switch (its actor is always the switching user). */
export type OrganizationSwitchDeps = Omit<WriteContext, 'actor'> & { actor?: string };

export interface SwitchRequest {
  userId: string;
  /** The token's `sid`, else the user id. */
  sessionId: string;
  organizationId: string;
}

export interface SwitchResult {
  organizationId: string;
  /** Name of the highest-ranked role held there (ties: earliest granted), or null. */
  roleName: string | null;
}

/**
 * Makes `organizationId` the session's current organization: checks
 * the caller is an active member of an active organization, records the choice and an
 * `organization.switched` audit event in one transaction, then announces the change so the
 * cached snapshot follows on the very next request.
 *
 * Throws `NotAMember` — the same error whatever the reason (no such organization, no
 * membership, an inactive membership, a suspended or archived organization), so the answer
 * never tells whether an organization exists.
 *
 * @example await switchOrganization(deps, { userId, sessionId: principal.sessionId ?? userId, organizationId });
 */
export async function switchOrganization(deps: OrganizationSwitchDeps, request: SwitchRequest): Promise<SwitchResult> {
  const organizationId = request.organizationId.toLowerCase();
  return withWrite({ ...deps, actor: request.userId }, async ({ trx, audit }) => {
    const target = await findSwitchTarget(trx, request.userId, organizationId);
    if (target?.membershipStatus !== 'active' || target.organizationStatus !== 'active') {
      throw new RosterError('NotAMember', 'You are not an active member of that organization');
    }
    const at = laterThan(isoNow(deps.clock), await findLatestSessionContextTime(trx, request.userId));
    await upsertSessionContext(trx, {
      userId: request.userId,
      sessionId: request.sessionId,
      organizationId,
      updatedAt: at,
    });
    const switched = { type: 'organization', id: organizationId };
    await audit('organization.switched', switched, { sessionId: request.sessionId });
    return { result: { organizationId, roleName: topRoleName(target) }, change: usersChange(request.userId) };
  });
}

/**
 * `now`, or one millisecond past the user's latest choice when the clock has not moved on, so
 * "the organization the user chose last" is never a tie between two switches.
 */
function laterThan(now: string, latest: string | null): string {
  if (latest === null || now > latest) return now;
  return new Date(Date.parse(latest) + 1).toISOString();
}

function topRoleName(target: SwitchTarget): string | null {
  return topRoleOf(target.roles)?.name ?? null;
}
