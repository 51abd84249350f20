import type { MeSnapshot, SnapshotMembership, SnapshotOrganization, SnapshotRole } from '../../src/domain/me-snapshot.ts';

const T = '2026-01-15T08:20:00.000Z';

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
