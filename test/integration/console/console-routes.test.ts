import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pino } from 'pino';
import { loadConfig } from '../../../src/config/config.ts';
import { openRoster, type Roster } from '../../../src/roster.ts';
import { startTestApp, type TestApp } from '../../helpers/app.ts';

describe('the console routes with an external issuer', () => {
  let roster: TestApp;
  let configured: TestApp;
  before(async () => {
    roster = await startTestApp('sqlite', {
      env: { AUTH_AUDIENCE: 'https://api.example.com,https://other.example.com' },
    });
    configured = await startTestApp('sqlite', { env: { ROSTER_CONSOLE_CLIENT_ID: 'console-client' } });
  });
  after(async () => {
    await roster?.close();
    await configured?.close();
  });

  test('GET /console serves the page with a strict CSP of its own and the front door headers', async () => {
    const response = await roster.request({ method: 'GET', url: '/console' });
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^text\/html/);
    assert.match(response.body, /<script type="module" src="\/console\/assets\/main\.js"><\/script>/);
    assert.doesNotMatch(
      response.body,
      /<script>|<script type="module">|<script type="importmap">|style="/,
      'no inline script or style',
    );
    const csp = String(response.headers['content-security-policy']);
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.match(csp, new RegExp(`connect-src 'self' ${new URL(roster.issuer.url).origin}`));
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.equal(response.headers['x-frame-options'], 'DENY');
    assert.equal(response.headers['x-content-type-options'], 'nosniff');
    assert.equal(response.headers['referrer-policy'], 'no-referrer');
    assert.equal((await roster.request({ method: 'GET', url: '/console/' })).statusCode, 200);
  });

  test('serves its modules, oauth4webapi from its package, and nothing else', async () => {
    for (const name of [
      'main.js',
      'api.js',
      'auth.js',
      'ui.js',
      'access-view.js',
      'console.css',
      'vendor/oauth4webapi.js',
    ]) {
      const response = await roster.request({ method: 'GET', url: `/console/assets/${name}` });
      assert.equal(response.statusCode, 200, name);
      assert.match(
        String(response.headers['content-type']),
        name.endsWith('.css') ? /^text\/css/ : /^text\/javascript/,
      );
      assert.match(String(response.headers['content-security-policy']), /default-src 'self'/);
    }
    assert.match(
      (await roster.request({ method: 'GET', url: '/console/assets/vendor/oauth4webapi.js' })).body,
      /export async function discoveryRequest/,
    );
    for (const path of [
      '/console/assets/nope.js',
      '/console/assets/../package.json',
      '/console/assets/%2e%2e/package.json',
      '/console/assets/vendor/../../src/server.ts',
    ]) {
      const response = await roster.request({ method: 'GET', url: path });
      assert.equal(response.statusCode, 404, path);
      assert.equal(response.json().error.code, 'NotFound');
    }
  });

  test('settings: the issuer, no client id until configured, and the first audience as the resource', async () => {
    assert.deepEqual((await roster.request({ method: 'GET', url: '/console/settings.json' })).json(), {
      mode: 'issuer',
      issuer: roster.issuer.url,
      clientId: null,
      resource: 'https://api.example.com',
      scope: 'openid profile email',
    });
    const settings = (await configured.request({ method: 'GET', url: '/console/settings.json' })).json();
    assert.equal(settings.clientId, 'console-client');
    assert.equal(settings.resource, null);
  });

  test('the console routes are in the OpenAPI document', async () => {
    const document = (await roster.request({ method: 'GET', url: '/openapi.json' })).json();
    for (const path of ['/console', '/console/assets/{*}', '/console/settings.json']) {
      assert.ok(document.paths[path]?.get, `${path} is documented`);
    }
    assert.equal(document.paths['/console/dev-token'], undefined, 'no dev sign-in with an external issuer');
  });

  test('the dev-issuer sign-in does not exist with an external issuer', async () => {
    const response = await roster.request({
      method: 'POST',
      url: '/console/dev-token',
      payload: { email: 'root@example.com' },
    });
    assert.equal(response.statusCode, 404);
    assert.equal(response.json().error.code, 'NotFound');
  });
});

describe('the console routes in dev-issuer mode', () => {
  let workDir: string;
  let roster: Roster;
  before(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'roster-console-routes-'));
    const config = loadConfig({
      DATABASE_URL: 'sqlite::memory:',
      ROSTER_DATA_DIR: join(workDir, 'data'),
      LOG_LEVEL: 'silent',
    });
    roster = await openRoster(config, pino({ level: 'silent' }));
  });
  after(async () => {
    await roster?.app.close();
    await rm(workDir, { recursive: true, force: true });
  });

  type Caller = { remoteAddress?: string; headers?: Record<string, string> };
  const devToken = (payload: object, options: Caller = {}) =>
    roster.app.inject({ method: 'POST', url: '/console/dev-token', payload, ...options });

  test('mints a dev-issuer token for a loopback caller and signs the user in', async () => {
    const response = await devToken(
      { email: 'root@example.com' },
      { headers: { host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000' } },
    );
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(response.headers['cache-control'], 'no-store');
    const { accessToken, tokenType, expiresIn } = response.json().data;
    assert.equal(tokenType, 'Bearer');
    assert.equal(expiresIn, 3600);
    const me = await roster.app.inject({
      method: 'GET',
      url: '/api/users/me',
      headers: { authorization: `Bearer ${accessToken}` },
    });
    assert.equal(me.statusCode, 200);
    assert.equal(me.json().data.email, 'root@example.com');
    for (const remoteAddress of ['::1', '::ffff:127.0.0.1']) {
      assert.equal((await devToken({ email: 'root@example.com' }, { remoteAddress })).statusCode, 200, remoteAddress);
    }
    assert.equal((await roster.app.inject({ method: 'GET', url: '/console/settings.json' })).json().mode, 'dev');
  });

  test('refuses a caller off this machine, a foreign Host (DNS rebinding) or a foreign Origin, with 403', async () => {
    const refusals: Caller[] = [
      { remoteAddress: '10.0.0.5' },
      { remoteAddress: '::ffff:192.168.1.2' },
      { headers: { host: 'evil.example:3000' } },
      { headers: { host: '127.0.0.1:3000', origin: 'http://evil.example' } },
      { headers: { host: '127.0.0.1:3000', origin: 'http://127.0.0.1:4000' } },
    ];
    for (const options of refusals) {
      const response = await devToken({ email: 'root@example.com' }, options);
      assert.equal(response.statusCode, 403, JSON.stringify(options));
      assert.equal(response.json().error.code, 'Forbidden');
      assert.doesNotMatch(response.body, /eyJ/, 'no token in a refusal');
    }
  });

  test('a body that is not one valid email is a 400 and mints nothing', async () => {
    for (const payload of [{}, { email: 'not-an-email' }, { email: 'a@example.com', admin: true }, { email: 42 }]) {
      const response = await devToken(payload);
      assert.equal(response.statusCode, 400, JSON.stringify(payload));
      assert.equal(response.json().error.code, 'ValidationFailed');
    }
  });
});
