import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, test, type TestContext } from 'node:test';
import pg from 'pg';
import { startTestApp, type TestApp } from '../../helpers/app.ts';
import { startPrivateCluster, type PrivateCluster } from '../../helpers/private-cluster.ts';

// Small on purpose: the bounds below prove "no hang", not speed.
const TIMEOUT_MS = 1_000;
const NO_HANG_MS = TIMEOUT_MS + 3_000;

/**
 * PostgreSQL failing under Roster: a private cluster (never the shared server) is killed,
 * stopped, stalled and filled up while requests run. Roster must answer 503 `Unavailable` with
 * `Retry-After` — never 500, never hang, never exit (an unhandled pg 'error' event would end
 * this very process) — and serve again once the database is back, without a restart.
 */
describe('PostgreSQL faults', () => {
  let cluster: PrivateCluster;
  let app: TestApp;
  /** A second instance on the same database, to see that cross-instance announcements recover too. */
  let other: TestApp;
  let token: string;
  let databaseUrl: string;

  before(async () => {
    cluster = await startPrivateCluster({ maxConnections: 30 });
    const url = await cluster.createDatabase();
    databaseUrl = url;
    // The load here is one user's, far over the per-user limits, which are not under test.
    const env = {
      DATABASE_TIMEOUT_MS: String(TIMEOUT_MS),
      ROSTER_RATE_LIMIT_READS: '0',
      ROSTER_RATE_LIMIT_WRITES: '0',
      ROSTER_RATE_LIMIT_ANONYMOUS: '0',
    };
    app = await startTestApp('postgres', { database: { engine: 'postgres', url }, env });
    other = await startTestApp('postgres', { database: { engine: 'postgres', url }, issuer: app.issuer, env });
    token = await app.token({ email: 'fault@example.com', email_verified: true });
    assert.equal((await me()).statusCode, 200);
  });
  after(async () => {
    await other?.close();
    await app?.close();
    await cluster?.destroy();
  });

  const me = () => app.request({ method: 'GET', url: '/api/users/me', token });
  const rename = (firstName: string) =>
    app.request({ method: 'PATCH', url: '/api/users/me', token, payload: { firstName } });

  /** Runs `workers` request loops until `stop` resolves; returns every status seen (`answeredAt` beside it). */
  async function underLoad(
    workers: number,
    request: () => ReturnType<typeof me>,
    stop: Promise<unknown>,
    answeredAt: number[] = [],
  ) {
    const statuses: number[] = [];
    let done = false;
    void stop.finally(() => (done = true));
    await Promise.all(
      Array.from({ length: workers }, async () => {
        while (!done) {
          const response = await request();
          statuses.push(response.statusCode);
          answeredAt.push(Date.now());
          if (response.statusCode === 503) assert.ok(response.headers['retry-after'], 'a 503 says when to retry');
        }
      }),
    );
    return statuses;
  }

  /** Polls until a request succeeds; returns how long that took. */
  async function recovery(t: TestContext, what: string): Promise<number> {
    const started = Date.now();
    for (;;) {
      const response = await me();
      if (response.statusCode === 200) break;
      assert.equal(response.statusCode, 503, response.body);
      assert.ok(Date.now() - started < 20_000, `${what}: no recovery within 20 s`);
      await sleep(25);
    }
    const took = Date.now() - started;
    t.diagnostic(`${what}: first 200 after ${took} ms`);
    return took;
  }

  const terminateAppBackends = async () => {
    await cluster.terminateBackends(databaseUrl);
  };

  /** How long after `from` requests kept failing: from the fault to the first 200 after the last 503. */
  const unavailableWindow = (statuses: number[], answeredAt: number[], from: number) => {
    const last503 = statuses.lastIndexOf(503);
    if (last503 === -1) return 'no 503 at all';
    const firstOk = statuses.findIndex((status, i) => i > last503 && status === 200);
    const upAt = firstOk === -1 ? Number.NaN : answeredAt[firstOk]!;
    const count = statuses.filter((status) => status === 503).length;
    return `${count} × 503, first 200 after them ${upAt - from} ms after the (last) fault`;
  };

  const onlyOkOrUnavailable = (statuses: number[]) =>
    assert.deepEqual(
      [...new Set(statuses)].filter((status) => status !== 200 && status !== 503),
      [],
      `statuses: ${statuses.join(',')}`,
    );

  test('backends terminated with pg_terminate_backend under load: no exit, 503s at worst, then 200', async (t) => {
    let lastKillAt = 0;
    const killer = (async () => {
      for (let round = 0; round < 5; round += 1) {
        await sleep(60);
        await terminateAppBackends();
        lastKillAt = Date.now();
      }
      await sleep(1_000);
    })();
    const answeredAt: number[] = [];
    const statuses = await underLoad(8, () => rename(`Name${Math.random()}`.slice(0, 12)), killer, answeredAt);
    t.diagnostic(`pg_terminate_backend ×5 under load: ${unavailableWindow(statuses, answeredAt, lastKillAt)}`);
    onlyOkOrUnavailable(statuses);
    await recovery(t, 'after pg_terminate_backend');
  });

  test('a backend killed with SIGKILL (all backends restart) under load: no exit, then 200', async (t) => {
    await me();
    let killedAt = 0;
    const killer = (async () => {
      await sleep(100);
      killedAt = Date.now();
      let killed = false;
      for (const pid of await cluster.backendPids(databaseUrl)) {
        try {
          process.kill(pid, 'SIGKILL');
          killed = true;
          break;
        } catch {
          // that backend just ended by itself; take the next
        }
      }
      assert.ok(killed, 'a backend of Roster was killed');
      await sleep(1_500);
    })();
    const answeredAt: number[] = [];
    const statuses = await underLoad(8, () => rename(`Name${Math.random()}`.slice(0, 12)), killer, answeredAt);
    t.diagnostic(`kill -9 of a backend under load: ${unavailableWindow(statuses, answeredAt, killedAt)}`);
    onlyOkOrUnavailable(statuses);
    const took = await recovery(t, 'after kill -9 of a backend');
    assert.ok(took < 20_000);
  });

  test('cluster stopped: 503 and /readyz 503 without hanging; started again: 200 without a restart', async (t) => {
    await cluster.stop();
    let started = Date.now();
    const down = await me();
    assert.equal(down.statusCode, 503, down.body);
    assert.equal(JSON.parse(down.body).error.code, 'Unavailable');
    assert.ok(down.headers['retry-after']);
    assert.ok(Date.now() - started < NO_HANG_MS);
    t.diagnostic(`stopped: first request answered 503 in ${Date.now() - started} ms`);
    started = Date.now();
    assert.equal((await app.request({ method: 'GET', url: '/readyz' })).statusCode, 503);
    assert.ok(Date.now() - started < 3_000, '/readyz answers within its deadline');
    await cluster.start();
    t.diagnostic('cluster started again');
    await recovery(t, 'after stop/start');
    assert.equal((await app.request({ method: 'GET', url: '/readyz' })).statusCode, 200);
    // The other instance's cached answer is dropped once its change listener is back.
    const before = await other.request({ method: 'GET', url: '/api/users/me', token });
    assert.equal(before.statusCode, 200);
    assert.equal((await rename('AfterRestart')).statusCode, 200);
    const seen = await other.request({ method: 'GET', url: '/api/users/me', token });
    assert.equal(seen.json().data.firstName, 'AfterRestart');
  });

  test('cluster stalled (SIGSTOP): 503 after DATABASE_TIMEOUT_MS, /readyz 503 within 2 s; resumed: 200', async (t) => {
    await me();
    await cluster.stall();
    try {
      let started = Date.now();
      const stalled = await rename('Stalled');
      t.diagnostic(`stalled: request answered ${stalled.statusCode} after ${Date.now() - started} ms`);
      assert.equal(stalled.statusCode, 503, stalled.body);
      assert.ok(Date.now() - started < NO_HANG_MS, 'the request did not hang');
      started = Date.now();
      const ready = await app.request({ method: 'GET', url: '/readyz' });
      t.diagnostic(`stalled: /readyz answered ${ready.statusCode} after ${Date.now() - started} ms`);
      assert.equal(ready.statusCode, 503);
      assert.ok(Date.now() - started < 3_000, '/readyz answers within its deadline');
    } finally {
      await cluster.resume();
    }
    await recovery(t, 'after the stall ended');
  });

  test('pool exhausted by requests waiting on a held lock: every one ends in a bounded 503', async (t) => {
    assert.equal(app.databaseConfig.engine, 'postgres');
    const holder = new pg.Client({ connectionString: app.databaseConfig.url });
    holder.on('error', () => {});
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE users IN ACCESS EXCLUSIVE MODE');
      const started = Date.now();
      const responses = await Promise.all(Array.from({ length: 25 }, (_, i) => rename(`Held${i}`)));
      const took = Date.now() - started;
      t.diagnostic(`25 writes against a held lock, pool of 10: all answered in ${took} ms`);
      assert.deepEqual([...new Set(responses.map((response) => response.statusCode))], [503]);
      assert.ok(took < 3 * TIMEOUT_MS + 3_000, 'bounded by the timeout, not by the lock');
    } finally {
      await holder.query('ROLLBACK').catch(() => {});
      await holder.end();
    }
    await recovery(t, 'after the lock was released');
  });

  test('max_connections reached (SQLSTATE 53300): 503, never 500; freed: 200', async (t) => {
    const hogs: pg.Client[] = [];
    const fill = async () => {
      for (;;) {
        const hog = new pg.Client({ connectionString: cluster.url(), connectionTimeoutMillis: 2_000 });
        hog.on('error', () => {});
        try {
          await hog.connect();
        } catch (error) {
          assert.equal((error as { code?: string }).code, '53300');
          return;
        }
        hogs.push(hog);
      }
    };
    // The app's pool connections still open once the cluster is full (its background work, the
    // webhook sender's poll, may connect while the hogs fill it): ended from a hog's connection,
    // the only kind left, and their slots taken by more hogs, until none is left.
    const endPoolConnections = async () => {
      const { rows } = await hogs[0]!.query<{ ended: boolean }>(
        `select pg_terminate_backend(pid, 5000) as ended from pg_stat_activity
         where datname = $1 and application_name = 'roster'`,
        [new URL(databaseUrl).pathname.slice(1)],
      );
      return rows.length;
    };
    try {
      await terminateAppBackends();
      await fill();
      for (let round = 0; (await endPoolConnections()) > 0; round += 1) {
        assert.ok(round < 20, 'the app kept taking pooled connections in a full cluster');
        await fill();
      }
      const full = await rename('Full');
      assert.equal(full.statusCode, 503, full.body);
      assert.equal(JSON.parse(full.body).error.code, 'Unavailable');
    } finally {
      await Promise.all(hogs.map((hog) => hog.end().catch(() => {})));
    }
    await recovery(t, 'after connections were freed');
  });
});
