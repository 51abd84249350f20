import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startAdminTestApp, type AdminTestApp } from '../../helpers/admin.ts';
import { testEngines } from '../../helpers/databases.ts';

type Any = Record<string, any>;

for (const engine of await testEngines()) {
  describe(`admin memberships on ${engine}`, () => {
    let roster: AdminTestApp;
    let acme: Any;
    let globex: Any;
    let globalCoach: Any;
    let acmeCoach: Any;
    before(async () => {
      roster = await startAdminTestApp(engine);
      acme = await roster.create('/api/admin/organizations', { name: 'Acme', slug: 'acme' });
      globex = await roster.create('/api/admin/organizations', { name: 'Globex', slug: 'globex' });
      globalCoach = await roster.create('/api/admin/roles', {
        key: 'coach',
        name: 'Coach',
        scope: 'organization',
        rank: 10,
      });
      acmeCoach = await roster.create('/api/admin/roles', {
        key: 'coach',
        name: 'Acme Coach',
        scope: 'organization',
        rank: 11,
        organizationId: acme.id,
      });
      await roster.create('/api/admin/roles', { key: 'manager', name: 'Manager', scope: 'organization', rank: 20 });
      await roster.create('/api/admin/roles', { key: 'ops', name: 'Ops', scope: 'platform' });
    });
    after(() => roster.close());

    test("POST renders exactly the membership shape; a key means the organization's own role first", async () => {
      const user = await roster.create('/api/admin/users', { email: 'member-one@example.com' });
      const response = await roster.admin('POST', `/api/admin/organizations/${acme.id}/members`, {
        userId: user.id,
        roles: ['coach', 'manager'],
      });
      assert.equal(response.statusCode, 201);
      const membership = response.json().data;
      assert.deepEqual(Object.keys(membership).sort(), [
        'id',
        'isPrimary',
        'joinedAt',
        'organizationId',
        'roles',
        'status',
        'userId',
      ]);
      assert.equal(membership.status, 'active');
      assert.equal(membership.isPrimary, true, 'primary when the user had none');
      assert.deepEqual(
        membership.roles.map((role: Any) => role.id).sort(),
        [acmeCoach.id, (await roleByKey('manager')).id].sort(),
      );
      assert.deepEqual(membership.roles[0], { id: (await roleByKey('manager')).id, key: 'manager', name: 'Manager' });

      const elsewhere = await roster.create(`/api/admin/organizations/${globex.id}/members`, {
        email: 'MEMBER-ONE@example.com',
        roles: ['coach'],
      });
      assert.deepEqual(elsewhere.roles, [{ id: globalCoach.id, key: 'coach', name: 'Coach' }]);
      assert.equal(elsewhere.isPrimary, false);
      const duplicate = await roster.admin('POST', `/api/admin/organizations/${acme.id}/members`, { userId: user.id });
      assert.equal(duplicate.statusCode, 409);
    });

    test('roles must be organization roles usable there; unknown users and roles are 400; unknown organization 404', async () => {
      const user = await roster.create('/api/admin/users', { email: 'member-two@example.com' });
      for (const body of [
        { userId: user.id, roles: ['ops'] },
        { userId: user.id, roles: [acmeCoach.id] },
        { userId: user.id, roles: ['nope'] },
        { userId: '00000000-0000-4000-8000-000000000000' },
        { email: 'nobody@example.com' },
        { userId: user.id, email: 'member-two@example.com' },
        {},
        { userId: user.id, status: 'gone' },
      ]) {
        const response = await roster.admin('POST', `/api/admin/organizations/${globex.id}/members`, body);
        assert.equal(response.statusCode, 400, JSON.stringify(body));
        assert.equal(response.json().error.code, 'ValidationFailed');
      }
      const missing = await roster.admin(
        'POST',
        '/api/admin/organizations/00000000-0000-4000-8000-000000000000/members',
        { userId: user.id },
      );
      assert.equal(missing.statusCode, 404);
      assert.equal(
        (await roster.admin('GET', '/api/admin/organizations/00000000-0000-4000-8000-000000000000/members')).statusCode,
        404,
      );
    });

    test('at most one primary membership: setting one clears the other', async () => {
      const user = await roster.create('/api/admin/users', { email: 'primary@example.com' });
      const first = await roster.create(`/api/admin/organizations/${acme.id}/members`, { userId: user.id });
      const second = await roster.create(`/api/admin/organizations/${globex.id}/members`, {
        userId: user.id,
        isPrimary: true,
      });
      assert.equal(second.isPrimary, true);
      assert.equal((await roster.admin('GET', `/api/admin/memberships/${first.id}`)).json().data.isPrimary, false);
      const back = await roster.admin('PATCH', `/api/admin/memberships/${first.id}`, { isPrimary: true });
      assert.equal(back.json().data.isPrimary, true);
      assert.equal((await roster.admin('GET', `/api/admin/memberships/${second.id}`)).json().data.isPrimary, false);
    });

    test('PATCH replaces roles and status; DELETE removes it and the session contexts there', async () => {
      const user = await roster.create('/api/admin/users', { email: 'patch-member@example.com' });
      const membership = await roster.create(`/api/admin/organizations/${acme.id}/members`, {
        userId: user.id,
        roles: ['manager'],
      });
      const changes: unknown[] = [];
      const unsubscribe = roster.changeBus.subscribe((change) => changes.push(change));
      const patched = await roster.admin('PATCH', `/api/admin/memberships/${membership.id}`, {
        roles: ['coach'],
        status: 'suspended',
      });
      assert.equal(patched.statusCode, 200);
      assert.equal(patched.json().data.status, 'suspended');
      assert.deepEqual(patched.json().data.roles, [{ id: acmeCoach.id, key: 'coach', name: 'Acme Coach' }]);
      assert.equal(
        (await roster.admin('PATCH', `/api/admin/memberships/${membership.id}`, { roles: ['ops'] })).statusCode,
        400,
      );
      await roster.database.db
        .insertInto('sessionContexts')
        .values({ userId: user.id, sessionId: 's1', organizationId: acme.id, updatedAt: new Date().toISOString() })
        .execute();
      assert.equal((await roster.admin('DELETE', `/api/admin/memberships/${membership.id}`)).statusCode, 204);
      unsubscribe();
      assert.deepEqual(changes, [
        { scope: 'users', userIds: [user.id] },
        { scope: 'users', userIds: [user.id] },
      ]);
      const contexts = await roster.database.db
        .selectFrom('sessionContexts')
        .selectAll()
        .where('userId', '=', user.id)
        .execute();
      assert.equal(contexts.length, 0);
      assert.equal((await roster.admin('DELETE', `/api/admin/memberships/${membership.id}`)).statusCode, 404);
      assert.equal(
        (await roster.admin('PATCH', `/api/admin/memberships/${membership.id}`, { status: 'active' })).statusCode,
        404,
      );
    });

    test("GET lists the organization's members with paging", async () => {
      const organization = await roster.create('/api/admin/organizations', { name: 'Paged', slug: 'paged-members' });
      for (let index = 0; index < 3; index += 1) {
        const user = await roster.create('/api/admin/users', { email: `paged-${index}@example.com` });
        await roster.create(`/api/admin/organizations/${organization.id}/members`, {
          userId: user.id,
          roles: ['manager'],
        });
      }
      const first = (await roster.admin('GET', `/api/admin/organizations/${organization.id}/members?limit=2`)).json();
      assert.equal(first.data.length, 2);
      assert.equal(first.data[0].roles[0].key, 'manager');
      const second = (
        await roster.admin(
          'GET',
          `/api/admin/organizations/${organization.id}/members?limit=2&cursor=${first.nextCursor}`,
        )
      ).json();
      assert.equal(second.data.length, 1);
      assert.equal(second.nextCursor, null);
    });

    async function roleByKey(key: string): Promise<Any> {
      return (await roster.admin('GET', '/api/admin/roles?limit=200'))
        .json()
        .data.find((role: Any) => role.key === key && role.organizationId === null);
    }
  });
}
