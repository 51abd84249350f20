import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { startAdminTestApp, type AdminTestApp } from '../../helpers/admin.ts';
import { testEngines } from '../../helpers/databases.ts';
import { INVESTOR_PROFILE_SCHEMA } from '../json-api/person-setup.ts';

for (const engine of await testEngines()) {
  describe(`admin users on ${engine}`, () => {
    let roster: AdminTestApp;
    before(async () => {
      roster = await startAdminTestApp(engine);
    });
    after(() => roster.close());

    test('pre-creating a user by email: stored normalized, with a referral code; 409 on the same email in other case', async () => {
      const response = await roster.admin('POST', '/api/admin/users', {
        email: 'Pre.Created+Tag@Example.com',
        firstName: '  Pat ',
        lastName: 'Doe',
      });
      assert.equal(response.statusCode, 201);
      const user = response.json().data;
      assert.equal(user.email, 'Pre.Created+Tag@Example.com');
      assert.equal(user.firstName, 'Pat');
      assert.equal(user.fullName, 'Pat Doe');
      assert.match(user.referralCode, /^[A-Z0-9]{10}$/);
      assert.deepEqual(user.profileSettings, { portfolioVisible: false, isPublicProfile: false });
      assert.equal(user.emailVerified, false);
      const row = await roster.database.db
        .selectFrom('users')
        .selectAll()
        .where('id', '=', user.id)
        .executeTakeFirstOrThrow();
      assert.equal(row.emailNormalized, 'pre.created+tag@example.com');
      const duplicate = await roster.admin('POST', '/api/admin/users', { email: 'pre.created+tag@example.com' });
      assert.equal(duplicate.statusCode, 409);
      assert.equal(duplicate.json().error.code, 'Conflict');
    });

    test('GET ?email= compares ASCII-lower-cased only', async () => {
      await roster.create('/api/admin/users', { email: 'Finder@Example.com' });
      const found = (
        await roster.admin('GET', `/api/admin/users?email=${encodeURIComponent('FINDER@example.COM')}`)
      ).json();
      assert.equal(found.data.length, 1);
      assert.equal(found.data[0].email, 'Finder@Example.com');
      assert.equal(found.nextCursor, null);
      const tagged = (
        await roster.admin('GET', `/api/admin/users?email=${encodeURIComponent('finder+x@example.com')}`)
      ).json();
      assert.equal(tagged.data.length, 0);
    });

    test('every attribute validates: names, URLs, phone, birth date, email, settings, unknown and read-only fields', async () => {
      const bad: Record<string, unknown>[] = [
        { firstName: '   ' },
        { firstName: 'a'.repeat(101) },
        { lastName: 'Bad\u0007Name' },
        { avatarUrl: 'http://example.com/a.png' },
        { avatarUrl: `https://example.com/${'a'.repeat(2048)}` },
        { phone: '0123456' },
        { phone: '+44 20 1234' },
        { birthDate: '1899-12-31' },
        { birthDate: '2999-01-01' },
        { birthDate: '2001-02-30' },
        { birthDate: '01/02/2001' },
        { email: 'not-an-email' },
        { emailVerified: 'true' },
        { profileSettings: { isPublicProfile: 'yes' } },
        { profileSettings: { other: true } },
        { referralCode: 'MINE' },
        { fullName: 'X Y' },
        { id: '00000000-0000-4000-8000-000000000000' },
        { lastLoginAt: '2024-01-01T00:00:00.000Z' },
        { shoeSize: 42 },
      ];
      for (const body of bad) {
        const response = await roster.admin('POST', '/api/admin/users', body);
        assert.equal(response.statusCode, 400, JSON.stringify(body));
        assert.equal(response.json().error.code, 'ValidationFailed');
        assert.ok(response.json().error.details[0].field, JSON.stringify(response.json()));
      }
      const ok = await roster.admin('POST', '/api/admin/users', {
        phone: '+442012345678',
        birthDate: '1990-05-17',
        avatarUrl: 'https://cdn.example.com/a.png',
        otpEnabled: true,
        profileType: 'entity',
        headline: 'Builder',
        onboardingCompletedAt: '2024-01-01T00:00:00.000Z',
        email: null,
      });
      assert.equal(ok.statusCode, 201, ok.body);
      assert.equal(ok.json().data.email, null);
      assert.equal(ok.json().data.otpEnabled, true);
    });

    test('PATCH updates, merges profileSettings, and moves the normalized email; DELETE then 404', async () => {
      const user = await roster.create('/api/admin/users', {
        email: 'patch-user@example.com',
        profileSettings: { portfolioVisible: true },
      });
      const patched = await roster.admin('PATCH', `/api/admin/users/${user.id}`, {
        profileSettings: { isPublicProfile: true },
        email: 'New-Patch@Example.com',
        emailVerified: true,
      });
      assert.equal(patched.statusCode, 200);
      assert.deepEqual(patched.json().data.profileSettings, { portfolioVisible: true, isPublicProfile: true });
      assert.equal(patched.json().data.emailVerified, true);
      const found = (await roster.admin('GET', '/api/admin/users?email=new-patch@example.com')).json().data;
      assert.equal(found[0].id, user.id);
      assert.equal((await roster.admin('PATCH', `/api/admin/users/${user.id}`, {})).statusCode, 400);
      await roster.create('/api/admin/users', { email: 'holder@example.com' });
      assert.equal(
        (await roster.admin('PATCH', `/api/admin/users/${user.id}`, { email: 'HOLDER@example.com' })).statusCode,
        409,
      );

      const changes: unknown[] = [];
      const unsubscribe = roster.changeBus.subscribe((change) => changes.push(change));
      assert.equal((await roster.admin('DELETE', `/api/admin/users/${user.id}`)).statusCode, 204);
      unsubscribe();
      assert.deepEqual(changes, [{ scope: 'users', userIds: [user.id] }]);
      assert.equal((await roster.admin('GET', `/api/admin/users/${user.id}`)).statusCode, 404);
      assert.equal((await roster.admin('PATCH', `/api/admin/users/${user.id}`, { headline: 'x' })).statusCode, 404);
      assert.equal((await roster.admin('DELETE', `/api/admin/users/${user.id}`)).statusCode, 404);
    });

    test('with no profile schema, a custom field is not known and users carry no custom attributes', async () => {
      const response = await roster.admin('POST', '/api/admin/users', {
        email: 'no-schema@example.com',
        accreditationConfirmedAt: '2025-08-15T10:30:00Z',
      });
      assert.equal(response.statusCode, 400);
      assert.equal(response.json().error.code, 'ValidationFailed');
      assert.deepEqual(response.json().error.details, [
        { field: 'accreditationConfirmedAt', message: 'is not a known field' },
      ]);
      const user = await roster.create('/api/admin/users', { email: 'no-schema@example.com' });
      assert.equal(
        (await roster.admin('PATCH', `/api/admin/users/${user.id}`, { investmentsStatus: 'none' })).statusCode,
        400,
      );
      assert.ok(!('customAttributes' in user) && !('investmentsStatus' in user));
    });

    test('the users list pages', async () => {
      for (const name of ['page-a', 'page-b'])
        await roster.create('/api/admin/users', { email: `${name}@example.com` });
      const first = (await roster.admin('GET', '/api/admin/users?limit=1')).json();
      assert.equal(first.data.length, 1);
      const second = (await roster.admin('GET', `/api/admin/users?limit=1&cursor=${first.nextCursor}`)).json();
      assert.notEqual(second.data[0].id, first.data[0].id);
      assert.equal((await roster.admin('GET', '/api/admin/users?limit=0')).statusCode, 400);
      assert.equal((await roster.admin('GET', '/api/admin/users?limit=201')).json().error.code, 'InvalidParameter');
    });
  });
}

