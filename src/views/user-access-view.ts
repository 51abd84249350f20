import type { MeSnapshot, SnapshotMembership, SnapshotRole } from '../domain/me-snapshot.ts';

/** A role as the access view shows it: enough to draw a labelled, coloured badge in rank order. */
export interface AccessRole {
  id: string;
  key: string;
  name: string;
  color: string | null;
  rank: number;
}

/** One membership of the user, whatever its status, with the permissions it gives now. */
export interface AccessOrganization {
  id: string;
  name: string;
  slug: string;
  status: string;
  membershipId: string;
  membershipStatus: string;
  isPrimary: boolean;
  isCurrent: boolean;
  roles: AccessRole[];
  /** Empty unless both the membership and the organization are active. */
  permissions: string[];
}

/** `GET /api/admin/users/:id/access`: what a user may do, everywhere, as their own requests see it. */
export interface UserAccess {
  userId: string;
  email: string | null;
  fullName: string | null;
  isPlatformAdmin: boolean;
  currentOrganizationId: string | null;
  organizations: AccessOrganization[];
  globalPermissions: { key: string; description: string | null; grantedAt: string }[];
  platformRoles: (AccessRole & { permissions: string[] })[];
  resourceRoleGrants: {
    id: string;
    resourceType: string;
    resourceId: string;
    grantedAt: string;
    role: AccessRole;
    permissions: string[];
  }[];
  resourcePermissionGrants: {
    id: string;
    resourceType: string;
    resourceId: string;
    grantedAt: string;
    permission: string;
  }[];
}

/**
 * Renders a user's snapshot (resolved across sessions) for an admin: every membership in a
 * non-archived organization, any status, and every global and resource grant with its id, so a
 * support screen can explain — and revoke — where each permission comes from.
 */
export function renderUserAccess(snapshot: MeSnapshot): UserAccess {
  return {
    userId: snapshot.user.id,
    email: snapshot.user.email,
    fullName: snapshot.user.fullName,
    isPlatformAdmin: snapshot.isPlatformAdmin,
    currentOrganizationId: snapshot.currentOrganizationId,
    organizations: snapshot.memberships.map((membership) =>
      renderOrganization(membership, snapshot.currentOrganizationId),
    ),
    globalPermissions: snapshot.globalPermissions.map(({ key, description, grantedAt }) => ({
      key,
      description,
      grantedAt,
    })),
    platformRoles: snapshot.platformRoles.map((role) => ({
      ...renderRole(role),
      permissions: role.permissions.map(({ key }) => key),
    })),
    resourceRoleGrants: snapshot.resourceRoleGrants.map(({ id, resourceType, resourceId, grantedAt, role }) => ({
      id,
      resourceType,
      resourceId,
      grantedAt,
      role: renderRole(role),
      permissions: role.permissions.map(({ key }) => key),
    })),
    resourcePermissionGrants: snapshot.resourcePermissionGrants.map(
      ({ id, resourceType, resourceId, grantedAt, permission }) => ({
        id,
        resourceType,
        resourceId,
        grantedAt,
        permission: permission.key,
      }),
    ),
  };
}

function renderOrganization(membership: SnapshotMembership, currentId: string | null): AccessOrganization {
  const { organization } = membership;
  return {
    id: organization.id,
    name: organization.name,
    slug: organization.slug,
    status: organization.status,
    membershipId: membership.id,
    membershipStatus: membership.status,
    isPrimary: membership.isPrimary,
    isCurrent: organization.id === currentId,
    roles: membership.roles.map(renderRole),
    permissions: [...membership.permissions],
  };
}

function renderRole({ id, key, name, color, rank }: SnapshotRole): AccessRole {
  return { id, key, name, color, rank };
}
