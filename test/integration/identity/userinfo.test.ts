import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, beforeEach, describe, test } from 'node:test';
import { createTestClock, startTestApp, type TestApp, type TestClock } from '../../helpers/app.ts';
import { startClerkServer, type ClerkServer } from '../../helpers/clerk-server.ts';
import { testEngines } from '../../helpers/databases.ts';
import { countRows } from '../../helpers/db-counts.ts';
import { fixtures } from '../../helpers/fixtures.ts';

for (const engine of await testEngines()) {
  describe(`AUTH_USERINFO=oidc on ${engine}`, () => {
    let roster: TestApp;
    before(async () => {
      roster = await startTestApp(engine, { env: { AUTH_USERINFO: 'oidc' } });
    });
    beforeEach(() => roster.issuer.setDown(false));
    after(() => roster.close());

    test("learns email and names from the issuer's userinfo endpoint, called with the access token", async () => {
      const sub = `sub-${randomUUID()}`;
      const token = await roster.token({ sub });
      const seen: string[] = [];
      roster.issuer.setUserinfo((bearer) => {
        seen.push(bearer);
        return {
          sub,
          email: 'info@example.com',
          email_verified: true,
          given_name: 'Info',
          family_name: 'User',
          picture: 'https://img.example.com/a.png',
        };
      });
      const response = await roster.request({ method: 'GET', url: '/api/users/me', token });
      assert.equal(response.statusCode, 200);
      const { data } = response.json();
      assert.equal(data.email, 'info@example.com');
      assert.equal(data.emailVerified, true);
      assert.equal(data.fullName, 'Info User');
      assert.equal(data.avatarUrl, 'https://img.example.com/a.png');
      assert.deepEqual(seen, [token]);
    });

    test('userinfo values obey the attribute rules: a NUL email, a control-character name and an http picture are dropped', async () => {
      const sub = `sub-${randomUUID()}`;
      roster.issuer.setUserinfo(() => ({
        sub,
        email: 'in\u0000fo@example.com',
        email_verified: true,
        given_name: 'In\u0000fo',
        family_name: 'User',
        picture: 'http://img.example.com/a.png',
      }));
      const response = await roster.request({
        method: 'GET',
        url: '/api/users/me',
        token: await roster.token({ sub }),
      });
      assert.equal(response.statusCode, 200);
      const { data } = response.json();
      assert.equal(data.email, null);
      assert.equal(data.firstName, null);
      assert.equal(data.lastName, 'User');
      assert.equal(data.avatarUrl, null);
    });

    test('a userinfo answer about another subject is ignored', async () => {
      roster.issuer.setUserinfo(() => ({ sub: 'someone-else', email: 'else@example.com', email_verified: true }));
      const response = await roster.request({ method: 'GET', url: '/api/users/me', token: await roster.token({}) });
      assert.equal(response.statusCode, 200);
      assert.equal(response.json().data.email, null);
    });

    test('userinfo answering 5xx or unreachable: 503 Unavailable and nothing written', async () => {
      const before = await countRows(roster.database.db, 'users');
      roster.issuer.setUserinfo(() => 502);
      const failing = await roster.request({ method: 'GET', url: '/api/users/me', token: await roster.token({}) });
      assert.equal(failing.statusCode, 503);
      assert.equal(failing.json().error.code, 'Unavailable');
      const token = await roster.token({});
      roster.issuer.setDown(true, 'reset');
      const down = await roster.request({ method: 'GET', url: '/api/users/me', token });
      assert.equal(down.statusCode, 503);
      assert.equal(down.json().error.code, 'Unavailable');
      assert.equal(await countRows(roster.database.db, 'users'), before);
    });
  });

  describe(`AUTH_USERINFO=clerk on ${engine}`, () => {
    let roster: TestApp;
    let clerk: ClerkServer;
    before(async () => {
      clerk = await startClerkServer();
      roster = await startTestApp(engine, {
        env: { AUTH_USERINFO: 'clerk', CLERK_API_URL: clerk.url, CLERK_SECRET_KEY: clerk.secretKey },
      });
    });
    beforeEach(() => clerk.setDown(false));
    after(async () => {
      await roster.close();
      await clerk.close();
    });

    test("reads the primary email, its verification, names, image, phone and public_metadata from Clerk's user", async () => {
      const org = await fixtures(roster.database.db).organization();
      const id = `user_${randomUUID().replaceAll('-', '')}`;
      clerk.setUser({
        id,
        email: 'clerk@example.com',
        firstName: 'Cle',
        lastName: 'Rk',
        imageUrl: 'https://img.clerk.com/x.png',
        phone: '+14155550123',
        publicMetadata: { tenantId: org },
        unsafeMetadata: { role: 'admin' },
      });
      const response = await roster.request({
        method: 'GET',
        url: '/api/users/me',
        token: await roster.token({ sub: id }),
      });
      assert.equal(response.statusCode, 200);
      const { data } = response.json();
      assert.equal(data.email, 'clerk@example.com');
      assert.equal(data.emailVerified, true);
      assert.equal(data.fullName, 'Cle Rk');
      assert.equal(data.avatarUrl, 'https://img.clerk.com/x.png');
      assert.equal(data.phone, '+14155550123');
      assert.equal(data.tenantId, org);
      assert.equal(data.role, null);
      assert.ok(clerk.requests().includes(`/v1/users/${id}`));
    });

    test("Clerk's values obey the attribute rules: a NUL email, a control-character name and an http image are dropped", async () => {
      const id = `user_${randomUUID().replaceAll('-', '')}`;
      clerk.setUser({
        id,
        email: 'cl\u0000erk@example.com',
        firstName: 'Cle',
        lastName: 'R\u0000k',
        imageUrl: 'http://img.clerk.com/x.png',
        phone: '555',
      });
      const response = await roster.request({
        method: 'GET',
        url: '/api/users/me',
        token: await roster.token({ sub: id }),
      });
      assert.equal(response.statusCode, 200);
      const { data } = response.json();
      assert.equal(data.email, null);
      assert.equal(data.firstName, 'Cle');
      assert.equal(data.lastName, null);
      assert.equal(data.avatarUrl, null);
      assert.equal(data.phone, null);
    });

    test('an unverified primary address links nothing: 409 EmailNotVerified', async () => {
      await fixtures(roster.database.db).user({ email: 'taken@example.com' });
      const id = `user_${randomUUID().replaceAll('-', '')}`;
      clerk.setUser({ id, email: 'taken@example.com', emailVerified: false });
      const response = await roster.request({
        method: 'GET',
        url: '/api/users/me',
        token: await roster.token({ sub: id }),
      });
      assert.equal(response.statusCode, 409);
      assert.equal(response.json().error.code, 'EmailNotVerified');
    });

    test('Clerk down: 503 Unavailable and nothing written', async () => {
      const before = await countRows(roster.database.db, 'users');
      const id = `user_${randomUUID().replaceAll('-', '')}`;
      clerk.setUser({ id, email: 'down@example.com' });
      for (const how of ['status', 'reset'] as const) {
        clerk.setDown(true, how);
        const response = await roster.request({
          method: 'GET',
          url: '/api/users/me',
          token: await roster.token({ sub: id }),
        });
        assert.equal(response.statusCode, 503);
        assert.equal(response.json().error.code, 'Unavailable');
      }
      assert.equal(await countRows(roster.database.db, 'users'), before);
    });
  });

  describe(`known identities on ${engine}`, () => {
    let roster: TestApp;
    let clock: TestClock;
    before(async () => {
      clock = createTestClock('2030-01-01T00:00:00.000Z');
      roster = await startTestApp(engine, { clock });
    });
    after(() => roster.close());

    test('lastLoginAt is written at most once a minute', async () => {
      const sub = `sub-${randomUUID()}`;
      const token = await roster.token({ sub, email: 'clock@example.com', email_verified: true });
      const get = async () =>
        (await roster.request({ method: 'GET', url: '/api/users/me', token })).json().data.lastLoginAt;
      assert.equal(await get(), '2030-01-01T00:00:00.000Z');
      clock.advance(30_000);
      assert.equal(await get(), '2030-01-01T00:00:00.000Z');
      clock.advance(29_000);
      assert.equal(await get(), '2030-01-01T00:00:00.000Z');
      clock.advance(1_000);
      assert.equal(await get(), '2030-01-01T00:01:00.000Z');
      clock.advance(10_000);
      assert.equal(await get(), '2030-01-01T00:01:00.000Z');
    });
  });
}
