import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startAdminTestApp, type AdminTestApp } from '../../helpers/admin.ts';
import { listen, rawRequest } from './raw-http.ts';

// Headers and CORS do not depend on the engine: SQLite only.
const APP = 'https://app.example.com';
const OTHER_APP = 'http://localhost:5173';

describe('security headers', () => {
  let roster: AdminTestApp;
  let token: string;
  before(async () => {
    roster = await startAdminTestApp('sqlite');
    token = await roster.token({ email: 'headers@example.com', email_verified: true });
    assert.equal((await roster.request({ method: 'GET', url: '/api/users/me', token })).statusCode, 200);
  });
  after(() => roster.close());

  test('every answer carries nosniff, no-referrer and DENY framing, and never X-Powered-By', async () => {
    const answers = [
      await roster.request({ method: 'GET', url: '/healthz' }),
      await roster.request({ method: 'GET', url: '/api/users/me', token }),
      await roster.request({ method: 'GET', url: '/api/v1/me' }),
      await roster.request({ method: 'GET', url: '/nowhere' }),
      await roster.admin('GET', '/api/admin/organizations'),
      await roster.request({ method: 'GET', url: '/openapi.json' }),
    ];
    for (const answer of answers) {
      assert.equal(answer.headers['x-content-type-options'], 'nosniff');
      assert.equal(answer.headers['referrer-policy'], 'no-referrer');
      assert.equal(answer.headers['x-frame-options'], 'DENY');
      assert.match(String(answer.headers['content-security-policy']), /frame-ancestors 'none'/);
      assert.equal(answer.headers['x-powered-by'], undefined);
    }
  });

  test('/docs carries the CSP its own page needs, still never framed', async () => {
    const page = await roster.request({ method: 'GET', url: '/docs/' });
    assert.equal(page.statusCode, 200);
    const csp = String(page.headers['content-security-policy']);
    assert.match(csp, /script-src 'self'/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(page.headers['x-frame-options'], 'DENY');
  });

  test('401 and 403 are never cached; nor is any admin answer', async () => {
    const missing = await roster.request({ method: 'GET', url: '/api/users/me' });
    const forbidden = await roster.request({ method: 'GET', url: '/api/admin/organizations', token });
    const notMember = await roster.request({
      method: 'POST',
      url: '/api/me/switch-organization',
      token,
      payload: { organizationId: '7f0ad2b2-8c53-4f43-9b8a-4b0a8d9e0c11' },
    });
    const adminOk = await roster.admin('GET', '/api/admin/organizations');
    const adminMissing = await roster.admin('GET', '/api/admin/organizations/7f0ad2b2-8c53-4f43-9b8a-4b0a8d9e0c11');
    assert.deepEqual(
      [missing, forbidden, notMember, adminOk, adminMissing].map((answer) => [
        answer.statusCode,
        answer.headers['cache-control'],
      ]),
      [
        [401, 'no-store'],
        [403, 'no-store'],
        [403, 'no-store'],
        [200, 'no-store'],
        [404, 'no-store'],
      ],
    );
  });

  test('every 401 challenges with Bearer realm="roster", adding error="invalid_token" when a token was sent', async () => {
    for (const url of ['/api/users/me', '/api/auth/me', '/api/v1/me', '/api/admin/users']) {
      const none = await roster.request({ method: 'GET', url });
      assert.equal(none.statusCode, 401);
      assert.equal(none.headers['www-authenticate'], 'Bearer realm="roster"', url);
      const basic = await roster.request({ method: 'GET', url, headers: { authorization: 'Basic dXNlcjpwYXNz' } });
      assert.equal(basic.headers['www-authenticate'], 'Bearer realm="roster"', url);
      const bad = await roster.request({ method: 'GET', url, headers: { authorization: 'Bearer not.a.token' } });
      assert.equal(bad.statusCode, 401);
      assert.equal(bad.headers['www-authenticate'], 'Bearer realm="roster", error="invalid_token"', url);
    }
  });

  test('answers Fastify writes before any hook carry the headers too', async () => {
    const port = await listen(roster.app);
    const answer = await rawRequest(port, 'GET /api/admin/users/%E0%A4%A HTTP/1.1\r\nHost: x', '', 0);
    assert.equal(answer.status, 400);
    assert.equal(answer.headers['x-content-type-options'], 'nosniff');
    assert.equal(answer.headers['x-frame-options'], 'DENY');
    assert.equal(answer.headers['referrer-policy'], 'no-referrer');
  });
});

describe('CORS', () => {
  let roster: AdminTestApp;
  let plain: AdminTestApp;
  let token: string;
  before(async () => {
    roster = await startAdminTestApp('sqlite', { CORS_ORIGINS: `${APP}, ${OTHER_APP}` });
    plain = await startAdminTestApp('sqlite');
    token = await roster.token({ email: 'browser@example.com', email_verified: true });
  });
  after(() => Promise.all([roster.close(), plain.close()]));

  const preflight = (app: AdminTestApp, origin: string, url = '/api/users/me') =>
    app.request({
      method: 'OPTIONS',
      url,
      headers: {
        origin,
        'access-control-request-method': 'PATCH',
        'access-control-request-headers': 'authorization, content-type, if-none-match',
      },
    });

  test('a preflight from an allowed origin is 204 with methods, headers and max-age, and needs no token', async () => {
    for (const url of ['/api/users/me', '/api/v1/me', '/api/admin/organizations']) {
      const answer = await preflight(roster, APP, url);
      assert.equal(answer.statusCode, 204, url);
      assert.equal(answer.headers['access-control-allow-origin'], APP);
      const methods = String(answer.headers['access-control-allow-methods']).split(/,\s*/);
      for (const method of ['GET', 'POST', 'PATCH', 'PUT', 'DELETE']) assert.ok(methods.includes(method), method);
      const headers = String(answer.headers['access-control-allow-headers']).toLowerCase().split(/,\s*/);
      for (const header of ['authorization', 'content-type', 'if-none-match'])
        assert.ok(headers.includes(header), header);
      assert.match(String(answer.headers['access-control-max-age']), /^[1-9]\d*$/);
      assert.equal(answer.headers['access-control-allow-credentials'], undefined);
      assert.match(String(answer.headers.vary), /Origin/);
    }
  });

  test('every answer to an allowed origin echoes it, varies on Origin and exposes the headers a client reads', async () => {
    const answers = [
      await roster.request({ method: 'GET', url: '/api/users/me', token, headers: { origin: OTHER_APP } }),
      await roster.request({ method: 'GET', url: '/api/users/me', headers: { origin: OTHER_APP } }),
      await roster.request({ method: 'GET', url: '/healthz', headers: { origin: OTHER_APP } }),
    ];
    assert.deepEqual(
      answers.map((answer) => answer.statusCode),
      [200, 401, 200],
    );
    for (const answer of answers) {
      assert.equal(answer.headers['access-control-allow-origin'], OTHER_APP);
      assert.match(String(answer.headers.vary), /(^|, *)Origin(,|$)/i);
      const exposed = String(answer.headers['access-control-expose-headers']).toLowerCase().split(/,\s*/);
      for (const header of ['etag', 'retry-after', 'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset'])
        assert.ok(exposed.includes(header), header);
      assert.equal(answer.headers['access-control-allow-credentials'], undefined);
    }
    assert.match(String(answers[0]!.headers.vary), /Authorization/, 'the /me Vary keeps Authorization too');
  });

  test('an origin not on the list gets no Access-Control-Allow-Origin, and * is never sent', async () => {
    for (const origin of [
      'https://evil.example.com',
      'https://app.example.com.evil.com',
      'null',
      `${APP}:443`,
      'http://app.example.com',
    ]) {
      const answer = await roster.request({ method: 'GET', url: '/api/users/me', token, headers: { origin } });
      assert.equal(answer.headers['access-control-allow-origin'], undefined, origin);
      const flight = await preflight(roster, origin);
      assert.equal(flight.headers['access-control-allow-origin'], undefined, origin);
    }
  });

  test('without CORS_ORIGINS there are no CORS headers at all', async () => {
    const answer = await plain.request({ method: 'GET', url: '/healthz', headers: { origin: APP } });
    assert.equal(answer.headers['access-control-allow-origin'], undefined);
    assert.equal(answer.headers['access-control-expose-headers'], undefined);
    const flight = await preflight(plain, APP);
    assert.equal(flight.headers['access-control-allow-origin'], undefined);
    assert.equal(flight.headers['access-control-allow-methods'], undefined);
  });
});
