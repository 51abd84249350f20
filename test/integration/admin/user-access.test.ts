import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { startAdminTestApp, type AdminTestApp } from '../../helpers/admin.ts';
import { testEngines } from '../../helpers/databases.ts';

for (const engine of await testEngines()) {
  describe(`GET /api/admin/users/:id/access (${engine})`, () => {
    let roster: AdminTestApp;
    let userId: string;
    let acme: { id: string };
    let frozen: { id: string };
    let memberToken: string;
    before(async () => {
      roster = await startAdminTestApp(engine);
      for (const key of ['projects:edit', 'projects:read', 'reports:read', 'deals:edit'])
        await roster.create('/api/admin/permissions', { key });
      await roster.create('/api/admin/roles', {
        key: 'editor',
        name: 'Editor',
        rank: 40,
        color: '#1565C0',
        scope: 'organization',
        permissions: ['projects:edit', 'projects:read'],
      });
      await roster.create('/api/admin/roles', {
        key: 'viewer',
        name: 'Viewer',
        rank: 10,
        scope: 'organization',
        permissions: ['projects:read'],
      });
      await roster.create('/api/admin/roles', {
        key: 'deal-owner',
        name: 'Deal owner',
        rank: 5,
        scope: 'resource',
        permissions: ['deals:edit'],
      });
      acme = await roster.create('/api/admin/organizations', { name: 'Acme', slug: 'acme' });
      frozen = await roster.create('/api/admin/organizations', { name: 'Frozen', slug: 'frozen' });
      memberToken = await roster.token({ sub: 'mia', email: 'mia@example.com', email_verified: true });
      userId = (await roster.request({ method: 'GET', url: '/api/users/me', token: memberToken })).json().data.id;
      await roster.create(`/api/admin/organizations/${acme.id}/members`, {
        userId,
        roles: ['viewer', 'editor'],
        isPrimary: true,
      });
      await roster.create(`/api/admin/organizations/${frozen.id}/members`, { userId, roles: ['viewer'] });
      assert.equal(
        (await roster.admin('PATCH', `/api/admin/organizations/${frozen.id}`, { status: 'suspended' })).statusCode,
        200,
      );
      await roster.create(`/api/admin/users/${userId}/permissions`, { key: 'reports:read' });
      await roster.create(`/api/admin/users/${userId}/resource-grants`, {
        resourceType: 'deal',
        resourceId: '42',
        role: 'deal-owner',
      });
      await roster.create(`/api/admin/users/${userId}/resource-grants`, {
        resourceType: 'project',
        resourceId: 'p1',
        permission: 'projects:edit',
      });
    });
    after(() => roster?.close());

    const access = (id: string, token?: string) =>
      roster.request({
        method: 'GET',
        url: `/api/admin/users/${id}/access`,
        ...(token === undefined ? {} : { headers: { authorization: `Bearer ${token}` } }),
      });

    test('renders memberships, roles by rank, permissions per organization and every grant with its id', async () => {
      const response = await roster.admin('GET', `/api/admin/users/${userId}/access`);
      assert.equal(response.statusCode, 200, response.body);
      assert.equal(response.headers['cache-control'], 'no-store');
      const data = response.json().data;
      assert.equal(data.userId, userId);
      assert.equal(data.email, 'mia@example.com');
      assert.equal(data.isPlatformAdmin, false);
      assert.equal(data.currentOrganizationId, acme.id);
      const [first, second] = data.organizations;
      assert.deepEqual(
        {
          ...first,
          membershipId: typeof first.membershipId,
          roles: first.roles.map((role: { key: string; rank: number; color: string | null }) => [
            role.key,
            role.rank,
            role.color,
          ]),
        },
        {
          id: acme.id,
          name: 'Acme',
          slug: 'acme',
          status: 'active',
          membershipId: 'string',
          membershipStatus: 'active',
          isPrimary: true,
          isCurrent: true,
          roles: [
            ['editor', 40, '#1565C0'],
            ['viewer', 10, null],
          ],
          permissions: ['projects:edit', 'projects:read'],
        },
      );
      assert.equal(second.id, frozen.id);
      assert.equal(second.status, 'suspended');
      assert.deepEqual(second.permissions, [], 'no permissions in a suspended organization');
      assert.deepEqual(
        data.globalPermissions.map((grant: { key: string }) => grant.key),
        ['reports:read'],
      );
      assert.deepEqual(data.platformRoles, []);
      assert.equal(data.resourceRoleGrants.length, 1);
      assert.deepEqual(
        [
          data.resourceRoleGrants[0].resourceType,
          data.resourceRoleGrants[0].resourceId,
          data.resourceRoleGrants[0].role.key,
          data.resourceRoleGrants[0].permissions,
        ],
        ['deal', '42', 'deal-owner', ['deals:edit']],
      );
      assert.deepEqual(
        data.resourcePermissionGrants.map(({ resourceType, resourceId, permission }: Record<string, string>) => [
          resourceType,
          resourceId,
          permission,
        ]),
        [['project', 'p1', 'projects:edit']],
      );
      // The ids are the ones the revoke route takes.
      const revoke = await roster.admin(
        'DELETE',
        `/api/admin/users/${userId}/resource-grants/${data.resourcePermissionGrants[0].id}`,
      );
      assert.equal(revoke.statusCode, 204);
      await roster.create(`/api/admin/users/${userId}/resource-grants`, {
        resourceType: 'project',
        resourceId: 'p1',
        permission: 'projects:edit',
      });
    });

    test('reflects a write on the very next request', async () => {
      assert.equal((await roster.admin('PUT', `/api/admin/users/${userId}/platform-admin`)).statusCode, 204);
      assert.equal(
        (await roster.admin('DELETE', `/api/admin/users/${userId}/permissions/reports:read`)).statusCode,
        204,
      );
      const data = (await roster.admin('GET', `/api/admin/users/${userId}/access`)).json().data;
      assert.equal(data.isPlatformAdmin, true);
      assert.deepEqual(data.globalPermissions, []);
      assert.equal((await roster.admin('DELETE', `/api/admin/users/${userId}/platform-admin`)).statusCode, 204);
      await roster.create(`/api/admin/users/${userId}/permissions`, { key: 'reports:read' });
    });

    test('an unknown or malformed id is 404, and only admins may ask', async () => {
      for (const id of [randomUUID(), 'not-a-uuid', "1'%20OR%201=1"]) {
        const response = await roster.admin('GET', `/api/admin/users/${id}/access`);
        assert.equal(response.statusCode, 404, id);
        assert.equal(response.json().error.code, 'NotFound');
      }
      const anonymous = await access(userId);
      assert.equal(anonymous.statusCode, 401);
      assert.equal(anonymous.json().error.code, 'MissingToken');
      assert.equal((await access(userId, 'wrong-admin-token')).json().error.code, 'InvalidToken');
      const forbidden = await access(userId, memberToken);
      assert.equal(forbidden.statusCode, 403);
      assert.equal(forbidden.json().error.code, 'Forbidden');
      assert.doesNotMatch(forbidden.body, /mia@example\.com/);
    });

    test('is in the OpenAPI document with its answers', async () => {
      const document = (await roster.request({ method: 'GET', url: '/openapi.json' })).json();
      const route = document.paths['/api/admin/users/{id}/access'].get;
      assert.ok(route.responses['200'].content['application/json'].schema.properties.data.properties.organizations);
      assert.ok(route.responses['404']);
    });
  });
}
