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
        roster.request({
          method,
          url,
          headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
        });
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
      assert.deepEqual(
        direct.json().error.details.map((detail: Any) => detail.field),
        ['key'],
      );
      const onResource = await roster.admin('POST', `/api/admin/users/${user.id}/resource-grants`, {
        resourceType: 'deal',
        resourceId: 'd1',
        permission: 'no:pe',
      });
      assert.equal(onResource.statusCode, 400);
      assert.deepEqual(
        onResource.json().error.details.map((detail: Any) => detail.field),
        ['permission'],
      );
    });

    test('a NUL character is refused: 400 naming the body field, 400 naming the query parameter, 404 for a path id', async () => {
      const body = await roster.admin('POST', '/api/admin/organizations', { name: 'a\u0000b', slug: 'nul-org' });
      assert.equal(body.statusCode, 400);
      assert.equal(body.json().error.code, 'ValidationFailed');
      assert.deepEqual(
        body.json().error.details.map((detail: Any) => detail.field),
        ['name'],
      );
      const nested = await roster.admin('POST', '/api/admin/organizations', {
        name: 'Nested',
        slug: 'nul-nested',
        settings: { theme: { name: 'x\u0000' } },
      });
      assert.deepEqual(
        nested.json().error.details.map((detail: Any) => detail.field),
        ['settings.theme.name'],
      );
      for (const url of ['/api/admin/users?email=a%00b@example.com', '/api/admin/audit-events?actor=a%00b']) {
        const response = await roster.admin('GET', url);
        assert.equal(response.statusCode, 400, url);
        assert.equal(response.json().error.code, 'InvalidParameter');
      }
      for (const url of [
        '/api/admin/organizations/a%00b',
        '/api/admin/users/a%00b',
        '/api/admin/permissions/a%00b',
        '/api/admin/memberships/a%00b',
      ]) {
        const response = await roster.admin('GET', url);
        assert.equal(response.statusCode, 404, url);
        assert.equal(response.json().error.code, 'NotFound');
      }
      assert.equal(
        (await roster.admin('GET', '/api/admin/organizations?limit=200'))
          .json()
          .data.some((o: Any) => o.slug.startsWith('nul-')),
        false,
      );
    });

    test('non-ASCII email addresses are stored as sent and compared with ASCII lower-casing only', async () => {
      const upper = await newUser('Ünï@Example.com');
      assert.equal(upper.email, 'Ünï@Example.com');
      const lower = await newUser('ünï@example.com');
      assert.notEqual(lower.id, upper.id, 'Ü and ü are different addresses');
      const again = await roster.admin('POST', '/api/admin/users', { email: 'Ünï@EXAMPLE.com' });
      assert.equal(again.statusCode, 409);
      const found = (
        await roster.admin('GET', `/api/admin/users?email=${encodeURIComponent('Ünï@example.COM')}`)
      ).json();
      assert.deepEqual(
        found.data.map((user: Any) => user.id),
        [upper.id],
      );
      const invited = await roster.admin('POST', '/api/admin/invitations', {
        email: 'zoë@exämple.com',
        organizationId: acme.id,
      });
      assert.equal(invited.statusCode, 201);
      for (const email of ['no spaces@example.com', 'two@@example.com', 'nodot@example', 'a@b..com']) {
        assert.equal((await roster.admin('POST', '/api/admin/users', { email })).statusCode, 400, email);
      }
    });

    test('a cursor works only on the list that gave it out', async () => {
      for (const key of ['one', 'two', 'three'])
        await roster.create('/api/admin/roles', { key: `cursor-${key}`, name: key, scope: 'organization' });
      const roles = (await roster.admin('GET', '/api/admin/roles?limit=1')).json();
      assert.ok(roles.nextCursor);
      assert.equal((await roster.admin('GET', `/api/admin/roles?limit=1&cursor=${roles.nextCursor}`)).statusCode, 200);
      for (const list of ['organizations', 'users', 'audit-events', 'invitations', 'permissions']) {
        const response = await roster.admin('GET', `/api/admin/${list}?cursor=${roles.nextCursor}`);
        assert.equal(response.statusCode, 400, list);
        assert.equal(response.json().error.code, 'InvalidParameter');
      }
      const other = await roster.create('/api/admin/organizations', { name: 'Cursor Co', slug: 'cursor-co' });
      for (const email of ['c1@example.com', 'c2@example.com']) {
        await roster.create(`/api/admin/organizations/${acme.id}/members`, { userId: (await newUser(email)).id });
      }
      const members = (await roster.admin('GET', `/api/admin/organizations/${acme.id}/members?limit=1`)).json();
      assert.ok(members.nextCursor);
      assert.equal(
        (await roster.admin('GET', `/api/admin/organizations/${other.id}/members?cursor=${members.nextCursor}`))
          .statusCode,
        400,
      );
    });

    test('a member added without roles gets ROSTER_DEFAULT_ROLE where it is usable; an explicit [] gets none', async () => {
      const member = await roster.create('/api/admin/roles', {
        key: 'member',
        name: 'Member',
        scope: 'organization',
        rank: 0,
      });
      const implicit = await roster.create(`/api/admin/organizations/${acme.id}/members`, {
        userId: (await newUser('implicit@example.com')).id,
      });
      assert.deepEqual(implicit.roles, [{ id: member.id, key: 'member', name: 'Member' }]);
      const explicit = await roster.create(`/api/admin/organizations/${acme.id}/members`, {
        userId: (await newUser('explicit@example.com')).id,
        roles: [],
      });
      assert.deepEqual(explicit.roles, []);
    });
  });

  describe(`admin API default role when none exists, on ${engine}`, () => {
    test('a member added without roles simply has none', async () => {
      const roster = await startAdminTestApp(engine, { ROSTER_DEFAULT_ROLE: 'no-such-role' });
      try {
        const organization = await roster.create('/api/admin/organizations', { name: 'Initech', slug: 'initech' });
        const user = await roster.create('/api/admin/users', { email: 'norole@example.com' });
        const membership = await roster.create(`/api/admin/organizations/${organization.id}/members`, {
          userId: user.id,
        });
        assert.deepEqual(membership.roles, []);
      } finally {
        await roster.close();
      }
    });
  });
}
