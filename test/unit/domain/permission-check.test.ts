import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ANY_SESSION, resolveCurrentOrganization } from '../../../src/domain/current-organization.ts';
import { checkPermission, checkPermissions } from '../../../src/domain/permission-check.ts';
import { buildMembership, buildOrganization, buildRole, buildSnapshot } from '../../helpers/snapshot-builder.ts';

const permission = (key: string) => ({ id: `p-${key}`, key, description: null });
const ORG_A = '0f9c2b1e-0000-4000-8000-00000000000a';
const ORG_B = '0f9c2b1e-0000-4000-8000-00000000000b';

const snapshot = buildSnapshot({
  isPlatformAdmin: true,
  globalPermissions: [{ ...permission('reports:export'), grantedAt: '2025-01-01T00:00:00.000Z' }],
  memberships: [
    buildMembership({
      id: 'm-a',
      organization: buildOrganization({ id: ORG_A }),
      permissions: ['projects:edit', 'projects:read'],
    }),
    buildMembership({
      id: 'm-b',
      organization: buildOrganization({ id: ORG_B, status: 'suspended' }),
      permissions: [],
    }),
  ],
  currentOrganizationId: ORG_A,
  resourcePermissionGrants: [
    { id: 'g-1', resourceType: 'deal', resourceId: '42', grantedAt: 't', permission: permission('deals:edit') },
  ],
  resourceRoleGrants: [
    {
      id: 'g-2',
      resourceType: 'deal',
      resourceId: '7',
      grantedAt: 't',
      role: buildRole({ scope: 'resource', permissions: [permission('deals:approve')] }),
    },
  ],
});

describe('checkPermission', () => {
  test('global first, then the organization, then grants on exactly the resource', () => {
    assert.deepEqual(
      checkPermission(snapshot, {
        permission: 'reports:export',
        organizationId: ORG_B,
        resource: { type: 'deal', id: '42' },
      }),
      { allowed: true, source: 'global' },
    );
    assert.deepEqual(checkPermission(snapshot, { permission: 'projects:edit', resource: { type: 'deal', id: '42' } }), {
      allowed: true,
      source: 'organization',
    });
    assert.deepEqual(checkPermission(snapshot, { permission: 'deals:edit', resource: { type: 'deal', id: '42' } }), {
      allowed: true,
      source: 'resource',
    });
    assert.deepEqual(checkPermission(snapshot, { permission: 'deals:approve', resource: { type: 'deal', id: '7' } }), {
      allowed: true,
      source: 'resource',
    });
    for (const resource of [
      { type: 'deal', id: '43' },
      { type: 'Deal', id: '42' },
      { type: 'deal', id: '42 ' },
    ]) {
      assert.deepEqual(checkPermission(snapshot, { permission: 'deals:edit', resource }), {
        allowed: false,
        source: null,
      });
    }
    assert.deepEqual(checkPermission(snapshot, { permission: 'deals:edit' }), { allowed: false, source: null });
  });

  test('the organization: the one named (any case), else the current one; only an active membership counts', () => {
    assert.equal(
      checkPermission(snapshot, { permission: 'projects:edit', organizationId: ORG_A.toUpperCase() }).allowed,
      true,
    );
    assert.equal(checkPermission(snapshot, { permission: 'projects:edit', organizationId: ORG_B }).allowed, false);
    assert.equal(
      checkPermission({ ...snapshot, currentOrganizationId: null }, { permission: 'projects:edit' }).allowed,
      false,
    );
  });

  test('a platform admin holds nothing by being one; an unknown permission is simply denied', () => {
    assert.deepEqual(checkPermission(snapshot, { permission: 'roster:admin' }), { allowed: false, source: null });
    assert.deepEqual(checkPermission(snapshot, { permission: '' }), { allowed: false, source: null });
  });

  test('checkPermissions answers in order', () => {
    assert.deepEqual(
      checkPermissions(snapshot, [{ permission: 'no:such' }, { permission: 'projects:read' }]).map(
        (result) => result.source,
      ),
      [null, 'organization'],
    );
  });
});

describe('ANY_SESSION', () => {
  test('gives the current organization across sessions: the latest choice anywhere, else the primary one', () => {
    const memberships = [ORG_A, ORG_B].map((id, index) =>
      buildMembership({ id: `m-${index}`, isPrimary: index === 0, organization: buildOrganization({ id }) }),
    );
    const choices = [
      { sessionId: 'tab-1', organizationId: ORG_B, updatedAt: '2025-01-02T00:00:00.000Z' },
      { sessionId: 'tab-2', organizationId: ORG_A, updatedAt: '2025-01-01T00:00:00.000Z' },
    ];
    assert.equal(resolveCurrentOrganization(memberships, choices, ANY_SESSION), ORG_B);
    assert.equal(resolveCurrentOrganization(memberships, [], ANY_SESSION), ORG_A);
  });
});
