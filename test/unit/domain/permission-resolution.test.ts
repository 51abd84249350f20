import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { resolveCurrentOrganization } from '../../../src/domain/current-organization.ts';
import {
  membershipPermissions,
  mergeGlobalPermissions,
  rankRoles,
  sortedKeys,
  topRoleOf,
} from '../../../src/domain/permission-resolution.ts';

const perm = (key: string) => ({ id: `id-${key}`, key, description: null });
const role = (id: string, rank: number, grantedAt: string, keys: string[] = []) => ({
  id,
  rank,
  grantedAt,
  permissions: keys.map(perm),
});

describe('permission resolution', () => {
  test('roles rank highest first, ties earliest granted first', () => {
    const roles = [role('a', 1, '2024-01-03'), role('b', 5, '2024-01-02'), role('c', 5, '2024-01-01')];
    assert.deepEqual(
      rankRoles(roles).map((r) => r.id),
      ['c', 'b', 'a'],
    );
    assert.equal(topRoleOf(roles)?.id, 'c');
    assert.equal(topRoleOf([]), null);
  });

  test('membership permissions: union, deduplicated, default-sorted; empty unless membership and organization are active', () => {
    const roles = [role('a', 1, 't', ['b:x', 'a:y', 'B:z']), role('b', 2, 't', ['a:y', '_:q'])];
    assert.deepEqual(membershipPermissions('active', { status: 'active' }, roles), ['B:z', '_:q', 'a:y', 'b:x']);
    assert.deepEqual(membershipPermissions('suspended', { status: 'active' }, roles), []);
    assert.deepEqual(membershipPermissions('invited', { status: 'active' }, roles), []);
    assert.deepEqual(membershipPermissions('active', { status: 'suspended' }, roles), []);
  });

  test('global permissions: direct ∪ platform roles, one per key with the earliest grantedAt, sorted', () => {
    const merged = mergeGlobalPermissions(
      [
        { permission: perm('z:1'), grantedAt: '2024-05-01' },
        { permission: perm('m:1'), grantedAt: '2024-05-01' },
      ],
      [role('p', 1, '2024-01-01', ['m:1', 'a:1']), role('q', 1, '2024-02-01', ['a:1'])],
    );
    assert.deepEqual(
      merged.map((p) => [p.key, p.grantedAt]),
      [
        ['a:1', '2024-01-01'],
        ['m:1', '2024-01-01'],
        ['z:1', '2024-05-01'],
      ],
    );
  });

  test('sortedKeys is code-point order', () => {
    assert.deepEqual(sortedKeys(['é', 'z', 'Z', 'a', 'z']), ['Z', 'a', 'z', 'é']);
  });
});

describe('current organization', () => {
  const org = (id: string, status: 'active' | 'suspended' | 'archived' = 'active') => ({ id, status }) as never;
  const memberships = [
    { status: 'active' as const, isPrimary: true, organization: org('p') },
    { status: 'active' as const, isPrimary: false, organization: org('x') },
    { status: 'active' as const, isPrimary: false, organization: org('s', 'suspended') },
    { status: 'suspended' as const, isPrimary: false, organization: org('m') },
  ];
  test("this session's choice first", () => {
    const choices = [
      { sessionId: 's1', organizationId: 'x', updatedAt: '1' },
      { sessionId: 's2', organizationId: 'p', updatedAt: '2' },
    ];
    assert.equal(resolveCurrentOrganization(memberships, choices, 's1'), 'x');
  });
  test('else the latest choice in any session, else the primary', () => {
    assert.equal(
      resolveCurrentOrganization(memberships, [{ sessionId: 's2', organizationId: 'x', updatedAt: '2' }], 'new'),
      'x',
    );
    assert.equal(resolveCurrentOrganization(memberships, [], 'new'), 'p');
  });
  test('skips choices whose membership or organization is not active', () => {
    const choices = [
      { sessionId: 'mine', organizationId: 'm', updatedAt: '9' },
      { sessionId: 'a', organizationId: 's', updatedAt: '8' },
      { sessionId: 'b', organizationId: 'gone', updatedAt: '7' },
    ];
    assert.equal(resolveCurrentOrganization(memberships, choices, 'mine'), 'p');
    assert.equal(resolveCurrentOrganization([{ ...memberships[0]!, status: 'suspended' }], [], 'x'), null);
  });
});
