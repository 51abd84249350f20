import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { startAdminTestApp, type AdminTestApp } from '../../helpers/admin.ts';
import { startTestApp, type TestApp } from '../../helpers/app.ts';
import { testEngines } from '../../helpers/databases.ts';
import { closesWithin, listen, rawRequest } from './raw-http.ts';

const nested = (depth: number, inner = '1') => `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`;

describe('hostile requests (engine-independent)', () => {
  let roster: TestApp;
  let token: string;
  let port: number;
  before(async () => {
    roster = await startTestApp('sqlite');
    token = await roster.token({ email: 'hostile@example.com', email_verified: true, given_name: 'Hostile' });
    assert.equal((await roster.request({ method: 'GET', url: '/api/users/me', token })).statusCode, 200);
    port = await listen(roster.app);
  });
  after(() => roster.close());

  const patchMe = (payload: string, url = '/api/users/me') =>
    roster.request({ method: 'PATCH', url, token, headers: { 'content-type': 'application/json' }, payload });

  test('JSON nested 33 levels deep is 400 ValidationFailed naming the depth, in every family', async () => {
    const plain = await patchMe(`{"firstName":${nested(32)}}`);
    assert.equal(plain.statusCode, 400);
    assert.equal(plain.json().error.code, 'ValidationFailed');
    assert.match(plain.json().error.details[0].message, /deeper than 32/);
    const jsonApi = await patchMe(`{"data":${nested(40)}}`, '/api/v1/me');
    assert.equal(jsonApi.statusCode, 400);
    assert.equal(jsonApi.json().errors[0].code, 'ValidationFailed');
  });

  test('JSON 30,000 levels deep (as deep as 64 KiB goes) is the same 400, never a 500', async () => {
    const response = await patchMe(nested(30_000, '"\\u0000"'));
    assert.equal(response.statusCode, 400);
    assert.equal(response.json().error.code, 'ValidationFailed');
  });

  test('32 levels is within the limit, and brackets inside strings do not count', async () => {
    let settings = '{}';
    for (let level = 0; level < 30; level++) settings = `{"a":${settings}}`;
    const atLimit = await patchMe(`{"profileSettings":${settings}}`);
    assert.equal(atLimit.statusCode, 400);
    assert.ok(!/deeper than/.test(atLimit.body), atLimit.body);
    const overLimit = await patchMe(`{"profileSettings":{"a":${settings}}}`);
    assert.match(overLimit.body, /deeper than 32/);
    const quoted = await patchMe(JSON.stringify({ firstName: '['.repeat(40) + '{'.repeat(40) }));
    assert.equal(quoted.statusCode, 200, quoted.body);
    assert.equal(quoted.json().data.firstName, '['.repeat(40) + '{'.repeat(40));
  });

  test('a NUL 32 levels down is found by the guard and named (no recursion needed)', async () => {
    let body = '"x\\u0000"';
    for (let level = 0; level < 31; level++) body = `{"a":${body}}`;
    const response = await patchMe(`{"profileSettings":${body}}`);
    assert.equal(response.statusCode, 400);
    assert.equal(response.json().error.details[0].field, `profileSettings${'.a'.repeat(31)}`);
  });

  test('two Authorization headers are 401 InvalidToken, even when one of them is valid', async () => {
    for (const [first, second] of [
      [`Bearer ${token}`, 'Bearer forged'],
      ['Bearer forged', `Bearer ${token}`],
      [`Bearer ${token}`, `Bearer ${token}`],
    ]) {
      const answer = await rawRequest(
        port,
        `GET /api/users/me HTTP/1.1\r\nHost: x\r\nAuthorization: ${first}\r\nAuthorization: ${second}`,
      );
      assert.equal(answer.status, 401);
      assert.equal(JSON.parse(answer.body).error.code, 'InvalidToken');
      assert.equal(answer.headers['www-authenticate'], 'Bearer realm="roster", error="invalid_token"');
    }
    const single = await rawRequest(port, `GET /api/users/me HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token}`);
    assert.equal(single.status, 200);
  });

  test('a body declared too large gets 413 and the connection is closed, not drained', async () => {
    const socket = connect(port, '127.0.0.1');
    socket.on('error', () => {});
    socket.write(
      `PATCH /api/users/me HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/json\r\nContent-Length: ${10 * 1024 * 1024}\r\n\r\n`,
    );
    socket.write(`{"firstName":"${'x'.repeat(32 * 1024)}`);
    const head = await new Promise<string>((resolve) => socket.once('data', (chunk) => resolve(chunk.toString())));
    assert.match(head, /^HTTP\/1\.1 413 /);
    assert.match(head, /\r\nconnection: close\r\n/i);
    // Keep sending: the server must close the socket rather than swallow the remaining megabytes.
    const sender = setInterval(() => socket.writable && socket.write('x'.repeat(64 * 1024)), 10);
    const closed = await closesWithin(socket, 5_000);
    clearInterval(sender);
    socket.destroy();
    assert.ok(closed, 'the server closed the connection');
  });

  test('an early 401 on a request with a body closes the connection', async () => {
    const answer = await rawRequest(
      port,
      'POST /api/me/switch-organization HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 40000',
      '{"organizationId":"',
      3_000,
    );
    assert.equal(answer.status, 401);
    assert.equal(answer.headers.connection, 'close');
    assert.ok(answer.closedByServer);
  });

  test('a bodiless 401 keeps the connection alive', async () => {
    const answer = await rawRequest(port, 'GET /api/users/me HTTP/1.1\r\nHost: x', '', 300);
    assert.equal(answer.status, 401);
    assert.notEqual(answer.headers.connection, 'close');
    assert.equal(answer.closedByServer, false);
  });

  test('slow clients are cut off: headers within 10 s, a whole request within 30 s', { timeout: 30_000 }, async () => {
    assert.ok(roster.app.server.headersTimeout <= 10_000 && roster.app.server.headersTimeout > 0);
    assert.ok(roster.app.server.requestTimeout <= 30_000 && roster.app.server.requestTimeout > 0);
    // One real cut-off: a header sent one byte a second is dropped well before it would end.
    const socket = connect(port, '127.0.0.1');
    socket.on('error', () => {});
    socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\nX-Drip: ');
    const drip = setInterval(() => socket.writable && socket.write('a'), 1_000);
    const closed = await closesWithin(socket, 20_000);
    clearInterval(drip);
    socket.destroy();
    assert.ok(closed, 'the server cut the slow client off');
  });

  test('every framework error is a 4xx in the family shape, never a 500', async () => {
    const cases: Array<[string, number, string, 'plain' | 'json-api' | 'auth']> = [
      ['QUERY /api/users/me HTTP/1.1', 400, 'ValidationFailed', 'plain'],
      ['QUERY /api/v1/me HTTP/1.1', 400, 'ValidationFailed', 'json-api'],
      ['GET /api/admin/permissions/%E0%A4%A HTTP/1.1', 400, 'InvalidParameter', 'plain'],
      ['GET /api/v1/people/%zz HTTP/1.1', 400, 'InvalidParameter', 'json-api'],
      [`GET /api/admin/permissions/${'a'.repeat(400)}:b HTTP/1.1`, 404, 'NotFound', 'plain'],
      ['PROPFIND /api/auth/me HTTP/1.1', 404, 'NotFound', 'auth'],
    ];
    for (const [line, status, code, family] of cases) {
      const answer = await rawRequest(port, `${line}\r\nHost: x`, '', 0);
      assert.equal(answer.status, status, `${line}: ${answer.body}`);
      const body = JSON.parse(answer.body);
      const found = family === 'json-api' ? body.errors[0].code : body.error.code;
      assert.equal(found, code, line);
      if (family === 'auth') assert.equal(body.success, false);
      assert.equal(answer.headers['x-content-type-options'], 'nosniff', line);
    }
  });
});

