import type {
  MeSnapshot,
  SnapshotMembership,
  SnapshotOrganization,
  SnapshotPermission,
  SnapshotRole,
} from '../../src/domain/me-snapshot.ts';

const T = '2026-01-15T08:20:00.000Z';

/**
 * The one snapshot builder of the tests: hand-built snapshots for view and domain tests.
 * `buildSnapshot` and its parts start from one plain user and take overrides;
 * {@link exampleSnapshot} is a fuller user built from them, with something of every kind.
 */

/** A hand-built snapshot for view tests: a user with no memberships unless given. */
export function buildSnapshot(overrides: Partial<MeSnapshot> = {}): MeSnapshot {
  return {
    user: {
      id: 'u-1',
      email: 'john@example.com',
      emailVerified: true,
      firstName: 'John',
      lastName: 'Doe',
      fullName: 'John Doe',
      phone: '+1234567890',
      avatarUrl: 'https://example.com/avatars/user.jpg',
      birthDate: null,
      headline: null,
      linkedinUrl: null,
      referralCode: 'REF123',
      profileType: null,
      onboardingCompletedAt: null,
      otpEnabled: false,
      otpRequiredForAdmin: false,
      unconfirmedEmail: null,
      profileSettings: { portfolioVisible: false, isPublicProfile: false },
      customAttributes: {},
      createdAt: T,
      updatedAt: T,
      lastLoginAt: '2026-03-04T10:30:00.000Z',
    },
    identities: [],
    isPlatformAdmin: false,
    memberships: [],
    globalPermissions: [],
    platformRoles: [],
    resourceRoleGrants: [],
    resourcePermissionGrants: [],
    sessionId: 's-1',
    currentOrganizationId: null,
    ...overrides,
  };
}

export function buildOrganization(overrides: Partial<SnapshotOrganization> = {}): SnapshotOrganization {
  return {
    id: 'o-1',
    name: 'Acme Corporation',
    slug: 'acme-corp',
    description: 'Anvils',
    logoUrl: 'https://example.com/logos/acme.png',
    status: 'active',
    settings: { theme: 'dark' },
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-15T09:00:00.000Z',
    ...overrides,
  };
}

export function buildRole(overrides: Partial<SnapshotRole> = {}): SnapshotRole {
  return {
    id: 'r-1',
    key: 'admin',
    name: 'Admin',
    color: '#FF5733',
    description: null,
    rank: 100,
    scope: 'organization',
    organizationId: null,
    grantedAt: T,
    permissions: [],
    ...overrides,
  };
}

export function buildMembership(overrides: Partial<SnapshotMembership> = {}): SnapshotMembership {
  const roles = overrides.roles ?? [];
  return {
    id: 'm-1',
    status: 'active',
    isPrimary: false,
    joinedAt: '2025-01-15T09:00:00.000Z',
    organization: buildOrganization(),
    roles,
    topRole: roles[0] ?? null,
    permissions: [],
    ...overrides,
  };
}

const at = '2026-01-02T03:04:05.000Z';

/** The permissions of {@link exampleSnapshot}. */
export const permissions = {
  projectsRead: { id: 'p-read', key: 'projects:read', description: 'Read projects' },
  projectsCreate: { id: 'p-create', key: 'projects:create', description: null },
  dealsManage: { id: 'p-deals', key: 'deals:manage', description: 'Manage a deal' },
  rosterAdmin: { id: 'p-admin', key: 'roster:admin', description: null },
} satisfies Record<string, SnapshotPermission>;

function exampleRole(
  id: string,
  key: string,
  rank: number,
  scope: SnapshotRole['scope'],
  rolePermissions: SnapshotPermission[],
) {
  return buildRole({
    id,
    key,
    name: key.toUpperCase(),
    color: '#123456',
    rank,
    scope,
    grantedAt: at,
    permissions: rolePermissions,
  });
}

function exampleOrganization(id: string, status: SnapshotOrganization['status'] = 'active') {
  const fields = { name: `Org ${id}`, slug: id, description: null, logoUrl: null, createdAt: at, updatedAt: at };
  return buildOrganization({ id, ...fields, status });
}

/**
 * A user with two platform roles sharing a permission, a member of an active and a suspended
 * organization (the active one current) and invited to a third, one resource grant of each kind.
 */
export function exampleSnapshot(overrides: Partial<MeSnapshot> = {}): MeSnapshot {
  const editor = exampleRole('r-editor', 'editor', 20, 'organization', [
    permissions.projectsCreate,
    permissions.projectsRead,
  ]);
  const viewer = exampleRole('r-viewer', 'viewer', 10, 'organization', [permissions.projectsRead]);
  const founder = exampleRole('r-founder', 'founder', 5, 'resource', [permissions.dealsManage]);
  return buildSnapshot({
    user: {
      id: 'u-1',
      email: 'jane@example.com',
      emailVerified: true,
      firstName: 'Jane',
      lastName: 'Doe',
      fullName: 'Jane Doe',
      phone: '+15551234567',
      avatarUrl: 'https://example.com/a.png',
      birthDate: '1990-01-01',
      headline: 'Angel investor',
      linkedinUrl: 'https://linkedin.com/in/jane',
      referralCode: 'JANE42',
      profileType: 'individual',
      onboardingCompletedAt: null,
      otpEnabled: true,
      otpRequiredForAdmin: false,
      unconfirmedEmail: null,
      profileSettings: { portfolioVisible: true, isPublicProfile: false },
      customAttributes: { investmentsStatus: 'experienced', undeclared: 'secret' },
      createdAt: at,
      updatedAt: at,
      lastLoginAt: at,
    },
    identities: [{ issuer: 'https://issuer.test', subject: 'sub-1', createdAt: at }],
    memberships: [
      buildMembership({
        id: 'm-1',
        isPrimary: true,
        joinedAt: at,
        organization: exampleOrganization('o-1'),
        roles: [editor, viewer],
        permissions: ['projects:create', 'projects:read'],
      }),
      buildMembership({
        id: 'm-2',
        joinedAt: at,
        organization: exampleOrganization('o-2', 'suspended'),
        roles: [viewer],
      }),
      buildMembership({ id: 'm-3', status: 'invited', joinedAt: at, organization: exampleOrganization('o-3') }),
    ],
    globalPermissions: [{ ...permissions.rosterAdmin, grantedAt: at }],
    platformRoles: [
      exampleRole('r-staff', 'staff', 50, 'platform', [permissions.projectsRead, permissions.rosterAdmin]),
      exampleRole('r-support', 'support', 40, 'platform', [permissions.projectsRead]),
    ],
    resourceRoleGrants: [{ id: 'g-role', resourceType: 'deal', resourceId: 'deal-x', grantedAt: at, role: founder }],
    resourcePermissionGrants: [
      { id: 'g-perm', resourceType: 'deal', resourceId: 'deal-x', grantedAt: at, permission: permissions.dealsManage },
    ],
    sessionId: 'session-1',
    currentOrganizationId: 'o-1',
    ...overrides,
  });
}

/** The token facts that go with {@link exampleSnapshot}. */
export const auth = {
  issuer: 'https://issuer.test',
  subject: 'sub-1',
  expiresAt: new Date('2030-01-01T00:00:00.000Z'),
};
