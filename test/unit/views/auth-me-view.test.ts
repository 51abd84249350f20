import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderAuthMe } from '../../../src/views/auth-me-view.ts';
import { buildMembership, buildOrganization, buildRole, buildSnapshot } from '../../helpers/snapshot-builder.ts';

test('renders the documented shape field by field', () => {
  const admin = buildRole({ id: 'r-admin', name: 'Admin', color: '#FF5733' });
  const snapshot = buildSnapshot({
    isPlatformAdmin: true,
    globalPermissions: [
      {
        id: 'p-1',
        key: 'users:manage',
        description: 'Manage all platform users',
        grantedAt: '2026-02-01T12:00:00.000Z',
      },
    ],
    memberships: [buildMembership({ roles: [admin], permissions: ['company:manage', 'projects:create'] })],
  });
  assert.deepEqual(renderAuthMe(snapshot), {
    success: true,
    data: {
      id: 'u-1',
      email: 'john@example.com',
      fullName: 'John Doe',
      phone: '+1234567890',
      avatar: 'https://example.com/avatars/user.jpg',
      emailVerified: true,
      lastLoginAt: '2026-03-04T10:30:00.000Z',
      createdAt: '2026-01-15T08:20:00.000Z',
      isPlatformAdmin: true,
      globalPermissions: [
        { key: 'users:manage', description: 'Manage all platform users', grantedAt: '2026-02-01T12:00:00.000Z' },
      ],
      companies: [
        {
          id: 'o-1',
          name: 'Acme Corporation',
          slug: 'acme-corp',
          logo: 'https://example.com/logos/acme.png',
          status: 'ACTIVE',
          membershipId: 'm-1',
          membershipStatus: 'ACTIVE',
          roles: [{ id: 'r-admin', name: 'Admin', color: '#FF5733' }],
          permissions: ['company:manage', 'projects:create'],
        },
      ],
    },
  });
});

test('lists only active memberships of non-archived organizations; a suspended one has no permissions', () => {
  const snapshot = buildSnapshot({
    memberships: [
      buildMembership({ id: 'm-invited', status: 'invited', organization: buildOrganization({ id: 'o-inv' }) }),
      buildMembership({ id: 'm-susp-member', status: 'suspended', organization: buildOrganization({ id: 'o-sm' }) }),
      buildMembership({
        id: 'm-archived',
        organization: buildOrganization({ id: 'o-arch', status: 'archived' }),
        permissions: ['x:y'],
      }),
      buildMembership({
        id: 'm-suspended-org',
        organization: buildOrganization({ id: 'o-susp', status: 'suspended' }),
        permissions: ['x:y'],
      }),
      buildMembership({ id: 'm-ok' }),
    ],
  });
  const companies = renderAuthMe(snapshot).data.companies;
  assert.deepEqual(
    companies.map((c) => [c.membershipId, c.status, c.permissions]),
    [
      ['m-suspended-org', 'SUSPENDED', []],
      ['m-ok', 'ACTIVE', []],
    ],
  );
});
