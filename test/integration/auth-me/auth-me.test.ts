import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestApp, type TestApp } from '../../helpers/app.ts';
import { testEngines } from '../../helpers/databases.ts';
import {
  addMembership,
  createOrganization,
  createPermission,
  createRole,
  grantGlobalPermission,
  makePlatformAdmin,
  publishUserChange,
  signIn,
} from '../../helpers/fixtures.ts';

const ISO_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

for (const engine of await testEngines()) {
  describe(`GET /api/auth/me on ${engine}`, () => {
    let roster: TestApp;
    before(async () => {
      roster = await startTestApp(engine);
    });
    after(() => roster.close());

    test('answers field by field: dedup across roles, sorted keys, global grants, platform admin', async () => {
      const { db } = roster.database;
      const user = await signIn(roster, {
        email: 'john@example.com',
        email_verified: true,
        given_name: 'John',
        family_name: 'Doe',
        phone_number: '+1234567890',
        picture: 'https://example.com/avatars/user.jpg',
      });
      const acme = await createOrganization(db, {
        name: 'Acme Corporation',
        slug: 'acme-corp',
        logoUrl: 'https://example.com/logos/acme.png',
      });
      const [manage, invite, create, remove, upper] = await Promise.all(
        ['company:manage', 'members:invite', 'projects:create', 'projects:delete', 'Zeta:read'].map((key) =>
          createPermission(db, key),
        ),
      );
      const admin = await createRole(db, {
        name: 'Admin',
        color: '#FF5733',
        rank: 100,
        permissions: [remove!, manage!, invite!],
      });
      const member = await createRole(db, {
        name: 'Member',
        color: null,
        rank: 10,
        permissions: [create!, invite!, manage!, upper!],
      });
      const membershipId = await addMembership(db, {
        userId: user.id,
        organizationId: acme.id,
        isPrimary: true,
        roles: [member, admin],
      });
      const usersManage = await createPermission(db, 'users:manage', 'Manage all platform users');
      await grantGlobalPermission(db, user.id, usersManage, '2026-02-01T12:00:00.000Z');
      await makePlatformAdmin(db, user.id);
      await publishUserChange(roster, user.id);

      const response = await roster.request({ method: 'GET', url: '/api/auth/me', token: await user.token() });
      assert.equal(response.statusCode, 200);
      assert.match(response.headers['content-type'] as string, /^application\/json/);
      const body = response.json();
      assert.deepEqual(Object.keys(body), ['success', 'data']);
      assert.equal(body.success, true);
      const { data } = body;
      assert.deepEqual(Object.keys(data), [
        'id',
        'email',
        'fullName',
        'phone',
        'avatar',
        'emailVerified',
        'lastLoginAt',
        'createdAt',
        'isPlatformAdmin',
        'globalPermissions',
        'companies',
      ]);
      assert.equal(data.id, user.id);
      assert.equal(data.email, 'john@example.com');
      assert.equal(data.fullName, 'John Doe');
      assert.equal(data.phone, '+1234567890');
      assert.equal(data.avatar, 'https://example.com/avatars/user.jpg');
      assert.equal(data.emailVerified, true);
      assert.match(data.lastLoginAt, ISO_MS);
      assert.match(data.createdAt, ISO_MS);
      assert.equal(data.isPlatformAdmin, true);
      assert.deepEqual(data.globalPermissions, [
        { key: 'users:manage', description: 'Manage all platform users', grantedAt: '2026-02-01T12:00:00.000Z' },
      ]);
      assert.deepEqual(data.companies, [
        {
          id: acme.id,
          name: 'Acme Corporation',
          slug: 'acme-corp',
          logo: 'https://example.com/logos/acme.png',
          status: 'ACTIVE',
          membershipId,
          membershipStatus: 'ACTIVE',
          roles: [
            { id: admin.id, name: 'Admin', color: '#FF5733' },
            { id: member.id, name: 'Member', color: null },
          ],
          permissions: ['Zeta:read', 'company:manage', 'members:invite', 'projects:create', 'projects:delete'],
        },
      ]);
    });

    test('a new user with nothing granted: nulls where unknown, empty lists, not an admin', async () => {
      const user = await signIn(roster);
      const { data } = (await roster.request({ method: 'GET', url: '/api/auth/me', token: await user.token() })).json();
      assert.equal(data.email, null);
      assert.equal(data.fullName, null);
      assert.equal(data.phone, null);
      assert.equal(data.avatar, null);
      assert.equal(data.emailVerified, false);
      assert.equal(data.isPlatformAdmin, false);
      assert.deepEqual(data.globalPermissions, []);
      assert.deepEqual(data.companies, []);
    });

    test('lists only active memberships; archived organizations never; a suspended one with its roles and no permissions', async () => {
      const { db } = roster.database;
      const user = await signIn(roster);
      const read = await createPermission(db, `docs:read-${user.id.slice(-12)}`);
      const role = await createRole(db, { name: 'Reader', permissions: [read] });
      const active = await createOrganization(db, { name: 'Active' });
      const suspended = await createOrganization(db, { name: 'Suspended', status: 'suspended' });
      const archived = await createOrganization(db, { name: 'Archived', status: 'archived' });
      const invited = await createOrganization(db, { name: 'Invited' });
      const revoked = await createOrganization(db, { name: 'Revoked' });
      await addMembership(db, {
        userId: user.id,
        organizationId: active.id,
        joinedAt: '2025-01-01T00:00:00.000Z',
        roles: [role],
      });
      await addMembership(db, {
        userId: user.id,
        organizationId: suspended.id,
        joinedAt: '2025-01-02T00:00:00.000Z',
        roles: [role],
      });
      await addMembership(db, { userId: user.id, organizationId: archived.id, roles: [role] });
      await addMembership(db, { userId: user.id, organizationId: invited.id, status: 'invited', roles: [role] });
      await addMembership(db, { userId: user.id, organizationId: revoked.id, status: 'suspended', roles: [role] });
      await publishUserChange(roster, user.id);
      const { data } = (await roster.request({ method: 'GET', url: '/api/auth/me', token: await user.token() })).json();
      assert.deepEqual(
        data.companies.map(
          (c: { name: string; status: string; membershipStatus: string; roles: unknown[]; permissions: string[] }) => [
            c.name,
            c.status,
            c.membershipStatus,
            c.roles.length,
            c.permissions,
          ],
        ),
        [
          ['Active', 'ACTIVE', 'ACTIVE', 1, [read.key]],
          ['Suspended', 'SUSPENDED', 'ACTIVE', 1, []],
        ],
      );
    });

    test("tenant isolation: another user's organizations, roles and permissions never appear", async () => {
      const { db } = roster.database;
      const alice = await signIn(roster);
      const bob = await signIn(roster);
      const secret = await createPermission(db, 'secret:read', 'Bob only');
      const bobsRole = await createRole(db, { name: 'BobsRole', permissions: [secret] });
      const bobsOrg = await createOrganization(db, { name: 'BobsOrg' });
      await addMembership(db, { userId: bob.id, organizationId: bobsOrg.id, roles: [bobsRole] });
      await grantGlobalPermission(db, bob.id, secret, '2026-01-01T00:00:00.000Z');
      await publishUserChange(roster, bob.id);
      const aliceBody = (await roster.request({ method: 'GET', url: '/api/auth/me', token: await alice.token() })).body;
      for (const leak of [bobsOrg.id, 'BobsOrg', bobsRole.id, 'BobsRole', 'secret:read', bob.id])
        assert.ok(!aliceBody.includes(leak), leak);
      const bobBody = (await roster.request({ method: 'GET', url: '/api/auth/me', token: await bob.token() })).body;
      assert.ok(bobBody.includes('BobsOrg') && bobBody.includes('secret:read'));
    });

    test('401 in the auth family shape: MissingToken and InvalidToken', async () => {
      const missing = await roster.request({ method: 'GET', url: '/api/auth/me' });
      assert.equal(missing.statusCode, 401);
      const missingBody = missing.json();
      assert.deepEqual(Object.keys(missingBody), ['success', 'error']);
      assert.equal(missingBody.success, false);
      assert.equal(missingBody.error.code, 'MissingToken');
      assert.equal(missingBody.error.statusCode, 401);
      assert.equal(typeof missingBody.error.message, 'string');
      const invalid = await roster.request({ method: 'GET', url: '/api/auth/me', token: 'not.a.jwt' });
      assert.equal(invalid.statusCode, 401);
      assert.deepEqual(invalid.json(), {
        success: false,
        error: {
          message: 'The provided token is invalid or expired. Please sign in again.',
          statusCode: 401,
          code: 'InvalidToken',
        },
      });
      const expired = await roster.request({
        method: 'GET',
        url: '/api/auth/me',
        token: await roster.token({ exp: Math.floor(Date.now() / 1000) - 3600 }),
      });
      assert.equal(expired.json().error.code, 'InvalidToken');
    });

    test('strong ETag, private no-cache, Vary: Authorization, 304 on If-None-Match, a new tag after a change', async () => {
      const { db } = roster.database;
      const user = await signIn(roster);
      const token = await user.token();
      const first = await roster.request({ method: 'GET', url: '/api/auth/me', token });
      const etag = first.headers.etag as string;
      assert.match(etag, /^"[^"]+"$/);
      assert.equal(first.headers['cache-control'], 'private, no-cache');
      assert.match(first.headers.vary as string, /Authorization/i);
      const again = await roster.request({
        method: 'GET',
        url: '/api/auth/me',
        token,
        headers: { 'if-none-match': etag },
      });
      assert.equal(again.statusCode, 304);
      assert.equal(again.body, '');
      assert.equal(again.headers.etag, etag);
      const org = await createOrganization(db);
      await addMembership(db, { userId: user.id, organizationId: org.id });
      await publishUserChange(roster, user.id);
      const changed = await roster.request({
        method: 'GET',
        url: '/api/auth/me',
        token,
        headers: { 'if-none-match': etag },
      });
      assert.equal(changed.statusCode, 200);
      assert.notEqual(changed.headers.etag, etag);
      assert.equal(changed.json().data.companies[0].id, org.id);
    });
  });

  describe(`GET /api/auth/me on ${engine} with provisioning off`, () => {
    let roster: TestApp;
    before(async () => {
      roster = await startTestApp(engine, { env: { ROSTER_PROVISIONING: 'off' } });
    });
    after(() => roster.close());

    test('an unknown identity is a 404 UserNotFound in the auth family shape', async () => {
      const response = await roster.request({
        method: 'GET',
        url: '/api/auth/me',
        token: await roster.token({ email: 'nobody@example.com' }),
      });
      assert.equal(response.statusCode, 404);
      const body = response.json();
      assert.equal(body.success, false);
      assert.equal(body.error.code, 'UserNotFound');
      assert.equal(body.error.statusCode, 404);
      assert.equal(typeof body.error.message, 'string');
    });
  });
}
