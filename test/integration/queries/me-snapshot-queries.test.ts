import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestDatabase, testEngines, type TestDatabase } from '../../helpers/databases.ts';
import { fixtures, type Fixtures } from '../../helpers/fixtures.ts';
import { countingQueries } from '../../helpers/query-counter.ts';
import { createDatabase, type Database } from '../../../src/db/database.ts';
import { migrateToLatest } from '../../../src/db/migrate.ts';
import { loadMeSnapshot, SNAPSHOT_QUERY_COUNT } from '../../../src/queries/me-snapshot-queries.ts';

for (const engine of await testEngines()) {
  describe(`loadMeSnapshot on ${engine}`, () => {
    let testDb: TestDatabase;
    let database: Database;
    let fx: Fixtures;
    before(async () => {
      testDb = await createTestDatabase(engine);
      database = createDatabase(testDb.config);
      await migrateToLatest(database.db);
      fx = fixtures(database.db);
    });
    after(async () => {
      await database.destroy();
      await testDb.drop();
    });

    test('resolves roles, permissions, global permissions, grants and excludes archived organizations', async () => {
      const user = await fx.user({ firstName: 'Ada', lastName: null });
      const active = await fx.organization({ name: 'Active', settings: { theme: 'dark' } });
      const suspended = await fx.organization({ status: 'suspended' });
      const archived = await fx.organization({ status: 'archived' });
      const viewer = await fx.role({ key: 'viewer', rank: 10, permissions: ['b:read', 'a:read'] });
      const editor = await fx.role({ key: 'editor', rank: 10, permissions: ['a:read', 'a:write'] });
      const boss = await fx.role({ key: 'boss', rank: 90, permissions: ['z:all'] });
      const m1 = await fx.membership({
        userId: user,
        organizationId: active,
        isPrimary: true,
        joinedAt: '2024-01-01T00:00:00.000Z',
      });
      await fx.membershipRole(m1, editor, '2024-01-02T00:00:00.000Z');
      await fx.membershipRole(m1, viewer, '2024-01-01T00:00:00.000Z');
      await fx.membership({
        userId: user,
        organizationId: suspended,
        roles: [boss],
        joinedAt: '2024-02-01T00:00:00.000Z',
      });
      await fx.membership({ userId: user, organizationId: archived, roles: [boss] });
      const platform = await fx.role({ key: 'ops', scope: 'platform', rank: 5, permissions: ['ops:run', 'shared:x'] });
      await fx.platformRole(user, platform, '2024-03-01T00:00:00.000Z');
      await fx.globalPermission(user, 'shared:x', '2024-01-01T00:00:00.000Z');
      const resourceRole = await fx.role({ key: 'owner', scope: 'resource', rank: 1, permissions: ['doc:edit'] });
      await fx.resourceGrant({ userId: user, resourceType: 'doc', resourceId: 'd1', roleId: resourceRole });
      await fx.resourceGrant({ userId: user, resourceType: 'doc', resourceId: 'd2', permissionKey: 'doc:read' });
      await fx.identity(user, 'https://issuer.example', 'sub-1');

      const me = (await loadMeSnapshot(database.db, user, 's1'))!;
      assert.equal(me.user.fullName, 'Ada');
      assert.equal(me.sessionId, 's1');
      assert.deepEqual(
        me.memberships.map((m) => m.organization.id),
        [active, suspended],
      );
      const [first, second] = me.memberships;
      assert.deepEqual(
        first!.roles.map((r) => r.key),
        ['viewer', 'editor'],
        'ties: earliest granted first',
      );
      assert.equal(first!.topRole?.key, 'viewer');
      assert.deepEqual(first!.permissions, ['a:read', 'a:write', 'b:read']);
      assert.deepEqual(first!.organization.settings, { theme: 'dark' });
      assert.equal(second!.topRole?.key, 'boss');
      assert.deepEqual(second!.permissions, [], 'no permissions in a suspended organization');
      assert.deepEqual(
        me.globalPermissions.map((p) => [p.key, p.grantedAt]),
        [
          ['ops:run', '2024-03-01T00:00:00.000Z'],
          ['shared:x', '2024-01-01T00:00:00.000Z'],
        ],
      );
      assert.deepEqual(
        me.resourceRoleGrants.map((g) => [g.resourceId, g.role.key, g.role.permissions.map((p) => p.key)]),
        [['d1', 'owner', ['doc:edit']]],
      );
      assert.deepEqual(
        me.resourcePermissionGrants.map((g) => [g.resourceId, g.permission.key]),
        [['d2', 'doc:read']],
      );
      assert.deepEqual(
        me.identities.map((i) => i.subject),
        ['sub-1'],
      );
      assert.equal(me.currentOrganizationId, active);
      assert.ok(Object.isFrozen(me.memberships[0]));
    });

    test('current organization: this session, else the latest choice anywhere, else primary — active ones only', async () => {
      const user = await fx.user();
      const [a, b, c] = [await fx.organization(), await fx.organization(), await fx.organization()];
      await fx.membership({ userId: user, organizationId: a, isPrimary: true });
      const mb = await fx.membership({ userId: user, organizationId: b });
      await fx.membership({ userId: user, organizationId: c, status: 'suspended' });
      assert.equal((await loadMeSnapshot(database.db, user, 'new'))!.currentOrganizationId, a);
      await fx.sessionContext(user, 'old', b, '2024-01-01T00:00:00.000Z');
      assert.equal(
        (await loadMeSnapshot(database.db, user, 'new'))!.currentOrganizationId,
        b,
        'a new sign-in lands where the user left off',
      );
      await fx.sessionContext(user, 'mine', a, '2023-01-01T00:00:00.000Z');
      assert.equal((await loadMeSnapshot(database.db, user, 'mine'))!.currentOrganizationId, a);
      await fx.sessionContext(user, 'other', c, '2025-01-01T00:00:00.000Z');
      assert.equal(
        (await loadMeSnapshot(database.db, user, 'new'))!.currentOrganizationId,
        b,
        'a suspended membership is skipped',
      );
      await database.db.updateTable('memberships').set({ status: 'suspended' }).where('id', '=', mb).execute();
      await database.db.updateTable('organizations').set({ status: 'suspended' }).where('id', '=', a).execute();
      assert.equal((await loadMeSnapshot(database.db, user, 'mine'))!.currentOrganizationId, null);
    });

    test(`a fixed number of queries (${SNAPSHOT_QUERY_COUNT}) whatever the user's size; null for an unknown user`, async () => {
      const counted = countingQueries(database.db);
      const small = await fx.user();
      await loadMeSnapshot(counted.db, small, 's');
      assert.equal(counted.count(), SNAPSHOT_QUERY_COUNT);
      const big = await fx.user();
      const role = await fx.role({ key: `big-${big}`, rank: 1, permissions: ['p:1', 'p:2', 'p:3'] });
      for (let i = 0; i < 20; i += 1)
        await fx.membership({ userId: big, organizationId: await fx.organization(), roles: [role] });
      counted.reset();
      const me = await loadMeSnapshot(counted.db, big, 's');
      assert.equal(me!.memberships.length, 20);
      assert.equal(counted.count(), SNAPSHOT_QUERY_COUNT);
      assert.equal(await loadMeSnapshot(database.db, '00000000-0000-4000-8000-000000000000', 's'), null);
    });
  });
}
