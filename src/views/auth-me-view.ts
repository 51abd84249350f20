import { isListedMembership, type MeSnapshot, type SnapshotMembership } from '../domain/me-snapshot.ts';

/** `GET /api/auth/me`: the user, platform standing, and every listed company. */
export interface AuthMeBody {
  success: true;
  data: {
    id: string;
    email: string | null;
    fullName: string | null;
    phone: string | null;
    avatar: string | null;
    emailVerified: boolean;
    lastLoginAt: string | null;
    createdAt: string;
    isPlatformAdmin: boolean;
    globalPermissions: { key: string; description: string | null; grantedAt: string }[];
    companies: AuthMeCompany[];
  };
}

export interface AuthMeCompany {
  id: string;
  name: string;
  slug: string;
  logo: string | null;
  /** `ACTIVE` or `SUSPENDED` (archived organizations are never listed). */
  status: string;
  membershipId: string;
  /** Always `ACTIVE`: only active memberships are listed. */
  membershipStatus: string;
  roles: { id: string; name: string; color: string | null }[];
  /** Deduplicated across the roles, sorted; empty in a suspended organization. */
  permissions: string[];
}

/**
 * Renders the snapshot in the `/api/auth/me` shape: active memberships of non-archived organizations,
 * in the snapshot's order (joined first), with statuses upper-cased.
 */
export function renderAuthMe(snapshot: MeSnapshot): AuthMeBody {
  const { user } = snapshot;
  return {
    success: true,
    data: {
      id: user.id,
      email: user.email,
      fullName: user.fullName,
      phone: user.phone,
      avatar: user.avatarUrl,
      emailVerified: user.emailVerified,
      lastLoginAt: user.lastLoginAt,
      createdAt: user.createdAt,
      isPlatformAdmin: snapshot.isPlatformAdmin,
      globalPermissions: snapshot.globalPermissions.map(({ key, description, grantedAt }) => ({
        key,
        description,
        grantedAt,
      })),
      companies: snapshot.memberships.filter(isListedMembership).map(renderCompany),
    },
  };
}

function renderCompany(membership: SnapshotMembership): AuthMeCompany {
  const { organization } = membership;
  return {
    id: organization.id,
    name: organization.name,
    slug: organization.slug,
    logo: organization.logoUrl,
    status: organization.status.toUpperCase(),
    membershipId: membership.id,
    membershipStatus: membership.status.toUpperCase(),
    roles: membership.roles.map(({ id, name, color }) => ({ id, name, color })),
    permissions: organization.status === 'active' ? [...membership.permissions] : [],
  };
}
