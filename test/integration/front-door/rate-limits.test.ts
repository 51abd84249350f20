import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { startAdminTestApp, type AdminTestApp } from '../../helpers/admin.ts';
import { createTestKey } from '../../helpers/test-keys.ts';

// Rate limits are counted in memory, the same on either engine: SQLite only.
const apps: AdminTestApp[] = [];
after(() => Promise.all(apps.map((app) => app.close())));

async function start(env: Record<string, string>): Promise<AdminTestApp> {
  const roster = await startAdminTestApp('sqlite', env);
  apps.push(roster);
  return roster;
}

const limitHeaders = (headers: Record<string, unknown>) => [
  headers['ratelimit-limit'],
  headers['ratelimit-remaining'],
  headers['ratelimit-reset'],
];

function assertRateLimited(
  response: { statusCode: number; headers: Record<string, unknown>; json(): any },
  family: 'plain' | 'json-api' | 'auth',
) {
  assert.equal(response.statusCode, 429);
  const body = response.json();
  assert.equal(family === 'json-api' ? body.errors[0].code : body.error.code, 'RateLimited');
  if (family === 'auth') assert.equal(body.success, false);
  assert.match(String(response.headers['retry-after']), /^[1-9]\d*$/);
  assert.equal(response.headers['ratelimit-remaining'], '0');
}

