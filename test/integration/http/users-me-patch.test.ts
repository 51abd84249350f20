import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, beforeEach, describe, test } from 'node:test';
import { startTestApp, type TestApp } from '../../helpers/app.ts';
import { testEngines } from '../../helpers/databases.ts';

const EXAMPLE_SCHEMA = new URL('../../../examples/investor-profile.json', import.meta.url).pathname;

for (const engine of await testEngines()) {
  describe(`PATCH /api/users/me on ${engine}`, () => {
    let roster: TestApp;
    let token: string;
    let email: string;
    const patch = (payload: unknown) =>
      roster.request({ method: 'PATCH', url: '/api/users/me', token, payload: payload as object });
    const current = async () => (await roster.request({ method: 'GET', url: '/api/users/me', token })).json().data;
    const row = async () =>
      roster.database.db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirstOrThrow();
    before(async () => {
      roster = await startTestApp(engine, { env: { ROSTER_PROFILE_SCHEMA: EXAMPLE_SCHEMA } });
    });
    // Every test edits a user of its own, so none depends on what another wrote.
    beforeEach(async () => {
      email = `patch-${randomUUID()}@example.com`;
      token = await roster.token({ email, email_verified: true, given_name: 'Pat', family_name: 'Ch' });
      assert.equal((await roster.request({ method: 'GET', url: '/api/users/me', token })).statusCode, 200);
    });
    after(() => roster.close());

    test('each valid field is written and the GET shape comes back updated', async () => {
      const before = await current();
      const response = await patch({
        firstName: '  Ada ',
        lastName: 'Lovelace',
        avatarUrl: 'https://img.example.com/ada.png',
        phone: '+442071234567',
        birthDate: '1990-12-10',
        profileSettings: { isPublicProfile: true },
      });
      assert.equal(response.statusCode, 200);
      const { data } = response.json();
      assert.equal(data.firstName, 'Ada');
      assert.equal(data.lastName, 'Lovelace');
      assert.equal(data.fullName, 'Ada Lovelace');
      assert.equal(data.avatarUrl, 'https://img.example.com/ada.png');
      assert.equal(data.phone, '+442071234567');
      assert.equal(data.birthDate, '1990-12-10');
      assert.ok(data.updatedAt >= before.updatedAt);
      assert.deepEqual(JSON.parse((await row()).profileSettings), { isPublicProfile: true });
      assert.deepEqual(await current(), data);
    });

    test('profileSettings are merged; phone and birthDate may be cleared with null', async () => {
      const set = await patch({
        profileSettings: { isPublicProfile: true },
        phone: '+442071234567',
        birthDate: '1990-12-10',
      });
      assert.equal(set.statusCode, 200);
      assert.equal((await patch({ profileSettings: { portfolioVisible: true } })).statusCode, 200);
      assert.deepEqual(JSON.parse((await row()).profileSettings), { isPublicProfile: true, portfolioVisible: true });
      const cleared = (await patch({ phone: null, birthDate: null })).json().data;
      assert.equal(cleared.phone, null);
      assert.equal(cleared.birthDate, null);
    });

    test('a valid body that changes nothing is a 200 and does not touch updatedAt', async () => {
      const before = await current();
      const response = await patch({ firstName: before.firstName });
      assert.equal(response.statusCode, 200);
      assert.equal(response.json().data.updatedAt, before.updatedAt);
    });

    const invalid: [string, unknown, string][] = [
      ['firstName empty after trimming', { firstName: '   ' }, 'firstName'],
      ['firstName too long', { firstName: 'x'.repeat(101) }, 'firstName'],
      ['firstName with a control character', { firstName: 'Ada\u0007' }, 'firstName'],
      ['lastName not a string', { lastName: 42 }, 'lastName'],
      ['lastName null', { lastName: null }, 'lastName'],
      ['avatarUrl over http', { avatarUrl: 'http://img.example.com/a.png' }, 'avatarUrl'],
      ['avatarUrl too long', { avatarUrl: `https://img.example.com/${'a'.repeat(2048)}` }, 'avatarUrl'],
      ['avatarUrl not a URL', { avatarUrl: 'not a url' }, 'avatarUrl'],
      ['phone not E.164', { phone: '0207 123 4567' }, 'phone'],
      ['phone with a leading zero', { phone: '+0123456' }, 'phone'],
      ['birthDate not a date', { birthDate: '10/12/1990' }, 'birthDate'],
      ['birthDate not a real day', { birthDate: '2001-02-29' }, 'birthDate'],
      [
        'birthDate in the future',
        { birthDate: new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10) },
        'birthDate',
      ],
      ['birthDate before 1900', { birthDate: '1899-12-31' }, 'birthDate'],
      ['profileSettings not an object', { profileSettings: true }, 'profileSettings'],
      ['profileSettings with an unknown key', { profileSettings: { darkMode: true } }, 'profileSettings.darkMode'],
      [
        'profileSettings with a non-boolean',
        { profileSettings: { isPublicProfile: 'yes' } },
        'profileSettings.isPublicProfile',
      ],
      ['an unknown field', { nickname: 'x' }, 'nickname'],
      ['a read-only field', { email: 'other@example.com' }, 'email'],
      ['a read-only field (role)', { role: 'admin' }, 'role'],
      [
        'a non-editable custom attribute',
        { accreditationConfirmedAt: '2024-01-01T00:00:00Z' },
        'accreditationConfirmedAt',
      ],
      ['an enum value not allowed', { investmentsStatus: 'expert' }, 'investmentsStatus'],
      ['the empty body', {}, ''],
    ];
    for (const [name, payload, field] of invalid) {
      test(`400 ValidationFailed: ${name}`, async () => {
        const before = await row();
        const response = await patch(payload);
        assert.equal(response.statusCode, 400);
        const { error } = response.json();
        assert.equal(error.code, 'ValidationFailed');
        assert.ok(
          error.details.some((d: { field: string }) => d.field === field),
          JSON.stringify(error.details),
        );
        assert.deepEqual(await row(), before);
      });
    }

    test('every bad field is reported, and a failed PATCH writes nothing, not even the good fields', async () => {
      const before = await row();
      const response = await patch({ firstName: 'Good', phone: 'bad', birthDate: 'bad', id: 'x' });
      assert.equal(response.statusCode, 400);
      assert.deepEqual(
        response
          .json()
          .error.details.map((d: { field: string }) => d.field)
          .sort(),
        ['birthDate', 'id', 'phone'],
      );
      assert.deepEqual(await row(), before);
    });

    test('names count characters (code points), not UTF-16 units: 100 emoji are accepted, 101 refused', async () => {
      const accepted = await patch({ lastName: '😀'.repeat(100) });
      assert.equal(accepted.statusCode, 200, accepted.body);
      assert.equal(accepted.json().data.lastName, '😀'.repeat(100));
      const refused = await patch({ lastName: '😀'.repeat(101) });
      assert.equal(refused.statusCode, 400);
      assert.deepEqual(
        refused.json().error.details.map((d: { field: string }) => d.field),
        ['lastName'],
      );
      assert.equal((await current()).lastName, '😀'.repeat(100));
    });

    test('a body that is not an object is a 400', async () => {
      const response = await patch([{ firstName: 'x' }]);
      assert.equal(response.statusCode, 400);
      assert.equal(response.json().error.code, 'ValidationFailed');
    });

    test('custom attributes: null until set, editable ones settable, in the GET shape', async () => {
      const before = await current();
      assert.equal(before.investmentsStatus, null);
      assert.equal(before.accreditationConfirmedAt, null);
      const response = await patch({ investmentsStatus: 'experienced' });
      assert.equal(response.statusCode, 200);
      assert.equal(response.json().data.investmentsStatus, 'experienced');
      assert.deepEqual(JSON.parse((await row()).customAttributes), { investmentsStatus: 'experienced' });
      await roster.database.db
        .updateTable('users')
        .set({
          customAttributes: JSON.stringify({
            investmentsStatus: 'experienced',
            accreditationConfirmedAt: '2024-05-01T10:00:00.000Z',
          }),
        })
        .where('email', '=', email)
        .execute();
      await roster.changeBus.publish({ scope: 'all' });
      const after = await current();
      assert.equal(after.accreditationConfirmedAt, '2024-05-01T10:00:00.000Z');
      const cleared = (await patch({ investmentsStatus: null })).json().data;
      assert.equal(cleared.investmentsStatus, null);
      assert.equal(cleared.accreditationConfirmedAt, '2024-05-01T10:00:00.000Z');
    });
  });
}
