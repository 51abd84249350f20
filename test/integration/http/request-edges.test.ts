import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestApp, type TestApp } from '../../helpers/app.ts';
import { testEngines } from '../../helpers/databases.ts';
import { createTestKey } from '../../helpers/test-keys.ts';

type Family = 'plain' | 'json-api' | 'auth';
const codeOf = (family: Family, body: any): string =>
  family === 'json-api' ? body.errors[0].code : family === 'auth' ? body.error.code : body.error.code;

/** One GET and, where the family has one, one body-taking route of each family. */
const readRoutes: Array<[Family, string]> = [
  ['plain', '/api/users/me'],
  ['plain', '/api/me/organizations'],
  ['auth', '/api/auth/me'],
  ['json-api', '/api/v1/me'],
];
const bodyRoutes: Array<[Family, 'PATCH' | 'POST', string]> = [
  ['plain', 'PATCH', '/api/users/me'],
  ['plain', 'POST', '/api/me/switch-organization'],
  ['json-api', 'PATCH', '/api/v1/me'],
];

for (const engine of await testEngines()) {
  describe(`request edges on ${engine}`, () => {
    let roster: TestApp;
    let token: string;
    before(async () => {
      roster = await startTestApp(engine);
      token = await roster.token({ email: 'edge@example.com', email_verified: true, given_name: 'Edge' });
      assert.equal((await roster.request({ method: 'GET', url: '/api/users/me', token })).statusCode, 200);
    });
    after(() => roster.close());

    for (const [family, method, url] of bodyRoutes) {
      test(`${method} ${url}: a body over 64 KiB is 413, and nothing changes`, async () => {
        const response = await roster.request({
          method,
          url,
          token,
          headers: { 'content-type': 'application/json' },
          payload: JSON.stringify({ firstName: 'x'.repeat(65 * 1024) }),
        });
        assert.equal(response.statusCode, 413);
        assert.equal(codeOf(family, response.json()), 'PayloadTooLarge');
        const me = (await roster.request({ method: 'GET', url: '/api/users/me', token })).json();
        assert.equal(me.data.firstName, 'Edge');
      });

      test(`${method} ${url}: malformed JSON is 400 ValidationFailed`, async () => {
        const response = await roster.request({
          method,
          url,
          token,
          headers: { 'content-type': 'application/json' },
          payload: '{"firstName": ',
        });
        assert.equal(response.statusCode, 400);
        assert.equal(codeOf(family, response.json()), 'ValidationFailed');
      });

      for (const contentType of [
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
      ]) {
        test(`${method} ${url}: a ${contentType.split(';')[0]} body is 415 UnsupportedMediaType`, async () => {
          const response = await roster.request({
            method,
            url,
            token,
            headers: { 'content-type': contentType },
            payload: 'firstName=x',
          });
          assert.equal(response.statusCode, 415);
          assert.equal(codeOf(family, response.json()), 'UnsupportedMediaType');
        });
      }
    }

    for (const [family, url] of readRoutes) {
      test(`GET ${url}: a token in the query string never authenticates`, async () => {
        const response = await roster.request({ method: 'GET', url: `${url}?access_token=${token}` });
        assert.equal(response.statusCode, 401);
        assert.equal(codeOf(family, response.json()), 'MissingToken');
      });

      test(`GET ${url}: a token signed by a key the issuer never published is 401 InvalidToken`, async () => {
        const stranger = await createTestKey('RS256');
        const forged = await roster.issuer.sign({ email: 'edge@example.com' }, { key: stranger });
        const response = await roster.request({ method: 'GET', url, token: forged });
        assert.equal(response.statusCode, 401);
        assert.equal(codeOf(family, response.json()), 'InvalidToken');
        if (family === 'json-api') assert.equal(response.json().errors[0].requiresLogin, true);
      });
    }

    test('a declared body over 64 KiB is 413 whatever its media type', async () => {
      const response = await roster.request({
        method: 'PATCH',
        url: '/api/users/me',
        token,
        headers: { 'content-type': 'text/plain' },
        payload: 'x'.repeat(70 * 1024),
      });
      assert.equal(response.statusCode, 413);
      assert.equal(response.json().error.code, 'PayloadTooLarge');
    });

    test('a body with __proto__ is refused as a field, not as malformed JSON, and nothing changes', async () => {
      for (const payload of [
        '{"__proto__":{"firstName":"Polluted"}}',
        '{"constructor":{"prototype":{"firstName":"Polluted"}}}',
      ]) {
        const response = await roster.request({
          method: 'PATCH',
          url: '/api/users/me',
          token,
          headers: { 'content-type': 'application/json' },
          payload,
        });
        assert.equal(response.statusCode, 400);
        assert.equal(response.json().error.code, 'ValidationFailed');
        assert.equal(response.json().error.details[0].field, '__proto__');
      }
      assert.equal(
        (await roster.request({ method: 'GET', url: '/api/users/me', token })).json().data.firstName,
        'Edge',
      );
      assert.equal(({} as Record<string, unknown>).firstName, undefined);
    });

    test('over a real socket, a token of 20 KB is 401 InvalidToken in the family shape, not a bare 431', async () => {
      const base = await roster.app.listen({ port: 0, host: '127.0.0.1' });
      const huge = `${token}${'A'.repeat(20 * 1024)}`;
      for (const [family, url] of readRoutes) {
        const response = await fetch(`${base}${url}`, { headers: { authorization: `Bearer ${huge}` } });
        assert.equal(response.status, 401, url);
        const body = await response.json();
        assert.equal(codeOf(family, body), 'InvalidToken');
        if (family === 'json-api') assert.equal(body.errors[0].requiresLogin, true);
      }
    });

    test('a NUL character in a /me body is a 400 naming the field (a pointer under /api/v1), and nothing changes', async () => {
      const plain = await roster.request({
        method: 'PATCH',
        url: '/api/users/me',
        token,
        payload: { lastName: 'a\u0000b' },
      });
      assert.equal(plain.statusCode, 400);
      assert.deepEqual(plain.json().error.details, [
        { field: 'lastName', message: 'must not contain a NUL character' },
      ]);
      const me = (await roster.request({ method: 'GET', url: '/api/users/me', token })).json().data;
      const jsonApi = await roster.request({
        method: 'PATCH',
        url: '/api/v1/me',
        token,
        headers: { 'content-type': 'application/vnd.api+json' },
        payload: JSON.stringify({ data: { type: 'person', id: me.id, attributes: { lastName: 'a\u0000b' } } }),
      });
      assert.equal(jsonApi.statusCode, 400);
      assert.equal(jsonApi.json().errors[0].source.pointer, '/data/attributes/lastName');
      assert.equal(
        (await roster.request({ method: 'GET', url: '/api/users/me', token })).json().data.lastName,
        me.lastName,
      );
    });

    test('a verified non-ASCII email from the token is kept as sent', async () => {
      const international = await roster.token({ email: 'Ünï@exämple.com', email_verified: true });
      const response = await roster.request({ method: 'GET', url: '/api/users/me', token: international });
      assert.equal(response.statusCode, 200);
      assert.equal(response.json().data.email, 'Ünï@exämple.com');
    });

    test('a JSON:API 404 carries the bare JSON:API media type', async () => {
      const response = await roster.request({ method: 'GET', url: '/api/v1/nothing-here' });
      assert.equal(response.statusCode, 404);
      assert.equal(response.headers['content-type'], 'application/vnd.api+json');
    });
  });

  describe(`outages on ${engine}`, () => {
    test('an issuer that cannot be reached for a key: 503 Unavailable with Retry-After in every family', async () => {
      const roster = await startTestApp(engine);
      try {
        const token = await roster.token({ email: 'down@example.com', email_verified: true });
        roster.issuer.setDown(true);
        for (const [family, url] of readRoutes) {
          const response = await roster.request({ method: 'GET', url, token });
          assert.equal(response.statusCode, 503, `${url}: ${response.body}`);
          assert.equal(codeOf(family, response.json()), 'Unavailable');
          assert.match(String(response.headers['retry-after']), /^\d+$/);
        }
      } finally {
        await roster.close();
      }
    });

    test('a database that cannot be reached: 503 Unavailable, never a 500 with details', async () => {
      const roster = await startTestApp(engine);
      try {
        const token = await roster.token({ email: 'nodb@example.com', email_verified: true });
        await roster.database.destroy();
        const response = await roster.request({ method: 'GET', url: '/api/users/me', token });
        assert.equal(response.statusCode, 503);
        assert.equal(response.json().error.code, 'Unavailable');
        assert.ok(!/select|insert|at \w+ \(/i.test(response.body), 'no SQL or stack in the body');
      } finally {
        await roster.close().catch(() => {});
      }
    });
  });
}
