import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startAdminTestApp, type AdminTestApp } from '../../helpers/admin.ts';
import { testEngines } from '../../helpers/databases.ts';

for (const engine of await testEngines()) {
  describe(`admin permissions and roles on ${engine}`, () => {
    let roster: AdminTestApp;
    before(async () => {
      roster = await startAdminTestApp(engine);
      for (const key of ['projects:create', 'projects:read', 'projects:delete', 'reports:*']) {
        await roster.create('/api/admin/permissions', { key, description: `can ${key}` });
      }
    });
    after(() => roster.close());

    test('permissions: create, get by key, patch, 409, 400 on a bad key, 404 on an unknown key', async () => {
      const response = await roster.admin('POST', '/api/admin/permissions', {
        key: 'billing:read',
        description: 'Read billing',
      });
      assert.equal(response.statusCode, 201);
      assert.equal(response.json().data.key, 'billing:read');
      assert.equal((await roster.admin('POST', '/api/admin/permissions', { key: 'billing:read' })).statusCode, 409);
      for (const key of ['billing', 'Billing:read', 'billing:read:extra', 'a b:c']) {
        const bad = await roster.admin('POST', '/api/admin/permissions', { key });
        assert.equal(bad.statusCode, 400, key);
        assert.equal(bad.json().error.code, 'ValidationFailed');
      }
      const got = await roster.admin('GET', '/api/admin/permissions/billing:read');
      assert.equal(got.json().data.description, 'Read billing');
      const patched = await roster.admin('PATCH', '/api/admin/permissions/billing:read', { description: null });
      assert.equal(patched.statusCode, 200);
      assert.equal(patched.json().data.description, null);
      assert.equal(
        (await roster.admin('PATCH', '/api/admin/permissions/billing:read', { key: 'other:key' })).statusCode,
        400,
      );
      assert.equal((await roster.admin('GET', '/api/admin/permissions/nope:nope')).statusCode, 404);
      assert.equal((await roster.admin('DELETE', '/api/admin/permissions/nope:nope')).statusCode, 404);
    });

    test('permissions list by key with paging', async () => {
      const first = (await roster.admin('GET', '/api/admin/permissions?limit=2')).json();
      assert.equal(first.data.length, 2);
      assert.ok(first.nextCursor);
      const rest = (await roster.admin('GET', `/api/admin/permissions?limit=200&cursor=${first.nextCursor}`)).json();
      const keys = [...first.data, ...rest.data].map((permission: { key: string }) => permission.key);
      assert.deepEqual(keys, [...keys].sort());
      assert.equal(rest.nextCursor, null);
    });

    test('roles: create with permissions (sorted), get, list filters', async () => {
      const response = await roster.admin('POST', '/api/admin/roles', {
        key: 'editor',
        name: 'Editor',
        color: '#AA00ff',
        rank: 20,
        scope: 'organization',
        permissions: ['projects:read', 'projects:create'],
      });
      assert.equal(response.statusCode, 201);
      const role = response.json().data;
      assert.deepEqual(role.permissions, ['projects:create', 'projects:read']);
      assert.equal(role.organizationId, null);
      assert.equal(role.rank, 20);
      assert.deepEqual((await roster.admin('GET', `/api/admin/roles/${role.id}`)).json().data, role);
      const platform = (await roster.admin('GET', '/api/admin/roles?scope=platform')).json().data;
      assert.ok(platform.every((item: { scope: string }) => item.scope === 'platform'));
      const organizationRoles = (
        await roster.admin('GET', '/api/admin/roles?scope=organization&organizationId=global')
      ).json().data;
      assert.ok(organizationRoles.some((item: { id: string }) => item.id === role.id));
    });

    test('roles: bad color, scope, rank, unknown permission and unknown organization are 400', async () => {
      const organization = await roster.create('/api/admin/organizations', { name: 'R', slug: 'roles-org' });
      for (const body of [
        { key: 'x1', name: 'X', scope: 'organization', color: 'red' },
        { key: 'x2', name: 'X', scope: 'tenant' },
        { key: 'x3', name: 'X', scope: 'organization', rank: 1.5 },
        { key: 'x4', name: 'X', scope: 'organization', permissions: ['no:such'] },
        { key: 'x5', name: 'X', scope: 'organization', organizationId: '00000000-0000-4000-8000-000000000000' },
        { key: 'x6', name: 'X', scope: 'platform', organizationId: organization.id },
      ]) {
        const response = await roster.admin('POST', '/api/admin/roles', body);
        assert.equal(response.statusCode, 400, JSON.stringify(body));
        assert.equal(response.json().error.code, 'ValidationFailed');
      }
    });

    test('roles: a key is unique per scope globally and per organization; an organization may shadow a global key', async () => {
      const organization = await roster.create('/api/admin/organizations', { name: 'S', slug: 'shadow-org' });
      await roster.create('/api/admin/roles', { key: 'viewer', name: 'Viewer', scope: 'organization' });
      assert.equal(
        (await roster.admin('POST', '/api/admin/roles', { key: 'viewer', name: 'Again', scope: 'organization' }))
          .statusCode,
        409,
      );
      assert.equal(
        (await roster.admin('POST', '/api/admin/roles', { key: 'viewer', name: 'Platform viewer', scope: 'platform' }))
          .statusCode,
        201,
      );
      const own = { key: 'viewer', name: 'Own viewer', scope: 'organization', organizationId: organization.id };
      assert.equal((await roster.admin('POST', '/api/admin/roles', own)).statusCode, 201);
      assert.equal((await roster.admin('POST', '/api/admin/roles', own)).statusCode, 409);
    });

    test('roles: PATCH replaces the permission set; scope is fixed', async () => {
      const role = await roster.create('/api/admin/roles', {
        key: 'patchable',
        name: 'P',
        scope: 'organization',
        permissions: ['projects:read'],
      });
      const response = await roster.admin('PATCH', `/api/admin/roles/${role.id}`, {
        permissions: ['reports:*', 'projects:delete'],
        rank: 5,
        name: 'Patched',
      });
      assert.equal(response.statusCode, 200);
      assert.deepEqual(response.json().data.permissions, ['projects:delete', 'reports:*']);
      assert.equal(response.json().data.name, 'Patched');
      assert.equal((await roster.admin('PATCH', `/api/admin/roles/${role.id}`, { scope: 'platform' })).statusCode, 400);
      assert.equal(
        (await roster.admin('PATCH', `/api/admin/roles/${role.id}`, { permissions: ['no:such'] })).statusCode,
        400,
      );
      assert.equal(
        (await roster.admin('PATCH', '/api/admin/roles/00000000-0000-4000-8000-000000000000', { rank: 1 })).statusCode,
        404,
      );
    });

    test('deleting a permission removes it from roles and grants; deleting a role announces all', async () => {
      await roster.create('/api/admin/permissions', { key: 'temp:thing' });
      const role = await roster.create('/api/admin/roles', {
        key: 'temp-holder',
        name: 'T',
        scope: 'organization',
        permissions: ['temp:thing', 'projects:read'],
      });
      const user = await roster.create('/api/admin/users', { email: 'temp-holder@example.com' });
      await roster.create(`/api/admin/users/${user.id}/permissions`, { key: 'temp:thing' });
      const changes: unknown[] = [];
      const unsubscribe = roster.changeBus.subscribe((change) => changes.push(change));
      assert.equal((await roster.admin('DELETE', '/api/admin/permissions/temp:thing')).statusCode, 204);
      assert.deepEqual((await roster.admin('GET', `/api/admin/roles/${role.id}`)).json().data.permissions, [
        'projects:read',
      ]);
      const grants = await roster.database.db
        .selectFrom('globalPermissionGrants')
        .selectAll()
        .where('userId', '=', user.id)
        .execute();
      assert.equal(grants.length, 0);
      assert.equal((await roster.admin('DELETE', `/api/admin/roles/${role.id}`)).statusCode, 204);
      assert.equal((await roster.admin('GET', `/api/admin/roles/${role.id}`)).statusCode, 404);
      unsubscribe();
      assert.deepEqual(changes, [{ scope: 'all' }, { scope: 'all' }]);
    });
  });
}
