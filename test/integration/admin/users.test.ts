import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startAdminTestApp, type AdminTestApp } from '../../helpers/admin.ts';
import { testEngines } from '../../helpers/databases.ts';

for (const engine of await testEngines()) {
  describe(`admin users on ${engine}`, () => {
    let roster: AdminTestApp;
    before(async () => {
      roster = await startAdminTestApp(engine);
    });
    after(() => roster.close());

    test('pre-creating a user by email: stored normalized, with a referral code; 409 on the same email in other case', async () => {
      const response = await roster.admin('POST', '/api/admin/users', { email: 'Pre.Created+Tag@Example.com', firstName: '  Pat ', lastName: 'Doe' });
      assert.equal(response.statusCode, 201);
      const user = response.json().data;
      assert.equal(user.email, 'Pre.Created+Tag@Example.com');
      assert.equal(user.firstName, 'Pat');
      assert.equal(user.fullName, 'Pat Doe');
      assert.match(user.referralCode, /^[A-Z0-9]{10}$/);
      assert.deepEqual(user.profileSettings, { portfolioVisible: false, isPublicProfile: false });
      assert.equal(user.emailVerified, false);
      const row = await roster.database.db.selectFrom('users').selectAll().where('id', '=', user.id).executeTakeFirstOrThrow();
      assert.equal(row.emailNormalized, 'pre.created+tag@example.com');
      const duplicate = await roster.admin('POST', '/api/admin/users', { email: 'pre.created+tag@example.com' });
      assert.equal(duplicate.statusCode, 409);
      assert.equal(duplicate.json().error.code, 'Conflict');
    });

    test('GET ?email= compares ASCII-lower-cased only', async () => {
      await roster.create('/api/admin/users', { email: 'Finder@Example.com' });
      const found = (await roster.admin('GET', `/api/admin/users?email=${encodeURIComponent('FINDER@example.COM')}`)).json();
      assert.equal(found.data.length, 1);
      assert.equal(found.data[0].email, 'Finder@Example.com');
      assert.equal(found.nextCursor, null);
      const tagged = (await roster.admin('GET', `/api/admin/users?email=${encodeURIComponent('finder+x@example.com')}`)).json();
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
        phone: '+442012345678', birthDate: '1990-05-17', avatarUrl: 'https://cdn.example.com/a.png', otpEnabled: true,
        profileType: 'entity', headline: 'Builder', onboardingCompletedAt: '2024-01-01T00:00:00.000Z', email: null,
      });
      assert.equal(ok.statusCode, 201, ok.body);
      assert.equal(ok.json().data.email, null);
      assert.equal(ok.json().data.otpEnabled, true);
    });

    test('PATCH updates, merges profileSettings, and moves the normalized email; DELETE then 404', async () => {
      const user = await roster.create('/api/admin/users', { email: 'patch-user@example.com', profileSettings: { portfolioVisible: true } });
      const patched = await roster.admin('PATCH', `/api/admin/users/${user.id}`, { profileSettings: { isPublicProfile: true }, email: 'New-Patch@Example.com', emailVerified: true });
      assert.equal(patched.statusCode, 200);
      assert.deepEqual(patched.json().data.profileSettings, { portfolioVisible: true, isPublicProfile: true });
      assert.equal(patched.json().data.emailVerified, true);
      const found = (await roster.admin('GET', '/api/admin/users?email=new-patch@example.com')).json().data;
      assert.equal(found[0].id, user.id);
      assert.equal((await roster.admin('PATCH', `/api/admin/users/${user.id}`, {})).statusCode, 400);
      await roster.create('/api/admin/users', { email: 'holder@example.com' });
      assert.equal((await roster.admin('PATCH', `/api/admin/users/${user.id}`, { email: 'HOLDER@example.com' })).statusCode, 409);

      const changes: unknown[] = [];
      const unsubscribe = roster.changeBus.subscribe((change) => changes.push(change));
      assert.equal((await roster.admin('DELETE', `/api/admin/users/${user.id}`)).statusCode, 204);
      unsubscribe();
      assert.deepEqual(changes, [{ scope: 'users', userIds: [user.id] }]);
      assert.equal((await roster.admin('GET', `/api/admin/users/${user.id}`)).statusCode, 404);
      assert.equal((await roster.admin('PATCH', `/api/admin/users/${user.id}`, { headline: 'x' })).statusCode, 404);
      assert.equal((await roster.admin('DELETE', `/api/admin/users/${user.id}`)).statusCode, 404);
    });

    test('the users list pages', async () => {
      const first = (await roster.admin('GET', '/api/admin/users?limit=1')).json();
      assert.equal(first.data.length, 1);
      const second = (await roster.admin('GET', `/api/admin/users?limit=1&cursor=${first.nextCursor}`)).json();
      assert.notEqual(second.data[0].id, first.data[0].id);
      assert.equal((await roster.admin('GET', '/api/admin/users?limit=0')).statusCode, 400);
      assert.equal((await roster.admin('GET', '/api/admin/users?limit=201')).json().error.code, 'InvalidParameter');
    });
  });
}
