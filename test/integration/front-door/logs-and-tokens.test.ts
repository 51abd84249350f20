import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../../../src/config/config.ts';
import { createLogger } from '../../../src/logger.ts';
import { openRoster } from '../../../src/roster.ts';
import { startTestApp } from '../../helpers/app.ts';
import { startTestIssuer, type TestIssuer } from '../../helpers/jwks-server.ts';
import { createTestKey } from '../../helpers/test-keys.ts';

// What a log line may hold does not depend on the engine: SQLite only.
interface LoggedRoster {
  app: FastifyInstance;
  lines: Array<Record<string, any>>;
  text(): string;
  close(): Promise<void>;
}

async function startLogged(env: Record<string, string>): Promise<LoggedRoster> {
  const lines: Array<Record<string, any>> = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  const dataDir = await mkdtemp(join(tmpdir(), 'roster-front-door-log-'));
  const config = loadConfig({ DATABASE_URL: 'sqlite::memory:', ROSTER_DATA_DIR: dataDir, LOG_LEVEL: 'info', ...env });
  const { app } = await openRoster(config, createLogger('info', sink));
  return {
    app,
    lines,
    text: () => lines.map((line) => JSON.stringify(line)).join('\n'),
    async close() {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

describe('logs', () => {
  let issuer: TestIssuer;
  let roster: LoggedRoster;
  before(async () => {
    issuer = await startTestIssuer();
    roster = await startLogged({
      AUTH_ISSUER: issuer.url,
      AUTH_JWKS_URL: issuer.jwksUrl,
      ROSTER_ADMIN_TOKEN: 'admin-secret-0123456789',
    });
  });
  after(async () => {
    await roster.close();
    await issuer.close();
  });

  test('a token, secret or email in any query parameter never reaches a line at info', async () => {
    const token = await issuer.sign({ sub: 'query-carrier' });
    const urls = [
      `/api/users/me?jwt=${token}`,
      `/api/users/me?authorization=Bearer%20${token}`,
      '/api/admin/users?email=private.person%40example.com',
      `/readyz?whatever=${token}`,
    ];
    for (const url of urls)
      await roster.app.inject({ method: 'GET', url, headers: { authorization: 'Bearer admin-secret-0123456789' } });
    const text = roster.text();
    assert.ok(!text.includes(token.split('.')[2]!), 'no token');
    assert.ok(!text.includes('private.person'), 'no email');
    assert.ok(!text.includes('admin-secret'), 'no secret');
    const logged = roster.lines.filter((line) => line.msg === 'incoming request').map((line) => line.req.url);
    assert.ok(logged.includes('/api/admin/users?email=[redacted]'), logged.join('\n'));
  });

  test('a refused token logs why at info (claim, expected, received), never the token and never in the answer', async () => {
    const wrongIssuer = await issuer.sign({ sub: 'someone', iss: `${issuer.url}/` });
    const response = await roster.app.inject({
      method: 'GET',
      url: '/api/users/me',
      headers: { authorization: `Bearer ${wrongIssuer}` },
    });
    assert.equal(response.statusCode, 401);
    assert.ok(!response.body.includes('iss') && !response.body.includes(issuer.url), response.body);
    const refusal = roster.lines.filter((line) => line.msg === 'access token refused').at(-1);
    assert.ok(refusal, 'a refusal line');
    assert.equal(refusal.level, 30, 'at info');
    assert.match(refusal.reason, /"iss" claim/);
    assert.ok(refusal.reason.includes(JSON.stringify(issuer.url)), 'expected value');
    assert.ok(refusal.reason.includes(JSON.stringify(`${issuer.url}/`)), 'received value');
    assert.ok(!roster.text().includes(wrongIssuer.split('.')[2]!), 'never the token');
  });

  test('an expired token and a foreign signature log their own reasons', async () => {
    const expired = await issuer.sign({ sub: 'late', exp: Math.floor(Date.now() / 1000) - 3600 });
    await roster.app.inject({ method: 'GET', url: '/api/users/me', headers: { authorization: `Bearer ${expired}` } });
    assert.match(roster.lines.filter((line) => line.msg === 'access token refused').at(-1)!.reason, /"exp" claim/);
    const unknownKid = await issuer.sign({ sub: 'x' }, { header: { kid: 'no-such-kid' } });
    await roster.app.inject({
      method: 'GET',
      url: '/api/users/me',
      headers: { authorization: `Bearer ${unknownKid}` },
    });
    assert.ok(
      roster.lines
        .filter((line) => line.msg === 'access token refused')
        .at(-1)!
        .reason.includes(issuer.jwksUrl),
    );
  });

  test('an address over its anonymous limit gets a few signature checks a second, then refusals unchecked', async () => {
    const limited = await startLogged({
      AUTH_ISSUER: issuer.url,
      AUTH_JWKS_URL: issuer.jwksUrl,
      ROSTER_RATE_LIMIT_ANONYMOUS: '1',
    });
    try {
      // The issuer's kid, another key's signature: only a signature check can refuse it.
      const published = (await (await fetch(issuer.jwksUrl)).json()) as { keys: Array<{ kid: string }> };
      const forged = await issuer.sign(
        { sub: 'forger' },
        { key: await createTestKey('RS256', published.keys[0]!.kid) },
      );
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 100; attempt++) {
        const headers = { authorization: `Bearer ${forged}` };
        statuses.push((await limited.app.inject({ method: 'GET', url: '/api/users/me', headers })).statusCode);
      }
      assert.equal(statuses[0], 401);
      assert.ok(statuses.slice(1).every((status) => status === 429));
      const checked = limited.lines.filter((line) => line.msg === 'access token refused').length;
      // 100 requests take far less than the 5 s it would need for every one of them to be checked.
      assert.ok(checked < 100, `${checked} of 100 forged tokens were checked`);
      assert.ok(checked >= 2, 'checks go on within the allowance');
    } finally {
      await limited.close();
    }
  });

  test('a JWKS that cannot be fetched is logged with its URL and the fetch error', async () => {
    const down = await startTestIssuer();
    const logged = await startLogged({ AUTH_ISSUER: down.url, AUTH_JWKS_URL: down.jwksUrl });
    try {
      const token = await down.sign({ sub: 'x' });
      await down.close();
      const response = await logged.app.inject({
        method: 'GET',
        url: '/api/users/me',
        headers: { authorization: `Bearer ${token}` },
      });
      assert.equal(response.statusCode, 503);
      assert.ok(!response.body.includes(down.jwksUrl));
      const reason = logged.lines.find((line) => line.msg === 'access token refused')?.reason as string;
      assert.ok(reason.includes(down.jwksUrl), reason);
      assert.match(reason, /could not be fetched: .+/);
    } finally {
      await logged.close();
    }
  });

  test('without AUTH_AUDIENCE an issuer-mode start warns; with it, or in dev-issuer mode, it does not', async () => {
    const warning = (lines: Array<Record<string, any>>) =>
      lines.some((line) => line.level === 40 && /AUTH_AUDIENCE/.test(line.msg));
    assert.ok(warning(roster.lines));
    const withAudience = await startLogged({
      AUTH_ISSUER: issuer.url,
      AUTH_JWKS_URL: issuer.jwksUrl,
      AUTH_AUDIENCE: 'https://api.example.com',
    });
    const dev = await startLogged({});
    try {
      assert.equal(warning(withAudience.lines), false);
      assert.equal(warning(dev.lines), false);
    } finally {
      await withAudience.close();
      await dev.close();
    }
  });
});

describe('AUTH_REQUIRE_TOKEN_TYPE', () => {
  test('at+jwt refuses a token of another or no type, and accepts at+jwt (RFC 9068)', async () => {
    const roster = await startTestApp('sqlite', { env: { AUTH_REQUIRE_TOKEN_TYPE: 'at+jwt' } });
    try {
      const idToken = await roster.token(
        { sub: 'typ-user', email: 'typ@example.com', email_verified: true },
        { header: { typ: 'JWT' } },
      );
      const untyped = await roster.token(
        { sub: 'typ-user', email: 'typ@example.com', email_verified: true },
        { header: { typ: undefined } },
      );
      const accessToken = await roster.token(
        { sub: 'typ-user', email: 'typ@example.com', email_verified: true },
        { header: { typ: 'at+jwt' } },
      );
      const longForm = await roster.token(
        { sub: 'typ-user', email: 'typ@example.com', email_verified: true },
        { header: { typ: 'application/at+jwt' } },
      );
      for (const token of [idToken, untyped]) {
        const response = await roster.request({ method: 'GET', url: '/api/users/me', token });
        assert.equal(response.statusCode, 401);
        assert.equal(response.json().error.code, 'InvalidToken');
      }
      for (const token of [accessToken, longForm])
        assert.equal((await roster.request({ method: 'GET', url: '/api/users/me', token })).statusCode, 200);
    } finally {
      await roster.close();
    }
  });

  test('unset, a plain JWT is accepted', async () => {
    const roster = await startTestApp('sqlite');
    try {
      const token = await roster.token(
        { email: 'plain@example.com', email_verified: true },
        { header: { typ: 'JWT' } },
      );
      assert.equal((await roster.request({ method: 'GET', url: '/api/users/me', token })).statusCode, 200);
    } finally {
      await roster.close();
    }
  });
});
