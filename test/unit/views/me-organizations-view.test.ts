import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  renderCurrentOrganization,
  renderMeOrganizations,
  renderSwitchOrganization,
} from '../../../src/views/me-organizations-view.ts';
import { buildMembership, buildOrganization, buildRole, buildSnapshot } from '../../helpers/snapshot-builder.ts';

const coach = buildRole({ id: 'r-coach', name: 'Coach', rank: 50 });
const teacher = buildRole({ id: 'r-teacher', name: 'Teacher', rank: 10 });

test('organizations: the documented shape, userRole is the top role name, current id from the snapshot', () => {
  const snapshot = buildSnapshot({
    currentOrganizationId: 'o-1',
    memberships: [
      buildMembership({ isPrimary: true, roles: [coach, teacher] }),
      buildMembership({ id: 'm-2', organization: buildOrganization({ id: 'o-2', status: 'suspended' }) }),
      buildMembership({ id: 'm-3', status: 'invited', organization: buildOrganization({ id: 'o-3' }) }),
      buildMembership({ id: 'm-4', organization: buildOrganization({ id: 'o-4', status: 'archived' }) }),
    ],
  });
  assert.deepEqual(renderMeOrganizations(snapshot), {
    data: {
      organizations: [
        {
          id: 'o-1',
          name: 'Acme Corporation',
          description: 'Anvils',
          logoUrl: 'https://example.com/logos/acme.png',
          status: 'active',
          userRole: 'Coach',
          isPrimary: true,
          joinedAt: '2025-01-15T09:00:00.000Z',
          createdAt: '2025-01-01T00:00:00.000Z',
          updatedAt: '2025-01-15T09:00:00.000Z',
        },
        {
          id: 'o-2',
          name: 'Acme Corporation',
          description: 'Anvils',
          logoUrl: 'https://example.com/logos/acme.png',
          status: 'suspended',
          userRole: null,
          isPrimary: false,
          joinedAt: '2025-01-15T09:00:00.000Z',
          createdAt: '2025-01-01T00:00:00.000Z',
          updatedAt: '2025-01-15T09:00:00.000Z',
        },
      ],
      currentOrganizationId: 'o-1',
    },
  });
});

test('current organization: full details with userRole, or null', () => {
  const membership = buildMembership({ roles: [coach] });
  assert.deepEqual(
    renderCurrentOrganization(buildSnapshot({ currentOrganizationId: 'o-1', memberships: [membership] })),
    {
      data: {
        id: 'o-1',
        name: 'Acme Corporation',
        description: 'Anvils',
        logoUrl: 'https://example.com/logos/acme.png',
        status: 'active',
        settings: { theme: 'dark' },
        createdAt: '2025-01-01T00:00:00.000Z',
        updatedAt: '2025-01-15T09:00:00.000Z',
        userRole: 'Coach',
      },
    },
  );
  assert.deepEqual(renderCurrentOrganization(buildSnapshot({ memberships: [membership] })), { data: null });
  assert.deepEqual(
    renderCurrentOrganization(buildSnapshot({ currentOrganizationId: 'o-gone', memberships: [membership] })),
    { data: null },
  );
});

test('switch result', () => {
  assert.deepEqual(renderSwitchOrganization({ organizationId: 'o-1', roleName: null }), {
    data: { currentOrganizationId: 'o-1', role: null },
  });
});
