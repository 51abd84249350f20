import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, beforeEach, describe, test } from 'node:test';
import { startTestApp, type TestApp } from '../../helpers/app.ts';
import { testEngines } from '../../helpers/databases.ts';
import { fixtures, type Fixtures } from '../../helpers/fixtures.ts';
import { INVESTOR_PROFILE_SCHEMA, JSON_API } from './person-setup.ts';

for (const engine of await testEngines()) {
  describe(`PATCH /api/v1/me on ${engine}`, () => {
    let roster: TestApp;
    let fx: Fixtures;
    let userId: string;
    let token: string;

    const patch = (payload: unknown, contentType = JSON_API, extra: { url?: string } = {}) =>
      roster.request({
        method: 'PATCH',
        url: extra.url ?? '/api/v1/me',
        token,
        headers: { 'content-type': contentType },
        payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
      });
    const doc = (attributes: unknown, data: Record<string, unknown> = {}) => ({
      data: { type: 'person', id: userId, attributes, ...data },
    });
    const storedUser = () =>
      roster.database.db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirstOrThrow();

    before(async () => {
      roster = await startTestApp(engine, { env: { ROSTER_PROFILE_SCHEMA: INVESTOR_PROFILE_SCHEMA } });
      fx = fixtures(roster.database.db);
    });
    // Every test edits a user of its own, so none depends on what another wrote.
    beforeEach(async () => {
      const subject = `patch-${randomUUID()}`;
      userId = await fx.user({
        email: `${subject}@example.com`,
        emailVerified: true,
        firstName: 'Pat',
        lastName: 'Ch',
      });
      await fx.identity(userId, roster.issuer.url, subject);
      token = await roster.token({ sub: subject });
      // Signed in once, as a client would before editing: the sign-in's own bookkeeping is done.
      assert.equal((await roster.request({ method: 'GET', url: '/api/v1/me', token })).statusCode, 200);
    });
    after(() => roster.close());

    test('a valid change returns the updated document (200) and is stored', async () => {
      const response = await patch(
        doc({
          firstName: '  Patricia ',
          phoneNumber: '+14155550123',
          birthDate: '1990-05-06',
          avatarUrl: 'https://cdn.example.com/p.png',
          profileSettings: { isPublicProfile: true },
          investmentsStatus: 'beginner',
        }),
      );
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['content-type'], JSON_API);
      const { data, meta } = response.json();
      assert.equal(data.type, 'person');
      assert.equal(data.id, userId);
      assert.equal(data.attributes.firstName, 'Patricia');
      assert.equal(data.attributes.fullName, 'Patricia Ch');
      assert.equal(data.attributes.phoneNumber, '+14155550123');
      assert.equal(data.attributes.birthDate, '1990-05-06');
      assert.deepEqual(data.attributes.profileSettings, { portfolioVisible: false, isPublicProfile: true });
      assert.equal(data.attributes.investmentsStatus, 'beginner');
      assert.ok(data.relationships);
      assert.ok(meta.currentPersonContext);
      const row = await storedUser();
      assert.equal(row.phone, '+14155550123');
      const fresh = (await roster.request({ method: 'GET', url: '/api/v1/me', token })).json();
      assert.equal(fresh.data.attributes.firstName, 'Patricia');
      assert.equal(fresh.data.attributes.investmentsStatus, 'beginner');
    });

    test('include and fields apply to the response; a bad query writes nothing', async () => {
      const response = await patch(doc({ lastName: 'Chen' }), JSON_API, {
        url: '/api/v1/me?fields[person]=lastName&include=profile',
      });
      assert.equal(response.statusCode, 200);
      assert.deepEqual(response.json().data.attributes, { lastName: 'Chen' });
      assert.equal(response.json().included.length, 1);
      const bad = await patch(doc({ lastName: 'Nope' }), JSON_API, { url: '/api/v1/me?sort=x' });
      assert.equal(bad.statusCode, 400);
      assert.deepEqual(bad.json().errors[0].source, { parameter: 'sort' });
      assert.equal((await storedUser()).lastName, 'Chen');
    });

    test('a valid body that changes nothing is a 200 and leaves updatedAt alone', async () => {
      const before = (await storedUser()).updatedAt;
      const response = await patch(doc({ lastName: 'Ch' }));
      assert.equal(response.statusCode, 200);
      assert.equal((await storedUser()).updatedAt, before);
    });

    test('each invalid attribute is its own error with its pointer, and nothing is written', async () => {
      const before = await storedUser();
      const response = await patch(
        doc({
          firstName: '',
          lastName: 'a'.repeat(101),
          phoneNumber: '555-1234',
          avatarUrl: 'http://insecure.example.com/a.png',
          birthDate: '2999-01-01',
          profileSettings: { isPublicProfile: 'yes', unknownSetting: true },
          investmentsStatus: 'guru',
          nickname: 'x',
        }),
      );
      assert.equal(response.statusCode, 400);
      const errors = response.json().errors;
      const pointers = errors.map((error: { source: { pointer: string } }) => error.source.pointer);
      assert.deepEqual(pointers.sort(), [
        '/data/attributes/avatarUrl',
        '/data/attributes/birthDate',
        '/data/attributes/firstName',
        '/data/attributes/investmentsStatus',
        '/data/attributes/lastName',
        '/data/attributes/nickname',
        '/data/attributes/phoneNumber',
        '/data/attributes/profileSettings/isPublicProfile',
        '/data/attributes/profileSettings/unknownSetting',
      ]);
      for (const error of errors) {
        assert.equal(error.status, '400');
        assert.equal(error.code, 'ValidationFailed');
        assert.equal(typeof error.detail, 'string');
      }
      assert.deepEqual(await storedUser(), before);
    });

    test('read-only attributes are 400s: built-in and non-editable custom ones', async () => {
      const before = await storedUser();
      for (const name of [
        'email',
        'referralCode',
        'fullName',
        'otpEnabled',
        'pendingEmailChange',
        'unconfirmedEmail',
        'createdAt',
        'accreditationConfirmedAt',
      ]) {
        const response = await patch(
          doc({ [name]: name === 'otpEnabled' || name === 'pendingEmailChange' ? true : '2025-01-01T00:00:00.000Z' }),
        );
        assert.equal(response.statusCode, 400, name);
        const [error] = response.json().errors;
        assert.equal(error.code, 'ValidationFailed');
        assert.deepEqual(error.source, { pointer: `/data/attributes/${name}` }, name);
        assert.match(error.detail, /read-only/, name);
      }
      const mixed = await patch(doc({ firstName: 'Valid', email: 'new@example.com' }));
      assert.equal(mixed.statusCode, 400);
      assert.deepEqual(await storedUser(), before, 'a valid attribute beside a read-only one is not written either');
    });

    test('409 for a wrong type or id, pointing at it; nothing written', async () => {
      const before = await storedUser();
      const wrongType = await patch({ data: { type: 'people', id: userId, attributes: { firstName: 'X' } } });
      assert.equal(wrongType.statusCode, 409);
      assert.equal(wrongType.json().errors[0].code, 'Conflict');
      assert.deepEqual(wrongType.json().errors[0].source, { pointer: '/data/type' });
      const wrongId = await patch({
        data: { type: 'person', id: '00000000-0000-4000-8000-000000000000', attributes: { firstName: 'X' } },
      });
      assert.equal(wrongId.statusCode, 409);
      assert.deepEqual(wrongId.json().errors[0].source, { pointer: '/data/id' });
      assert.deepEqual(await storedUser(), before);
    });

    test('400 for a malformed document: no data, no type, no id, no attributes, empty attributes, relationships, malformed JSON', async () => {
      const cases: [unknown, string | undefined][] = [
        [{ firstName: 'X' }, '/data'],
        [{ data: [] }, '/data'],
        [{ data: { id: userId, attributes: { firstName: 'X' } } }, '/data/type'],
        [{ data: { type: 'person', attributes: { firstName: 'X' } } }, '/data/id'],
        [{ data: { type: 'person', id: userId } }, '/data/attributes'],
        [doc({}), '/data/attributes'],
        [doc('text'), '/data/attributes'],
        [doc({ firstName: 'X' }, { relationships: { roles: { data: [] } } }), '/data/relationships'],
        [[1, 2], undefined],
        ['{"data":', undefined],
      ];
      for (const [payload, pointer] of cases) {
        const response = await patch(payload);
        assert.equal(response.statusCode, 400, JSON.stringify(payload));
        const [error] = response.json().errors;
        assert.equal(error.code, 'ValidationFailed');
        assert.deepEqual(error.source, pointer === undefined ? undefined : { pointer }, JSON.stringify(payload));
      }
    });

    test('415 for a Content-Type parameter other than profile or charset; those two and plain JSON are accepted', async () => {
      const before = await storedUser();
      for (const contentType of [
        'application/vnd.api+json; ext=x',
        'application/vnd.api+json; ext="https://jsonapi.org/ext/atomic"',
        'application/vnd.api+json; version=1.1',
        'text/plain',
      ]) {
        const response = await patch(doc({ firstName: 'Nope' }), contentType);
        assert.equal(response.statusCode, 415, contentType);
        assert.equal(response.json().errors[0].code, 'UnsupportedMediaType');
        assert.equal(response.headers['content-type'], JSON_API);
      }
      assert.deepEqual(await storedUser(), before);
      for (const [contentType, name] of [
        ['application/vnd.api+json; charset=utf-8', 'Charset'],
        ['application/vnd.api+json; profile="https://example.com/p"', 'Profile'],
        ['application/json', 'Plain'],
        ['application/json; charset=utf-8', 'PlainCharset'],
      ] as const) {
        const response = await patch(doc({ firstName: name }), contentType);
        assert.equal(response.statusCode, 200, contentType);
        assert.equal(response.json().data.attributes.firstName, name);
      }
    });

    test('406 applies to PATCH too', async () => {
      const response = await roster.request({
        method: 'PATCH',
        url: '/api/v1/me',
        token,
        headers: { 'content-type': JSON_API, accept: 'application/vnd.api+json; ext=x' },
        payload: JSON.stringify(doc({ firstName: 'Nope' })),
      });
      assert.equal(response.statusCode, 406);
      assert.notEqual((await storedUser()).firstName, 'Nope');
    });

    test('names count characters (code points), not UTF-16 units: 100 emoji are accepted, 101 refused', async () => {
      const accepted = await patch(doc({ lastName: '😀'.repeat(100) }));
      assert.equal(accepted.statusCode, 200, accepted.body);
      assert.equal(accepted.json().data.attributes.lastName, '😀'.repeat(100));
      const refused = await patch(doc({ lastName: '😀'.repeat(101) }));
      assert.equal(refused.statusCode, 400);
      assert.deepEqual(
        refused.json().errors.map((e: { source: { pointer: string } }) => e.source.pointer),
        ['/data/attributes/lastName'],
      );
      assert.equal((await storedUser()).lastName, '😀'.repeat(100));
    });

    test('null clears phoneNumber, birthDate and an editable custom attribute', async () => {
      const response = await patch(doc({ phoneNumber: null, birthDate: null, investmentsStatus: null }));
      assert.equal(response.statusCode, 200);
      const { attributes } = response.json().data;
      assert.equal(attributes.phoneNumber, null);
      assert.equal(attributes.birthDate, null);
      assert.equal(attributes.investmentsStatus, null);
    });
  });
}
