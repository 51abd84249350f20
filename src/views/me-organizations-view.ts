import {
  currentMembership,
  isListedMembership,
  type MeSnapshot,
  type SnapshotMembership,
} from '../domain/me-snapshot.ts';

/** `GET /api/me/organizations`. */
export interface MeOrganizationsBody {
  data: {
    organizations: MeOrganizationItem[];
    currentOrganizationId: string | null;
  };
}

export interface MeOrganizationItem {
  id: string;
  name: string;
  description: string | null;
  logoUrl: string | null;
  status: string;
  /** The name of the highest-ranked role held there, or null. */
  userRole: string | null;
  isPrimary: boolean;
  joinedAt: string;
  createdAt: string;
  updatedAt: string;
}

/** `GET /api/me/current-organization`. */
export interface CurrentOrganizationBody {
  data: {
    id: string;
    name: string;
    description: string | null;
    logoUrl: string | null;
    status: string;
    settings: Record<string, unknown>;
    createdAt: string;
    updatedAt: string;
    userRole: string | null;
  } | null;
}

/** `POST /api/me/switch-organization`. */
export interface SwitchOrganizationBody {
  data: { currentOrganizationId: string; role: string | null };
}

/** The caller's active memberships (suspended organizations included, archived ones never), joined first. */
export function renderMeOrganizations(snapshot: MeSnapshot): MeOrganizationsBody {
  return {
    data: {
      organizations: snapshot.memberships.filter(isListedMembership).map(renderItem),
      currentOrganizationId: snapshot.currentOrganizationId,
    },
  };
}

/** The snapshot's current organization in full, or `{ data: null }`. */
export function renderCurrentOrganization(snapshot: MeSnapshot): CurrentOrganizationBody {
  const membership = currentMembership(snapshot);
  if (!membership || !isListedMembership(membership)) return { data: null };
  const { organization } = membership;
  return {
    data: {
      id: organization.id,
      name: organization.name,
      description: organization.description,
      logoUrl: organization.logoUrl,
      status: organization.status,
      settings: { ...organization.settings },
      createdAt: organization.createdAt,
      updatedAt: organization.updatedAt,
      userRole: membership.topRole?.name ?? null,
    },
  };
}

/** The switch's answer: the organization now current for the session and the caller's top role name there. */
export function renderSwitchOrganization(result: {
  organizationId: string;
  roleName: string | null;
}): SwitchOrganizationBody {
  return { data: { currentOrganizationId: result.organizationId, role: result.roleName } };
}

function renderItem(membership: SnapshotMembership): MeOrganizationItem {
  const { organization } = membership;
  return {
    id: organization.id,
    name: organization.name,
    description: organization.description,
    logoUrl: organization.logoUrl,
    status: organization.status,
    userRole: membership.topRole?.name ?? null,
    isPrimary: membership.isPrimary,
    joinedAt: membership.joinedAt,
    createdAt: organization.createdAt,
    updatedAt: organization.updatedAt,
  };
}
