import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../../../src/config/config.ts';
import type { Clock } from '../../../src/domain/clock.ts';
import { createLogger } from '../../../src/logger.ts';
import { openRoster } from '../../../src/roster.ts';
import { createTestClock } from '../../helpers/app.ts';
import { createTestKey, signWithKey, type Claims, type TestKey } from '../../helpers/test-keys.ts';

/**
 * A Keycloak-like issuer on loopback: its keys are at the path discovery names
 * (`/protocol/openid-connect/certs`), not at the conventional `/.well-known/jwks.json`, so only
 * discovery finds them.
 */
interface FakeIssuer {
  url: string;
  key: TestKey;
  down: boolean;
  /** Replaces the key set document: `bytes` of valid JSON, sent chunked or with its length. */
  jwksPadding: { bytes: number; declareLength: boolean } | null;
  userinfo: (token: string) => Claims | number;
  userinfoCalls: number;
  sign(claims: Claims): Promise<string>;
  close(): Promise<void>;
}

async function startFakeIssuer(): Promise<FakeIssuer> {
  const key = await createTestKey('ES256');
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const send = (status: number, body?: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(body === undefined ? undefined : JSON.stringify(body));
    };
    if (fake.down) return send(503, { error: 'down' });
    switch (new URL(req.url ?? '/', fake.url).pathname) {
      case '/.well-known/openid-configuration':
        return send(200, {
          issuer: fake.url,
          jwks_uri: `${fake.url}/protocol/openid-connect/certs`,
          userinfo_endpoint: `${fake.url}/protocol/openid-connect/userinfo`,
        });
      case '/protocol/openid-connect/certs': {
        if (!fake.jwksPadding) return send(200, { keys: [key.publicJwk] });
        const head = JSON.stringify({ keys: [key.publicJwk], padding: '' }).slice(0, -2);
        const filler = 'x'.repeat(Math.max(0, fake.jwksPadding.bytes - head.length - 2));
        const body = `${head}${filler}"}`;
        const length = fake.jwksPadding.declareLength ? { 'content-length': String(Buffer.byteLength(body)) } : {};
        res.writeHead(200, { 'content-type': 'application/json', ...length });
        for (let at = 0; at < body.length; at += 64 * 1024) res.write(body.slice(at, at + 64 * 1024));
        return res.end();
      }
      case '/protocol/openid-connect/userinfo': {
        fake.userinfoCalls += 1;
        const answer = fake.userinfo((req.headers.authorization ?? '').replace(/^Bearer /, ''));
        return typeof answer === 'number' ? send(answer) : send(200, answer);
      }
      default:
        return send(404, { error: 'not found' });
    }
  };
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const fake: FakeIssuer = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    key,
    down: false,
    jwksPadding: null,
    userinfo: () => 401,
    userinfoCalls: 0,
    sign: (claims) => {
      const now = Math.floor(Date.now() / 1000);
      return signWithKey(key, { iss: fake.url, sub: `user-${Math.random()}`, iat: now, exp: now + 300, ...claims });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  return fake;
}

interface LoggedRoster {
  app: FastifyInstance;
  logs(): Array<Record<string, any>>;
  me(token: string): Promise<{ status: number; body: any }>;
}

