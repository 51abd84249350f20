import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startTestApp, type TestApp } from '../../helpers/app.ts';

const TIMEOUT_MS = 1_000;
const ROOT = resolve(import.meta.dirname, '../../..');

/**
 * Another process takes the SQLite file's write lock, writes, holds it for `holdMs` and commits
 * (as the CLI or a second server does). Resolves once the lock is held; `done` once it is gone.
 */
async function holdWriteLock(path: string, holdMs: number): Promise<{ done: Promise<unknown>; child: ChildProcess }> {
  const script = `
    const db = new (require('better-sqlite3'))(${JSON.stringify(path)});
    db.exec('BEGIN IMMEDIATE');
    db.prepare("UPDATE users SET headline = 'written elsewhere'").run();
    process.stdout.write('locked\\n');
    setTimeout(() => { db.exec('COMMIT'); db.close(); }, ${holdMs});`;
  const child = spawn(process.execPath, ['-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const [chunk] = (await once(child.stdout!, 'data')) as [Buffer];
  assert.match(String(chunk), /locked/);
  return { done: once(child, 'exit'), child };
}

describe('SQLite shared with other processes', () => {
  let dir: string;
  let path: string;
  let app: TestApp;
  let token: string;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'roster-sqlite-faults-'));
    path = join(dir, 'roster.db');
    // The load here is one user's, far over the per-user limits, which are not under test.
    const env = {
      DATABASE_TIMEOUT_MS: String(TIMEOUT_MS),
      ROSTER_RATE_LIMIT_READS: '0',
      ROSTER_RATE_LIMIT_WRITES: '0',
      ROSTER_RATE_LIMIT_ANONYMOUS: '0',
    };
    app = await startTestApp('sqlite', { database: { engine: 'sqlite', path }, env });
    token = await app.token({ email: 'shared@example.com', email_verified: true });
    assert.equal((await app.request({ method: 'GET', url: '/api/users/me', token })).statusCode, 200);
  });
  after(async () => {
    await app?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const rename = (target: TestApp, firstName: string, bearer = token) =>
    target.request({ method: 'PATCH', url: '/api/users/me', token: bearer, payload: { firstName } });

  test('a write lock held 300 ms by another process: the write waits for it and succeeds', async () => {
    const { done } = await holdWriteLock(path, 300);
    const response = await rename(app, 'Patient');
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(JSON.parse(response.body).data.firstName, 'Patient');
    await done;
  });

  test('a write lock held past DATABASE_TIMEOUT_MS: 503 with Retry-After, and /readyz still answers', async (t) => {
    const { done } = await holdWriteLock(path, TIMEOUT_MS + 1_500);
    const started = Date.now();
    const readiness = app.request({ method: 'GET', url: '/readyz' });
    const [response, ready] = await Promise.all([rename(app, 'Impatient'), readiness]);
    t.diagnostic(`locked file: write answered ${response.statusCode} after ${Date.now() - started} ms`);
    assert.equal(response.statusCode, 503, response.body);
    assert.equal(JSON.parse(response.body).error.code, 'Unavailable');
    assert.ok(response.headers['retry-after']);
    assert.ok(Date.now() - started < TIMEOUT_MS + 3_000, 'bounded by the timeout, not by the lock');
    assert.equal(ready.statusCode, 200, 'a locked file is still reachable');
    await done;
    assert.equal((await rename(app, 'Later')).statusCode, 200, 'served again once the lock is gone');
  });

  test('two servers writing one file: edits and first sign-ins all succeed, none is a 500', async () => {
    const second = await startTestApp('sqlite', { database: { engine: 'sqlite', path }, issuer: app.issuer });
    try {
      const apps = [app, second];
      const claims = (i: number) => ({ email: `new${i}@example.com`, email_verified: true });
      const newcomers = await Promise.all(Array.from({ length: 20 }, (_, i) => app.token(claims(i))));
      const responses = await Promise.all([
        ...Array.from({ length: 100 }, (_, i) => rename(apps[i % 2]!, `Edit${i}`)),
        ...newcomers.map((bearer, i) => apps[i % 2]!.request({ method: 'GET', url: '/api/users/me', token: bearer })),
      ]);
      const statuses = responses.map((response) => response.statusCode);
      assert.deepEqual([...new Set(statuses)], [200], `statuses: ${statuses.join(',')}`);
    } finally {
      await second.close();
    }
  });
});
