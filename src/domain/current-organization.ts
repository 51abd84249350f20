import type { SnapshotMembership } from './me-snapshot.ts';

/** One session's choice of organization (a row of `session_contexts`). */
export interface SessionChoice {
  readonly sessionId: string;
  readonly organizationId: string;
  readonly updatedAt: string;
}

/**
 * The current organization (README, `/api/me/current-organization`): this session's choice,
 * else the user's most recent choice in any session, else the primary membership's
 * organization — skipping each whose membership is not active or whose organization is not
 * active — else null.
 */
export function resolveCurrentOrganization(
  memberships: readonly Pick<SnapshotMembership, 'status' | 'isPrimary' | 'organization'>[],
  choices: readonly SessionChoice[],
  sessionId: string,
): string | null {
  const usable = (organizationId: string) =>
    memberships.some(
      (membership) =>
        membership.organization.id === organizationId &&
        membership.status === 'active' &&
        membership.organization.status === 'active',
    );
  const own = choices.find((choice) => choice.sessionId === sessionId);
  if (own && usable(own.organizationId)) return own.organizationId;
  const latestFirst = [...choices].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
  const latest = latestFirst.find((choice) => usable(choice.organizationId));
  if (latest) return latest.organizationId;
  const primary = memberships.find((membership) => membership.isPrimary);
  return primary && usable(primary.organization.id) ? primary.organization.id : null;
}

/**
 * A session id no token can carry (a `sid` never holds a control character): resolving the
 * current organization for it skips "this session's choice" and gives the user's current
 * organization across sessions — their latest choice anywhere, else the primary one.
 */
export const ANY_SESSION = '\u0000any-session';
