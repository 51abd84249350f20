import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { pino } from 'pino';
import { loadConfig, type Config } from '../../src/config/config.ts';
import type { ChangeBus } from '../../src/cache/change-bus.ts';
import type { Database } from '../../src/db/database.ts';
import type { Clock } from '../../src/domain/clock.ts';
import { openRoster } from '../../src/roster.ts';
import { createTestDatabase, type Engine, type TestDatabase } from './databases.ts';
import type { DatabaseConfig } from './types.ts';
import { startTestIssuer, type Claims, type SignOptions, type TestIssuer } from './jwks-server.ts';

export interface TestApp {
  readonly app: FastifyInstance;
  readonly config: Config;
  /** Where the app's database is (pass it as `database` to open a second app on it). */
  readonly databaseConfig: DatabaseConfig;
  readonly database: Database;
  /** The app's change bus (LISTEN/NOTIFY on PostgreSQL). */
  readonly changeBus: ChangeBus;
  /** The real loopback issuer whose tokens this app trusts. */
  readonly issuer: TestIssuer;
  /** A token for `sub` (random when omitted) with the given extra claims. */
  token(claims?: Claims, options?: SignOptions): Promise<string>;
  /** `app.inject` with `Authorization: Bearer <token>` when a token is given. */
  request(options: InjectOptions & { token?: string }): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Extra environment variables (the README's Configuration table), e.g. `{ ROSTER_PROVISIONING: 'off' }`. */
  env?: Record<string, string>;
  /** Reuse an issuer (and its keys) across apps; otherwise one is started and closed with the app. */
  issuer?: TestIssuer;
  /** The app's clock (default: the system's), e.g. a {@link TestClock}. */
  clock?: Clock;
  /**
   * Open this existing database (e.g. another app's `databaseConfig`) instead of a fresh one; it is not dropped on
   * close.
   */
  database?: DatabaseConfig;
}

/** A test app's configuration: its database and data directory, trusting `issuer`, silent; `env` on top. */
export function testConfig(
  database: DatabaseConfig,
  dataDir: string,
  issuer: TestIssuer,
  env: Record<string, string> = {},
): Config {
  return loadConfig({
    DATABASE_URL: database.engine === 'sqlite' ? `sqlite:${database.path}` : database.url,
    ROSTER_DATA_DIR: dataDir,
    AUTH_ISSUER: issuer.url,
    AUTH_JWKS_URL: issuer.jwksUrl,
    LOG_LEVEL: 'silent',
    ...env,
  });
}

/**
 * The whole Roster over a fresh database of `engine`, trusting a real test issuer on loopback:
 * the same composition `npm start` uses (config → migrate → verifier → buildApp).
 */
export async function startTestApp(engine: Engine, options: TestAppOptions = {}): Promise<TestApp> {
  const issuer = options.issuer ?? (await startTestIssuer());
  const testDb: TestDatabase = options.database
    ? { config: options.database, drop: async () => {} }
    : await createTestDatabase(engine);
  const dataDir = await mkdtemp(join(tmpdir(), 'roster-test-'));
  const config = testConfig(testDb.config, dataDir, issuer, options.env);
  const { app, database, changeBus } = await openRoster(
    config,
    pino({ level: 'silent' }),
    options.clock ? { clock: options.clock } : {},
  );
  await app.ready();
  return {
    app,
    config,
    database,
    databaseConfig: testDb.config,
    changeBus,
    issuer,
    token: (claims = {}, signOptions) => issuer.sign(claims, signOptions),
    request: ({ token, headers, ...rest }) =>
      app.inject({ ...rest, headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } }),
    async close() {
      await app.close();
      if (!options.issuer) await issuer.close();
      await testDb.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A clock tests move by hand. */
export interface TestClock {
  (): Date;
  set(at: Date | string): void;
  advance(ms: number): void;
}

export function createTestClock(start: Date | string = new Date()): TestClock {
  let now = new Date(start).getTime();
  const clock = (() => new Date(now)) as TestClock;
  clock.set = (at) => void (now = new Date(at).getTime());
  clock.advance = (ms) => void (now += ms);
  return clock;
}
