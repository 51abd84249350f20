import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { createLocalChangeBus, type ChangeBus } from '../../src/cache/change-bus.ts';
import { openChangeBus } from '../../src/cache/open-change-bus.ts';
import { createDatabase, type Database } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import type { Clock } from '../../src/domain/clock.ts';
import { buildApp } from '../../src/http/app.ts';
import { createConfiguredVerifier } from '../../src/identity/configured-verifier.ts';
import { ADMIN_TOKEN, adminRequests, creating, type AdminTestApp } from './admin.ts';
import { testConfig } from './app.ts';
import { createTestDatabase, type Engine, type TestDatabase } from './databases.ts';
import { startTestIssuer, type TestIssuer } from './jwks-server.ts';
import { countingQueries } from './query-counter.ts';

type Any = Record<string, any>;

export interface CountingAppOptions {
  /** The app's clock (default: the system's), e.g. a `TestClock`. */
  clock?: Clock;
  /**
   * `server`: the bus a server opens (on PostgreSQL LISTEN/NOTIFY, whose catch-up reads the change
   * sequence on every `/me` request), over the counted connection. `local` (the default): an
   * in-process bus, which reads nothing.
   */
  changeBus?: 'server' | 'local';
}

/** An app whose every query is counted, with `ROSTER_ADMIN_TOKEN` set to {@link ADMIN_TOKEN}. */
export interface CountingApp extends Pick<AdminTestApp, 'admin' | 'create'> {
  readonly app: FastifyInstance;
  /** The real loopback issuer whose tokens the app trusts. */
  readonly issuer: TestIssuer;
  /**
   * What `work` itself sent, and nothing sent meanwhile (the webhook sender polls the same
   * database): raw SQL's text, else each query's node kind.
   */
  queriesOf(work: () => Promise<unknown>): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * The whole app over a fresh database of `engine`, built over a Kysely that counts every query it
 * sends — for tests of how many queries a request costs.
 *
 * @example
 * const roster = await startCountingApp(engine, { changeBus: 'server' });
 * assert.equal((await roster.queriesOf(() => roster.app.inject(request))).length, 0);
 */
export async function startCountingApp(engine: Engine, options: CountingAppOptions = {}): Promise<CountingApp> {
  const issuer = await startTestIssuer();
  const testDb: TestDatabase = await createTestDatabase(engine);
  const dataDir = await mkdtemp(join(tmpdir(), 'roster-counting-'));
  const config = testConfig(testDb.config, dataDir, issuer, { ROSTER_ADMIN_TOKEN: ADMIN_TOKEN });
  const database = createDatabase(config.database);
  await migrateToLatest(database.db);
  const counter = countingQueries(database.db as unknown as Parameters<typeof countingQueries<Any>>[0]);
  const counted: Database = { ...database, db: counter.db as unknown as Database['db'] };
  const changeBus: ChangeBus =
    options.changeBus === 'server' ? await openChangeBus(config.database, counted) : createLocalChangeBus();
  const app = await buildApp(config, {
    database: counted,
    tokenVerifier: await createConfiguredVerifier(config, null),
    devIssuer: null,
    changeBus,
    clock: options.clock ?? (() => new Date()),
  });
  await app.ready();
  const admin = adminRequests(app);
  return {
    app,
    issuer,
    admin,
    create: creating(admin),
    queriesOf: (work) => counter.queriesOf(work),
    async close() {
      await app.close();
      await changeBus.close();
      await database.destroy();
      await issuer.close();
      await testDb.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
