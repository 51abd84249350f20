/**
 * A real `roster serve` for the bench: NODE_ENV=production, rate limits off, LOG_LEVEL=warn,
 * trusting a real ES256 issuer on loopback, on a fresh database filled by `roster seed-scale`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runCli } from '../test/helpers/cli.ts';
import { createTestDatabase, type TestDatabase } from '../test/helpers/databases.ts';
import { startTestIssuer, type TestIssuer } from '../test/helpers/jwks-server.ts';
import { startRoster, type RosterProcess } from './harness.ts';

export type BenchEngine = 'sqlite' | 'postgres';

export interface RosterUnderTest {
  readonly engine: BenchEngine;
  readonly roster: RosterProcess;
  readonly issuer: TestIssuer;
  /** Seconds `seed-scale` took. */
  readonly seedSeconds: number;
  /** A token of seeded user `index` (subject scale-user-<index>). */
  tokenOf(index: number): Promise<string>;
  /** A token of a user Roster has never seen: its first request provisions them. */
  newUserToken(label: string): Promise<string>;
  close(): Promise<void>;
}

/** Whether the shared PostgreSQL answers (a database is made and dropped to find out). */
export async function postgresReachable(): Promise<boolean> {
  try {
    await (await createTestDatabase('postgres')).drop();
    return true;
  } catch {
    return false;
  }
}

/** A fresh database filled by `roster seed-scale`, the environment `roster serve` runs with on it, and tokens. */
export interface BenchDatabase {
  readonly engine: BenchEngine;
  /** The environment of every `roster serve` on this database (add PORT). */
  readonly env: Record<string, string>;
  readonly issuer: TestIssuer;
  /** Seconds `seed-scale` took. */
  readonly seedSeconds: number;
  /** A token of seeded user `index` (subject scale-user-<index>). */
  tokenOf(index: number): Promise<string>;
  /** A token of a user Roster has never seen: its first request provisions them. */
  newUserToken(label: string): Promise<string>;
  /** Drops the database (and closes the issuer unless it was passed in). */
  close(): Promise<void>;
}

export async function seedBenchDatabase(
  engine: BenchEngine,
  options: { users: number; issuer?: TestIssuer },
): Promise<BenchDatabase> {
  const dataDir = await mkdtemp(join(tmpdir(), 'roster-bench-'));
  const database: TestDatabase = await createTestDatabase(engine, { sqlitePath: join(dataDir, 'roster.db') });
  const issuer = options.issuer ?? (await startTestIssuer({ alg: 'ES256' }));
  const env = {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    ROSTER_DATA_DIR: dataDir,
    DATABASE_URL: database.config.engine === 'sqlite' ? `sqlite:${database.config.path}` : database.config.url,
    AUTH_ISSUER: issuer.url,
    AUTH_JWKS_URL: issuer.jwksUrl,
    // One client at tens of thousands of requests a second: the limits are not what is measured.
    ROSTER_RATE_LIMIT_READS: '0',
    ROSTER_RATE_LIMIT_WRITES: '0',
    ROSTER_RATE_LIMIT_ANONYMOUS: '0',
  };
  const started = performance.now();
  const seeded = await runCli(['seed-scale', '--users', String(options.users)], env);
  if (seeded.code !== 0) throw new Error(`seed-scale failed: ${seeded.stderr}`);
  const seedSeconds = (performance.now() - started) / 1000;
  const hour = { expiresIn: 3600 };
  return {
    engine,
    env,
    issuer,
    seedSeconds,
    tokenOf: (index) =>
      issuer.sign(
        { sub: `scale-user-${index}`, email: `user${index}@scale.roster.test`, email_verified: true, sid: 'bench' },
        hour,
      ),
    newUserToken: (label) =>
      issuer.sign(
        { sub: `new-${label}`, email: `${label}@new.roster.test`, email_verified: true, name: 'New User' },
        hour,
      ),
    async close() {
      if (!options.issuer) await issuer.close();
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A free-looking loopback port for a bench server (20000–39999). */
export function randomPort(): number {
  return 20_000 + Math.floor(Math.random() * 20_000);
}

export async function startRosterUnderTest(
  engine: BenchEngine,
  options: { users: number; core: number | null; nodeArgs?: readonly string[]; issuer?: TestIssuer },
): Promise<RosterUnderTest> {
  const seeded = await seedBenchDatabase(engine, {
    users: options.users,
    ...(options.issuer && { issuer: options.issuer }),
  });
  try {
    const roster = await startRoster(seeded.env, randomPort(), {
      core: options.core,
      ...(options.nodeArgs && { nodeArgs: options.nodeArgs }),
    });
    return {
      engine,
      roster,
      issuer: seeded.issuer,
      seedSeconds: seeded.seedSeconds,
      tokenOf: seeded.tokenOf,
      newUserToken: seeded.newUserToken,
      async close() {
        await roster.stop();
        await seeded.close();
      },
    };
  } catch (error) {
    await seeded.close();
    throw error;
  }
}
