import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ADMIN_TOKEN, startAdminTestApp, type AdminTestApp } from '../../helpers/admin.ts';
import { testEngines } from '../../helpers/databases.ts';

type Any = Record<string, any>;

for (const engine of await testEngines()) {
  describe(`admin API edges on ${engine}`, () => {
    let roster: AdminTestApp;
    let acme: Any;
    const newUser = (email: string) => roster.create('/api/admin/users', { email });
    before(async () => {
      roster = await startAdminTestApp(engine);
      acme = await roster.create('/api/admin/organizations', { name: 'Acme', slug: 'acme' });
    });
    after(() => roster.close());

    test('DELETE and PUT with Content-Type: application/json and no body are 204, not 400', async () => {
      const user = await newUser('empty-body@example.com');
      const withJsonHeader = (method: 'PUT' | 'DELETE', url: string) =>
        roster.request({ method, url, headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' } });
      assert.equal((await withJsonHeader('PUT', `/api/admin/users/${user.id}/platform-admin`)).statusCode, 204);
      assert.equal((await withJsonHeader('DELETE', `/api/admin/users/${user.id}/platform-admin`)).statusCode, 204);
      await roster.create('/api/admin/permissions', { key: 'empty:body' });
      assert.equal((await withJsonHeader('DELETE', '/api/admin/permissions/empty:body')).statusCode, 204);
      assert.equal((await roster.admin('GET', '/api/admin/permissions/empty:body')).statusCode, 404);
    });

    test('a POST with a JSON Content-Type and no body is 400 ValidationFailed', async () => {
      const response = await roster.request({
        method: 'POST',
        url: '/api/admin/organizations',
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      });
      assert.equal(response.statusCode, 400);
      assert.equal(response.json().error.code, 'ValidationFailed');
    });

    test('an unknown permission in a single-valued body field is reported on that field, not on an index', async () => {
      const user = await newUser('grant-field@example.com');
      const direct = await roster.admin('POST', `/api/admin/users/${user.id}/permissions`, { key: 'nope:nope' });
      assert.equal(direct.statusCode, 400);
      assert.deepEqual(direct.json().error.details.map((detail: Any) => detail.field), ['key']);
      const onResource = await roster.admin('POST', `/api/admin/users/${user.id}/resource-grants`, { resourceType: 'deal', resourceId: 'd1', permission: 'no:pe' });
      assert.equal(onResource.statusCode, 400);
      assert.deepEqual(onResource.json().error.details.map((detail: Any) => detail.field), ['permission']);
    });

    test('a member added without roles gets ROSTER_DEFAULT_ROLE where it is usable; an explicit [] gets none', async () => {
      const member = await roster.create('/api/admin/roles', { key: 'member', name: 'Member', scope: 'organization', rank: 0 });
      const implicit = await roster.create(`/api/admin/organizations/${acme.id}/members`, { userId: (await newUser('implicit@example.com')).id });
      assert.deepEqual(implicit.roles, [{ id: member.id, key: 'member', name: 'Member' }]);
      const explicit = await roster.create(`/api/admin/organizations/${acme.id}/members`, { userId: (await newUser('explicit@example.com')).id, roles: [] });
      assert.deepEqual(explicit.roles, []);
    });
  });

  describe(`admin API default role when none exists, on ${engine}`, () => {
    test('a member added without roles simply has none', async () => {
      const roster = await startAdminTestApp(engine, { ROSTER_DEFAULT_ROLE: 'no-such-role' });
      try {
        const organization = await roster.create('/api/admin/organizations', { name: 'Initech', slug: 'initech' });
        const user = await roster.create('/api/admin/users', { email: 'norole@example.com' });
        const membership = await roster.create(`/api/admin/organizations/${organization.id}/members`, { userId: user.id });
        assert.deepEqual(membership.roles, []);
      } finally {
        await roster.close();
      }
    });
  });
}