describe('identity provider faults', () => {
  let dataDir: string;
  let issuer: FakeIssuer;
  const rosters: FastifyInstance[] = [];

  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'roster-issuer-faults-'));
    issuer = await startFakeIssuer();
  });
  after(async () => {
    for (const app of rosters) await app.close();
    await issuer.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  /** Roster over `sqlite::memory:` trusting the fake issuer, found by discovery, logging into memory. */
  async function startRoster(env: Record<string, string> = {}, clock?: Clock): Promise<LoggedRoster> {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    const config = loadConfig({
      DATABASE_URL: 'sqlite::memory:',
      ROSTER_DATA_DIR: dataDir,
      AUTH_ISSUER: issuer.url,
      LOG_LEVEL: 'info',
      ...env,
    });
    const { app } = await openRoster(config, createLogger('info', sink), clock ? { clock } : {});
    rosters.push(app);
    await app.ready();
    return {
      app,
      logs: () => lines.map((line) => JSON.parse(line)),
      async me(token) {
        const headers = { authorization: `Bearer ${token}` };
        const response = await app.inject({ method: 'GET', url: '/api/users/me', headers });
        return { status: response.statusCode, body: response.json() };
      },
    };
  }

  test('issuer down at start: failure logged, tokens 503; once up, tokens work without a restart', async (t) => {
    issuer.down = true;
    const roster = await startRoster();
    const failure = roster.logs().find((entry) => /OIDC discovery failed/.test(entry.msg));
    assert.ok(failure, 'the failed discovery is logged');
    assert.equal(failure.level, 40, 'at warn');
    const token = await issuer.sign({});
    const down = await roster.me(token);
    assert.equal(down.status, 503);
    assert.equal(down.body.error.code, 'Unavailable');

    issuer.down = false;
    const upAt = Date.now();
    let status = 0;
    while (status !== 200) {
      assert.ok(Date.now() - upAt < 20_000, 'tokens work again without a restart');
      status = (await roster.me(await issuer.sign({}))).status;
      if (status !== 200) await sleep(100);
    }
    t.diagnostic(`issuer back: first 200 after ${Date.now() - upAt} ms`);
    assert.ok(roster.logs().some((entry) => entry.msg === 'OIDC discovery succeeded'));
  });

  test('a key set over 1 MiB is refused like an unreachable issuer (503); one under it is used', async () => {
    try {
      for (const declareLength of [false, true]) {
        issuer.jwksPadding = { bytes: 2 * 1024 * 1024, declareLength };
        const roster = await startRoster();
        const refused = await roster.me(await issuer.sign({}));
        assert.equal(refused.status, 503, `declared length: ${declareLength}`);
        assert.equal(refused.body.error.code, 'Unavailable');
      }
      issuer.jwksPadding = { bytes: 900 * 1024, declareLength: false };
      const roster = await startRoster();
      assert.equal((await roster.me(await issuer.sign({}))).status, 200);
    } finally {
      issuer.jwksPadding = null;
    }
  });

  test('userinfo refusing the token: warn with its status; asked again an hour later, email learned', async () => {
    const clock = createTestClock();
    const roster = await startRoster({ AUTH_USERINFO: 'oidc' }, clock);
    const sub = `user-${Math.random()}`;
    issuer.userinfo = () => 401;
    issuer.userinfoCalls = 0;

    const first = await roster.me(await issuer.sign({ sub }));
    assert.equal(first.status, 200);
    assert.equal(first.body.data.email, null);
    const refusal = roster.logs().find((entry) => entry.status === 401);
    assert.ok(refusal, 'the refusal is logged');
    assert.equal(refusal.level, 40, 'at warn');
    assert.equal(issuer.userinfoCalls, 1);

    issuer.userinfo = () => ({ sub, email: 'late@example.com', email_verified: true });
    clock.advance(30 * 60_000);
    const soon = await roster.me(await issuer.sign({ sub }));
    assert.equal(soon.body.data.email, null, 'not asked again within the hour');
    assert.equal(issuer.userinfoCalls, 1);

    clock.advance(31 * 60_000);
    const later = await roster.me(await issuer.sign({ sub }));
    assert.equal(later.status, 200);
    assert.equal(issuer.userinfoCalls, 2, 'asked again after an hour');
    assert.equal(later.body.data.email, 'late@example.com');
    assert.equal(later.body.data.emailVerified, true);

    clock.advance(2 * 3_600_000);
    await roster.me(await issuer.sign({ sub }));
    assert.equal(issuer.userinfoCalls, 2, 'never asked again once an email is known');
    const mentions = roster.logs().filter((entry) => JSON.stringify(entry).includes('late@example.com'));
    assert.deepEqual(mentions, [], 'no email in the log');
  });

  test('a user provisioned without an email takes the one a later token carries, at once', async () => {
    const roster = await startRoster({ AUTH_USERINFO: 'oidc' });
    const sub = `user-${Math.random()}`;
    issuer.userinfo = () => 401;
    assert.equal((await roster.me(await issuer.sign({ sub }))).body.data.email, null);
    const later = await roster.me(await issuer.sign({ sub, email: 'claimed@example.com', email_verified: true }));
    assert.equal(later.status, 200);
    assert.equal(later.body.data.email, 'claimed@example.com');
    assert.equal(later.body.data.emailVerified, true);
  });
});
