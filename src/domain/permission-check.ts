import type { MeSnapshot } from './me-snapshot.ts';

/** One question: may the user do `permission`, in an organization, optionally on one resource? */
export interface PermissionCheck {
  readonly permission: string;
  /** The organization asked about; absent = the snapshot's current organization. */
  readonly organizationId?: string;
  /** A resource, matched exactly on (type, id). */
  readonly resource?: { readonly type: string; readonly id: string };
}

/** Which rule allowed a check, in the order they are tried. */
export type PermissionSource = 'global' | 'organization' | 'resource';

export interface PermissionCheckResult {
  readonly allowed: boolean;
  /** The first rule that allows it, or null when none does. */
  readonly source: PermissionSource | null;
}

const DENIED: PermissionCheckResult = Object.freeze({ allowed: false, source: null });

/**
 * Answers one permission check from a user's snapshot, without any query. Allowed when the
 * permission is one of the user's global permissions; else one of their permissions in the
 * organization (`organizationId`, else the snapshot's current organization) — only an active
 * membership of an active organization has any; else, when a resource is named, when a grant on
 * exactly that (type, id) gives it: a resource permission grant of it, or a resource role grant
 * whose role holds it. Being a platform admin grants nothing by itself. A permission that does
 * not exist is simply not held. Pure.
 *
 * @example checkPermission(request.me, { permission: 'deals:edit', resource: { type: 'deal', id: '42' } })
 */
export function checkPermission(snapshot: MeSnapshot, check: PermissionCheck): PermissionCheckResult {
  const { permission } = check;
  if (snapshot.globalPermissions.some((global) => global.key === permission))
    return { allowed: true, source: 'global' };

  const organizationId = check.organizationId?.toLowerCase() ?? snapshot.currentOrganizationId;
  const membership = organizationId
    ? snapshot.memberships.find((m) => m.organization.id === organizationId)
    : undefined;
  // `permissions` is empty unless the membership and its organization are both active.
  if (membership?.permissions.includes(permission)) return { allowed: true, source: 'organization' };

  const resource = check.resource;
  if (!resource) return DENIED;
  const onResource = (grant: { resourceType: string; resourceId: string }) =>
    grant.resourceType === resource.type && grant.resourceId === resource.id;
  const granted =
    snapshot.resourcePermissionGrants.some((grant) => onResource(grant) && grant.permission.key === permission) ||
    snapshot.resourceRoleGrants.some(
      (grant) => onResource(grant) && grant.role.permissions.some((held) => held.key === permission),
    );
  return granted ? { allowed: true, source: 'resource' } : DENIED;
}

/** {@link checkPermission} for each check, results in the same order. */
export function checkPermissions(snapshot: MeSnapshot, checks: readonly PermissionCheck[]): PermissionCheckResult[] {
  return checks.map((check) => checkPermission(snapshot, check));
}