describe('rate limits', () => {
  test('reads: each user has their own budget; every answer says where it stands; over it, 429 in every family', async () => {
    const roster = await start({ ROSTER_RATE_LIMIT_READS: '3' });
    const alice = await roster.token({ email: 'alice@example.com', email_verified: true });
    const bob = await roster.token({ email: 'bob@example.com', email_verified: true });
    const seen: unknown[][] = [];
    for (const url of ['/api/users/me', '/api/auth/me', '/api/v1/me']) {
      const response = await roster.request({ method: 'GET', url, token: alice });
      assert.equal(response.statusCode, 200);
      seen.push(limitHeaders(response.headers));
    }
    assert.deepEqual(
      seen.map(([limit, remaining]) => [limit, remaining]),
      [
        ['3', '2'],
        ['3', '1'],
        ['3', '0'],
      ],
    );
    assert.ok(seen.every(([, , reset]) => /^\d+$/.test(String(reset)) && Number(reset) <= 60));
    assertRateLimited(await roster.request({ method: 'GET', url: '/api/users/me', token: alice }), 'plain');
    assertRateLimited(await roster.request({ method: 'GET', url: '/api/auth/me', token: alice }), 'auth');
    assertRateLimited(await roster.request({ method: 'GET', url: '/api/v1/me', token: alice }), 'json-api');
    const other = await roster.request({ method: 'GET', url: '/api/users/me', token: bob });
    assert.equal(other.statusCode, 200);
    assert.equal(other.headers['ratelimit-remaining'], '2');
  });

  test('writes have their own budget; reads go on when writes are spent', async () => {
    const roster = await start({ ROSTER_RATE_LIMIT_WRITES: '2' });
    const token = await roster.token({ email: 'writer@example.com', email_verified: true });
    for (const name of ['One', 'Two']) {
      const response = await roster.request({
        method: 'PATCH',
        url: '/api/users/me',
        token,
        payload: { firstName: name },
      });
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['ratelimit-limit'], '2');
    }
    const refused = await roster.request({
      method: 'PATCH',
      url: '/api/users/me',
      token,
      payload: { firstName: 'Three' },
    });
    assertRateLimited(refused, 'plain');
    const me = await roster.request({ method: 'GET', url: '/api/users/me', token });
    assert.equal(me.statusCode, 200);
    assert.equal(me.json().data.firstName, 'Two', 'the refused write changed nothing');
    assert.equal(me.headers['ratelimit-limit'], '1200');
  });

  test('requests without a valid token (missing, malformed, forged) count against the address', async () => {
    const roster = await start({ ROSTER_RATE_LIMIT_ANONYMOUS: '3' });
    const forged = await roster.token({ sub: 'forger' }, { key: await createTestKey('RS256') });
    const answers = [
      await roster.request({ method: 'GET', url: '/api/users/me' }),
      await roster.request({ method: 'GET', url: '/api/users/me', headers: { authorization: 'Bearer not a token' } }),
      await roster.request({ method: 'GET', url: '/api/v1/me', token: forged }),
    ];
    assert.deepEqual(
      answers.map((answer) => answer.statusCode),
      [401, 401, 401],
    );
    assert.deepEqual(
      answers.map((answer) => answer.headers['ratelimit-remaining']),
      ['2', '1', '0'],
    );
    assertRateLimited(await roster.request({ method: 'GET', url: '/api/auth/me', token: forged }), 'auth');
    assertRateLimited(
      await roster.request({
        method: 'GET',
        url: '/api/admin/organizations',
        headers: { authorization: 'Bearer wrong-admin-token' },
      }),
      'plain',
    );
    // Another address has its own budget.
    const elsewhere = await roster.request({ method: 'GET', url: '/api/users/me', remoteAddress: '192.0.2.7' });
    assert.equal(elsewhere.statusCode, 401);
  });

  test('valid tokens keep working while their address is over the anonymous limit', async () => {
    const roster = await start({ ROSTER_RATE_LIMIT_ANONYMOUS: '2' });
    const token = await roster.token({ email: 'known@example.com', email_verified: true });
    assert.equal((await roster.request({ method: 'GET', url: '/api/users/me', token })).statusCode, 200);
    for (let attempt = 0; attempt < 3; attempt++)
      await roster.request({ method: 'GET', url: '/api/users/me', headers: { authorization: 'Bearer forged' } });
    const known = await roster.request({ method: 'GET', url: '/api/users/me', token });
    assert.equal(known.statusCode, 200);
    assert.equal(known.headers['ratelimit-limit'], '1200', 'counted as the user, not the address');
    // A valid token never seen before is still checked, and passes: the anonymous limit is for requests without one.
    const fresh = await roster.token({ email: 'fresh@example.com', email_verified: true });
    const first = await roster.request({ method: 'GET', url: '/api/users/me', token: fresh });
    assert.equal(first.statusCode, 200);
    assert.equal(first.headers['ratelimit-limit'], '1200');
    assertRateLimited(
      await roster.request({ method: 'GET', url: '/api/users/me', headers: { authorization: 'Bearer x' } }),
      'plain',
    );
  });

  test('routes that need no token count against the address; health, readiness and metrics never', async () => {
    const roster = await start({ ROSTER_RATE_LIMIT_ANONYMOUS: '1' });
    for (let attempt = 0; attempt < 5; attempt++) {
      for (const url of ['/healthz', '/readyz', '/metrics']) {
        const response = await roster.request({ method: 'GET', url });
        assert.equal(response.statusCode, 200, url);
        assert.equal(response.headers['ratelimit-limit'], undefined, url);
      }
    }
    assert.equal((await roster.request({ method: 'GET', url: '/openapi.json' })).statusCode, 200);
    assertRateLimited(await roster.request({ method: 'GET', url: '/no-such-route' }), 'plain');
  });

  test('the admin token is never limited; a platform admin token counts as that user', async () => {
    const roster = await start({ ROSTER_RATE_LIMIT_READS: '2', ROSTER_RATE_LIMIT_WRITES: '1' });
    for (let attempt = 0; attempt < 5; attempt++) {
      const response = await roster.admin('GET', '/api/admin/organizations');
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['ratelimit-limit'], undefined);
      assert.equal((await roster.admin('POST', '/api/admin/permissions', { key: `bulk:p${attempt}` })).statusCode, 201);
    }
    const user = await roster.create('/api/admin/users', { email: 'ops@example.com', emailVerified: true });
    assert.equal((await roster.admin('PUT', `/api/admin/users/${user.id}/platform-admin`)).statusCode, 204);
    const token = await roster.token({ email: 'ops@example.com', email_verified: true });
    assert.equal((await roster.request({ method: 'GET', url: '/api/users/me', token })).statusCode, 200);
    const adminRead = await roster.request({ method: 'GET', url: '/api/admin/organizations', token });
    assert.equal(adminRead.statusCode, 200);
    assert.equal(adminRead.headers['ratelimit-remaining'], '0');
    assertRateLimited(await roster.request({ method: 'GET', url: '/api/admin/permissions', token }), 'plain');
    assertRateLimited(await roster.request({ method: 'GET', url: '/api/users/me', token }), 'plain');
    assert.equal(
      (await roster.request({ method: 'POST', url: '/api/admin/permissions', token, payload: { key: 'ops:one' } }))
        .statusCode,
      201,
    );
    assertRateLimited(
      await roster.request({ method: 'POST', url: '/api/admin/permissions', token, payload: { key: 'ops:two' } }),
      'plain',
    );
    assert.equal(
      (await roster.admin('GET', '/api/admin/permissions/ops:two')).statusCode,
      404,
      'the refused write changed nothing',
    );
  });

  test('0 turns a limit off: no headers, no refusals', async () => {
    const roster = await start({ ROSTER_RATE_LIMIT_READS: '0', ROSTER_RATE_LIMIT_ANONYMOUS: '0' });
    const token = await roster.token({ email: 'free@example.com', email_verified: true });
    for (let attempt = 0; attempt < 5; attempt++) {
      const read = await roster.request({ method: 'GET', url: '/api/users/me', token });
      assert.equal(read.statusCode, 200);
      assert.equal(read.headers['ratelimit-limit'], undefined);
      const anonymous = await roster.request({ method: 'GET', url: '/api/users/me' });
      assert.equal(anonymous.statusCode, 401);
      assert.equal(anonymous.headers['ratelimit-limit'], undefined);
    }
  });

  test('X-Forwarded-For names the client only when the peer is a trusted proxy (TRUST_PROXY)', async () => {
    const trusting = await start({ ROSTER_RATE_LIMIT_ANONYMOUS: '1', TRUST_PROXY: '127.0.0.1' });
    const ignoring = await start({ ROSTER_RATE_LIMIT_ANONYMOUS: '1' });
    const from = (roster: AdminTestApp, client: string) =>
      roster.request({ method: 'GET', url: '/api/users/me', headers: { 'x-forwarded-for': client } });
    assert.equal((await from(trusting, '198.51.100.1')).statusCode, 401);
    assert.equal((await from(trusting, '198.51.100.2')).statusCode, 401, 'a different client behind the proxy');
    assert.equal((await from(trusting, '198.51.100.1')).statusCode, 429);
    assert.equal((await from(ignoring, '198.51.100.1')).statusCode, 401);
    assert.equal((await from(ignoring, '198.51.100.2')).statusCode, 429, 'without TRUST_PROXY the header is ignored');
    const spoofed = await trusting.request({
      method: 'GET',
      url: '/api/users/me',
      remoteAddress: '203.0.113.9',
      headers: { 'x-forwarded-for': '198.51.100.3' },
    });
    assert.equal(spoofed.statusCode, 401);
    const again = await trusting.request({
      method: 'GET',
      url: '/api/users/me',
      remoteAddress: '203.0.113.9',
      headers: { 'x-forwarded-for': '198.51.100.4' },
    });
    assert.equal(again.statusCode, 429, 'an untrusted peer is counted by its own address');
  });
});
