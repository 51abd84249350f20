import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestApp, type TestApp } from '../../helpers/app.ts';
import { testEngines } from '../../helpers/databases.ts';
import { fixtures, type Fixtures } from '../../helpers/fixtures.ts';

for (const engine of await testEngines()) {
  describe(`GET /api/users/me on ${engine}`, () => {
    let roster: TestApp;
    let fx: Fixtures;
    before(async () => {
      roster = await startTestApp(engine);
      fx = fixtures(roster.database.db);
    });
    after(() => roster.close());

    test('a first request provisions the user and answers the documented shape', async () => {
      const token = await roster.token({
        email: 'Ada@Example.com',
        email_verified: true,
        given_name: 'Ada',
        family_name: 'Lovelace',
      });
      const response = await roster.request({ method: 'GET', url: '/api/users/me', token });
      assert.equal(response.statusCode, 200);
      const { data } = response.json();
      assert.deepEqual(Object.keys(data).sort(), [
        'avatarUrl',
        'birthDate',
        'createdAt',
        'email',
        'emailVerified',
        'firstName',
        'fullName',
        'id',
        'isPlatformAdmin',
        'lastLoginAt',
        'lastName',
        'permissions',
        'phone',
        'role',
        'tenantId',
        'updatedAt',
      ]);
      assert.equal(data.email, 'Ada@Example.com');
      assert.equal(data.emailVerified, true);
      assert.equal(data.fullName, 'Ada Lovelace');
      assert.equal(data.role, null);
      assert.equal(data.tenantId, null);
      assert.deepEqual(data.permissions, []);
      assert.equal(data.isPlatformAdmin, false);
      assert.match(data.createdAt, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    });

    test('role, tenantId and permissions come from the current organization and global grants', async () => {
      const org = await fx.organization();
      const learner = await fx.role({
        key: 'learner',
        name: 'Learner',
        rank: 10,
        permissions: ['courses:read', 'b:read'],
      });
      const coach = await fx.role({ key: 'coach', name: 'Coach', rank: 50, permissions: ['courses:read', 'a:write'] });
      const user = await fx.user({ email: 'grace@example.com', emailVerified: true });
      const sub = 'grace-sub';
      await fx.identity(user, roster.issuer.url, sub);
      await fx.membership({ userId: user, organizationId: org, roles: [learner, coach], isPrimary: true });
      await fx.globalPermission(user, 'Zeta:read');
      await fx.platformAdmin(user);
      const response = await roster.request({ method: 'GET', url: '/users/me', token: await roster.token({ sub }) });
      assert.equal(response.statusCode, 200);
      const { data } = response.json();
      assert.equal(data.role, 'coach');
      assert.equal(data.tenantId, org);
      assert.deepEqual(data.permissions, ['Zeta:read', 'a:write', 'b:read', 'courses:read']);
      assert.equal(data.isPlatformAdmin, true);
    });

    test('sends a strong ETag, private no-cache and Vary, and answers If-None-Match with 304', async () => {
      const token = await roster.token({ email: 'etag@example.com', email_verified: true });
      const first = await roster.request({ method: 'GET', url: '/api/users/me', token });
      const etag = first.headers.etag as string;
      assert.match(etag, /^"[^"]+"$/);
      assert.equal(first.headers['cache-control'], 'private, no-cache');
      assert.match(String(first.headers.vary), /Authorization/i);
      const again = await roster.request({
        method: 'GET',
        url: '/api/users/me',
        token,
        headers: { 'if-none-match': etag },
      });
      assert.equal(again.statusCode, 304);
      assert.equal(again.body, '');
      assert.equal(again.headers.etag, etag);
      const list = await roster.request({
        method: 'GET',
        url: '/api/users/me',
        token,
        headers: { 'if-none-match': `"other", W/${etag}` },
      });
      assert.equal(list.statusCode, 304);
      const changed = await roster.request({
        method: 'PATCH',
        url: '/api/users/me',
        token,
        payload: { firstName: 'Changed' },
      });
      assert.equal(changed.statusCode, 200);
      const stale = await roster.request({
        method: 'GET',
        url: '/api/users/me',
        token,
        headers: { 'if-none-match': etag },
      });
      assert.equal(stale.statusCode, 200);
      assert.notEqual(stale.headers.etag, etag);
    });

    test('no token → 401 MissingToken, a bad one → 401 InvalidToken, in the plain shape', async () => {
      const missing = await roster.request({ method: 'GET', url: '/api/users/me' });
      assert.equal(missing.statusCode, 401);
      assert.equal(missing.json().error.code, 'MissingToken');
      assert.equal(missing.json().error.statusCode, 401);
      const expired = await roster.token({ exp: Math.floor(Date.now() / 1000) - 3600 });
      const invalid = await roster.request({ method: 'GET', url: '/api/users/me', token: expired });
      assert.equal(invalid.statusCode, 401);
      assert.deepEqual(Object.keys(invalid.json()), ['error']);
      assert.equal(invalid.json().error.code, 'InvalidToken');
      const patch = await roster.request({
        method: 'PATCH',
        url: '/api/users/me',
        token: 'not-a-jwt',
        payload: { firstName: 'x' },
      });
      assert.equal(patch.statusCode, 401);
      assert.equal(patch.json().error.code, 'InvalidToken');
    });

    test('the route is in the OpenAPI document', async () => {
      const doc = (await roster.request({ method: 'GET', url: '/openapi.json' })).json();
      assert.ok(doc.paths['/api/users/me'].get);
      assert.ok(doc.paths['/api/users/me'].patch);
      const body = doc.paths['/api/users/me'].patch.requestBody.content['application/json'].schema;
      assert.deepEqual(Object.keys(body.properties).sort(), [
        'avatarUrl',
        'birthDate',
        'firstName',
        'lastName',
        'phone',
        'profileSettings',
      ]);
    });
  });
}
