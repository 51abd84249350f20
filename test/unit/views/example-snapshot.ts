import type { MeSnapshot, SnapshotOrganization, SnapshotPermission, SnapshotRole } from '../../../src/domain/me-snapshot.ts';

const at = '2026-01-02T03:04:05.000Z';

export const permissions = {
  projectsRead: { id: 'p-read', key: 'projects:read', description: 'Read projects' },
  projectsCreate: { id: 'p-create', key: 'projects:create', description: null },
  dealsManage: { id: 'p-deals', key: 'deals:manage', description: 'Manage a deal' },
  rosterAdmin: { id: 'p-admin', key: 'roster:admin', description: null },
} satisfies Record<string, SnapshotPermission>;

export function role(id: string, key: string, rank: number, scope: SnapshotRole['scope'], rolePermissions: SnapshotPermission[]): SnapshotRole {
  return { id, key, name: key.toUpperCase(), color: '#123456', description: null, rank, scope, organizationId: null, grantedAt: at, permissions: rolePermissions };
}

export function organization(id: string, status: SnapshotOrganization['status'] = 'active'): SnapshotOrganization {
  return { id, name: `Org ${id}`, slug: id, description: null, logoUrl: null, status, settings: { theme: 'dark' }, createdAt: at, updatedAt: at };
}

/**
 * A user with two platform roles sharing a permission, a member of an active and a suspended
 * organization (the active one current), one resource grant of each kind.
 */
export function exampleSnapshot(overrides: Partial<MeSnapshot> = {}): MeSnapshot {
  const editor = role('r-editor', 'editor', 20, 'organization', [permissions.projectsCreate, permissions.projectsRead]);
  const viewer = role('r-viewer', 'viewer', 10, 'organization', [permissions.projectsRead]);
  return {
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
    isPlatformAdmin: false,
    memberships: [
      {
        id: 'm-1',
        status: 'active',
        isPrimary: true,
        joinedAt: at,
        organization: organization('o-1'),
        roles: [editor, viewer],
        topRole: editor,
        permissions: ['projects:create', 'projects:read'],
      },
      {
        id: 'm-2',
        status: 'active',
        isPrimary: false,
        joinedAt: at,
        organization: organization('o-2', 'suspended'),
        roles: [viewer],
        topRole: viewer,
        permissions: [],
      },
      {
        id: 'm-3',
        status: 'invited',
        isPrimary: false,
        joinedAt: at,
        organization: organization('o-3'),
        roles: [],
        topRole: null,
        permissions: [],
      },
    ],
    globalPermissions: [{ ...permissions.rosterAdmin, grantedAt: at }],
    platformRoles: [
      role('r-staff', 'staff', 50, 'platform', [permissions.projectsRead, permissions.rosterAdmin]),
      role('r-support', 'support', 40, 'platform', [permissions.projectsRead]),
    ],
    resourceRoleGrants: [{ id: 'g-role', resourceType: 'deal', resourceId: 'deal-x', grantedAt: at, role: role('r-founder', 'founder', 5, 'resource', [permissions.dealsManage]) }],
    resourcePermissionGrants: [{ id: 'g-perm', resourceType: 'deal', resourceId: 'deal-x', grantedAt: at, permission: permissions.dealsManage }],
    sessionId: 'session-1',
    currentOrganizationId: 'o-1',
    ...overrides,
  };
}

export const auth = { issuer: 'https://issuer.test', subject: 'sub-1', expiresAt: new Date('2030-01-01T00:00:00.000Z') };
