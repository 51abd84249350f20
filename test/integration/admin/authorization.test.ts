import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { ADMIN_TOKEN, startAdminTestApp, type AdminTestApp } from '../../helpers/admin.ts';
import { testEngines } from '../../helpers/databases.ts';

for (const engine of await testEngines()) {
  describe(`admin authorization on ${engine}`, () => {
    let roster: AdminTestApp;
    /** Links a fresh subject of the test issuer to `userId`, as provisioning would. */
    const signedInAs = async (userId: string) => {
      const subject = `sub-${randomUUID()}`;
      await roster.database.db
        .insertInto('identities')
        .values({ id: randomUUID(), userId, issuer: roster.issuer.url, subject, createdAt: new Date().toISOString() })
        .execute();
      return roster.token({ sub: subject });
    };
    const list = (token?: string, authorization?: string) =>
      roster.request({
        method: 'GET',
        url: '/api/admin/organizations',
        ...(token ? { token } : {}),
        ...(authorization ? { headers: { authorization } } : {}),
      });

    before(async () => {
      roster = await startAdminTestApp(engine);
    });
    after(() => roster.close());

    test('no credentials: 401 MissingToken', async () => {
      const response = await list();
      assert.equal(response.statusCode, 401);
      assert.equal(response.json().error.code, 'MissingToken');
      assert.equal((await list(undefined, 'Basic dXNlcjpwYXNz')).json().error.code, 'MissingToken');
    });

    test('the admin token passes; a wrong one, or a token failing verification, is 401 InvalidToken', async () => {
      assert.equal((await list(ADMIN_TOKEN)).statusCode, 200);
      for (const token of [
        `${ADMIN_TOKEN}x`,
        'short',
        await roster.token({ exp: Math.floor(Date.now() / 1000) - 3600 }),
      ]) {
        const response = await list(token);
        assert.equal(response.statusCode, 401);
        assert.equal(response.json().error.code, 'InvalidToken');
      }
    });

    test('a platform admin passes and is the actor in audit', async () => {
      const user = await roster.create('/api/admin/users', { email: 'platform-admin@example.com' });
      assert.equal((await roster.admin('PUT', `/api/admin/users/${user.id}/platform-admin`)).statusCode, 204);
      const token = await signedInAs(user.id);
      const created = await roster.request({
        method: 'POST',
        url: '/api/admin/permissions',
        token,
        payload: { key: 'by:platform-admin' },
      });
      assert.equal(created.statusCode, 201);
      const events = (await roster.admin('GET', '/api/admin/audit-events?action=permission.created')).json().data;
      assert.equal(
        events.find((event: { target: { id: string } }) => event.target.id === 'by:platform-admin').actor,
        user.id,
      );

      assert.equal((await roster.admin('DELETE', `/api/admin/users/${user.id}/platform-admin`)).statusCode, 204);
      assert.equal((await list(token)).statusCode, 403, 'revocation takes effect on the next request');
    });

    test('a holder of roster:admin passes, directly or through a platform role', async () => {
      await roster.create('/api/admin/permissions', { key: 'roster:admin' });
      const direct = await roster.create('/api/admin/users', { email: 'direct-holder@example.com' });
      await roster.create(`/api/admin/users/${direct.id}/permissions`, { key: 'roster:admin' });
      assert.equal((await list(await signedInAs(direct.id))).statusCode, 200);

      await roster.create('/api/admin/roles', {
        key: 'operator',
        name: 'Operator',
        scope: 'platform',
        permissions: ['roster:admin'],
      });
      const viaRole = await roster.create('/api/admin/users', { email: 'role-holder@example.com' });
      await roster.create(`/api/admin/users/${viaRole.id}/roles`, { role: 'operator' });
      assert.equal((await list(await signedInAs(viaRole.id))).statusCode, 200);
    });

    test('a signed-in non-admin is 403 Forbidden', async () => {
      const user = await roster.create('/api/admin/users', { email: 'plain@example.com' });
      const response = await list(await signedInAs(user.id));
      assert.equal(response.statusCode, 403);
      assert.equal(response.json().error.code, 'Forbidden');
    });

    test('an unknown identity is 403 and no user is created', async () => {
      const count = async () =>
        Number(
          (
            await roster.database.db
              .selectFrom('users')
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      const before = await count();
      const token = await roster.token({ email: 'stranger@example.com', email_verified: true });
      const response = await list(token);
      assert.equal(response.statusCode, 403);
      assert.equal(response.json().error.code, 'Forbidden');
      assert.equal(await count(), before);
      const identities = await roster.database.db
        .selectFrom('identities')
        .selectAll()
        .where('issuer', '=', roster.issuer.url)
        .execute();
      assert.ok(identities.every((identity) => identity.subject.startsWith('sub-')));
    });
  });

  describe(`admin API without ROSTER_ADMIN_TOKEN on ${engine}`, () => {
    test('any bearer that is not a valid token is 401 InvalidToken', async () => {
      const roster = await startAdminTestApp(engine, { ROSTER_ADMIN_TOKEN: '' });
      try {
        const response = await roster.admin('GET', '/api/admin/organizations');
        assert.equal(response.statusCode, 401);
        assert.equal(response.json().error.code, 'InvalidToken');
      } finally {
        await roster.close();
      }
    });
  });
}