for (const engine of await testEngines()) {
  describe(`hostile names and keys on ${engine}`, () => {
    let roster: AdminTestApp;
    let token: string;
    before(async () => {
      roster = await startAdminTestApp(engine);
      token = await roster.token({ email: 'names@example.com', email_verified: true, given_name: 'Names' });
      assert.equal((await roster.request({ method: 'GET', url: '/api/users/me', token })).statusCode, 200);
    });
    after(() => roster.close());

    test('a permission key of the longest accepted length can be created, read, changed and deleted', async () => {
      const key = `${'r'.repeat(63)}:${'a'.repeat(64)}`;
      assert.equal(key.length, 128);
      await roster.create('/api/admin/permissions', { key });
      for (const path of [`/api/admin/permissions/${key}`, `/api/admin/permissions/${encodeURIComponent(key)}`]) {
        assert.equal((await roster.admin('GET', path)).statusCode, 200, path);
      }
      assert.equal(
        (await roster.admin('PATCH', `/api/admin/permissions/${key}`, { description: 'long' })).statusCode,
        200,
      );
      assert.equal((await roster.admin('DELETE', `/api/admin/permissions/${key}`)).statusCode, 204);
    });

    test('first and last names are stored in NFC', async () => {
      const response = await roster.request({
        method: 'PATCH',
        url: '/api/users/me',
        token,
        payload: { firstName: 'Cafe\u0301', lastName: 'A\u030Angstr\u00F6m' },
      });
      assert.equal(response.statusCode, 200, response.body);
      const me = (await roster.request({ method: 'GET', url: '/api/users/me', token })).json().data;
      assert.equal(me.firstName, 'Caf\u00E9');
      assert.equal(me.lastName, '\u00C5ngstr\u00F6m');
    });

    const badNames: Array<[string, string]> = [
      ['a right-to-left override', 'Eve\u202Egnp.exe'],
      ['an isolate', '\u2066Eve\u2069'],
      ['a lone surrogate', 'Eve\uD800'],
      ['only a zero-width space', '\u200B'],
      ['only spaces and format characters', ' \u2060\u00A0\uFEFF '],
      ['only a Hangul filler', '\u3164'],
    ];
    for (const [what, name] of badNames) {
      test(`a name with ${what} is 400 everywhere names are written, and nothing changes`, async () => {
        const self = await roster.request({
          method: 'PATCH',
          url: '/api/users/me',
          token,
          payload: { firstName: name },
        });
        assert.equal(self.statusCode, 400, self.body);
        assert.equal(self.json().error.details[0].field, 'firstName');
        const organization = await roster.admin('POST', '/api/admin/organizations', {
          name,
          slug: `bad-${Math.random().toString(36).slice(2, 8)}`,
        });
        assert.equal(organization.statusCode, 400, organization.body);
        assert.equal(organization.json().error.details[0].field, 'name');
        const role = await roster.admin('POST', '/api/admin/roles', { key: 'bad-name', name, scope: 'organization' });
        assert.equal(role.statusCode, 400, role.body);
        const me = (await roster.request({ method: 'GET', url: '/api/users/me', token })).json().data;
        assert.notEqual(me.firstName, name);
      });
    }

    test('organization and role names are stored in NFC, on create and on change', async () => {
      const organization = await roster.create('/api/admin/organizations', { name: 'Cafe\u0301 Co', slug: 'cafe-co' });
      assert.equal(organization.name, 'Caf\u00E9 Co');
      const renamed = await roster.admin('PATCH', `/api/admin/organizations/${organization.id}`, {
        name: 'Re\u0301sume\u0301',
      });
      assert.equal(renamed.json().data.name, 'R\u00E9sum\u00E9');
      const role = await roster.create('/api/admin/roles', {
        key: 'barista',
        name: 'Cafe\u0301 lead',
        scope: 'organization',
      });
      assert.equal(role.name, 'Caf\u00E9 lead');
      const badRename = await roster.admin('PATCH', `/api/admin/roles/${role.id}`, { name: '\u202Eevil' });
      assert.equal(badRename.statusCode, 400);
      assert.equal((await roster.admin('GET', `/api/admin/roles/${role.id}`)).json().data.name, 'Caf\u00E9 lead');
    });
  });
}