for (const engine of await testEngines()) {
  describe(`admin users with custom attributes (investor profile) on ${engine}`, () => {
    let roster: AdminTestApp;
    before(async () => {
      roster = await startAdminTestApp(engine, { ROSTER_PROFILE_SCHEMA: INVESTOR_PROFILE_SCHEMA });
    });
    after(() => roster.close());

    /** A signed-in investor of the test's own, with nothing set; both /me shapes and the stored attributes. */
    async function investor(accreditationConfirmedAt?: string) {
      const email = `investor-${randomUUID()}@example.com`;
      const token = await roster.token({ email, email_verified: true, given_name: 'Ivy' });
      const usersMe = async () => (await roster.request({ method: 'GET', url: '/api/users/me', token })).json().data;
      const v1Me = async () =>
        (await roster.request({ method: 'GET', url: '/api/v1/me', token })).json().data.attributes;
      const userId: string = (await usersMe()).id;
      const stored = async () =>
        JSON.parse(
          (
            await roster.database.db
              .selectFrom('users')
              .select('customAttributes')
              .where('id', '=', userId)
              .executeTakeFirstOrThrow()
          ).customAttributes,
        );
      if (accreditationConfirmedAt) {
        const response = await roster.admin('PATCH', `/api/admin/users/${userId}`, { accreditationConfirmedAt });
        assert.equal(response.statusCode, 200, response.body);
      }
      return { email, token, userId, usersMe, v1Me, stored };
    }

    test('custom attributes are top-level fields, null until set, with no nested customAttributes', async () => {
      const { email, userId } = await investor();
      const user = (await roster.admin('GET', `/api/admin/users/${userId}`)).json().data;
      assert.equal(user.accreditationConfirmedAt, null);
      assert.equal(user.investmentsStatus, null);
      assert.ok(!('customAttributes' in user));
      const listed = (await roster.admin('GET', `/api/admin/users?email=${email}`)).json().data[0];
      assert.deepEqual(listed, user);
    });

    test("an admin sets the non-editable and the enum attribute; the user's /me shows them on the very next request", async () => {
      const { userId, usersMe, v1Me, stored } = await investor();
      // Both /me shapes are cached before the write.
      assert.equal((await usersMe()).accreditationConfirmedAt, null);
      assert.equal((await v1Me()).investmentsStatus, null);
      const changes: unknown[] = [];
      const unsubscribe = roster.changeBus.subscribe((change) => changes.push(change));
      const response = await roster.admin('PATCH', `/api/admin/users/${userId}`, {
        accreditationConfirmedAt: '2025-08-15T12:30:00+02:00',
        investmentsStatus: 'professional',
      });
      unsubscribe();
      assert.equal(response.statusCode, 200, response.body);
      assert.equal(response.json().data.accreditationConfirmedAt, '2025-08-15T10:30:00.000Z');
      assert.equal(response.json().data.investmentsStatus, 'professional');
      assert.deepEqual(changes, [{ scope: 'users', userIds: [userId] }]);
      const readBack = (await roster.admin('GET', `/api/admin/users/${userId}`)).json().data;
      assert.equal(readBack.accreditationConfirmedAt, '2025-08-15T10:30:00.000Z');
      assert.equal(readBack.investmentsStatus, 'professional');
      assert.deepEqual(await stored(), {
        accreditationConfirmedAt: '2025-08-15T10:30:00.000Z',
        investmentsStatus: 'professional',
      });

      const me = await usersMe();
      assert.equal(me.accreditationConfirmedAt, '2025-08-15T10:30:00.000Z');
      assert.equal(me.investmentsStatus, 'professional');
      const attributes = await v1Me();
      assert.equal(attributes.accreditationConfirmedAt, '2025-08-15T10:30:00.000Z');
      assert.equal(attributes.investmentsStatus, 'professional');
    });

    test('a bad value is a 400 with details, and nothing is written', async () => {
      const { userId, usersMe, stored } = await investor('2025-08-15T12:30:00+02:00');
      const before = await stored();
      for (const [body, field, message] of [
        [
          { investmentsStatus: 'expert' },
          'investmentsStatus',
          'must be one of none, beginner, experienced, professional',
        ],
        [
          { accreditationConfirmedAt: '2025-08-15' },
          'accreditationConfirmedAt',
          'must be an ISO 8601 date-time with a time zone',
        ],
        [
          { investmentsStatus: 3, firstName: 'Good' },
          'investmentsStatus',
          'must be one of none, beginner, experienced, professional',
        ],
        [{ nickname: 'Ivy' }, 'nickname', 'is not a known field'],
      ] as const) {
        const response = await roster.admin('PATCH', `/api/admin/users/${userId}`, body);
        assert.equal(response.statusCode, 400, JSON.stringify(body));
        assert.equal(response.json().error.code, 'ValidationFailed');
        assert.deepEqual(response.json().error.details, [{ field, message }]);
      }
      assert.deepEqual(await stored(), before);
      assert.equal((await usersMe()).firstName, 'Ivy');
    });

    test('the user cannot set the non-editable attribute themself', async () => {
      const { token, usersMe } = await investor('2025-08-15T12:30:00+02:00');
      const response = await roster.request({
        method: 'PATCH',
        url: '/api/users/me',
        token,
        payload: { accreditationConfirmedAt: '2026-01-01T00:00:00Z' },
      });
      assert.equal(response.statusCode, 400);
      assert.deepEqual(response.json().error.details, [{ field: 'accreditationConfirmedAt', message: 'is read-only' }]);
      assert.equal((await usersMe()).accreditationConfirmedAt, '2025-08-15T10:30:00.000Z');
    });

    test('null clears a custom attribute; a created user takes them too', async () => {
      const { userId, usersMe, stored } = await investor('2025-08-15T12:30:00+02:00');
      const set = await roster.admin('PATCH', `/api/admin/users/${userId}`, { investmentsStatus: 'professional' });
      assert.equal(set.json().data.investmentsStatus, 'professional');
      const cleared = await roster.admin('PATCH', `/api/admin/users/${userId}`, { investmentsStatus: null });
      assert.equal(cleared.statusCode, 200);
      assert.equal(cleared.json().data.investmentsStatus, null);
      assert.deepEqual(await stored(), { accreditationConfirmedAt: '2025-08-15T10:30:00.000Z' });
      assert.equal((await usersMe()).investmentsStatus, null);

      const created = await roster.create('/api/admin/users', {
        email: 'accredited@example.com',
        accreditationConfirmedAt: '2024-01-02T03:04:05Z',
        investmentsStatus: 'none',
      });
      assert.equal(created.accreditationConfirmedAt, '2024-01-02T03:04:05.000Z');
      assert.equal(created.investmentsStatus, 'none');
    });

    test('the admin user schemas in /openapi.json include the custom attributes', async () => {
      const document = (await roster.request({ method: 'GET', url: '/openapi.json' })).json();
      const patch = document.paths['/api/admin/users/{id}'].patch;
      const body = patch.requestBody.content['application/json'].schema;
      assert.deepEqual(body.properties.investmentsStatus.enum, [
        'none',
        'beginner',
        'experienced',
        'professional',
        null,
      ]);
      assert.ok(body.properties.accreditationConfirmedAt);
      assert.ok(body.properties.email && !body.properties.referralCode);
      const user = patch.responses['200'].content['application/json'].schema.properties.data;
      assert.ok(user.properties.accreditationConfirmedAt && user.properties.investmentsStatus);
      assert.ok(!user.properties.customAttributes);
      assert.ok(
        document.paths['/api/admin/users'].post.requestBody.content['application/json'].schema.properties
          .investmentsStatus,
      );
    });
  });
}
