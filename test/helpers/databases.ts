import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseConfig, Engine } from './types.ts';

export type { Engine };

const ADMIN_URL = process.env.ROSTER_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
let postgresReachable: Promise<boolean> | undefined;

/**
 * The engines integration tests run on: SQLite always, PostgreSQL when it answers. Under
 * `CI=true` an unreachable PostgreSQL is an error, never a silent skip.
 */
export async function testEngines(): Promise<Engine[]> {
  postgresReachable ??= canConnect();
  if (await postgresReachable) return ['sqlite', 'postgres'];
  if (process.env.CI === 'true')
    throw new Error(`PostgreSQL is required under CI=true but ${redact(ADMIN_URL)} does not answer`);
  console.warn(`# PostgreSQL at ${redact(ADMIN_URL)} does not answer: running on SQLite only`);
  return ['sqlite'];
}

export interface TestDatabase {
  readonly config: DatabaseConfig;
  drop(): Promise<void>;
}

/**
 * A fresh, empty database of the engine: `:memory:` SQLite, or a randomly named PostgreSQL database dropped afterwards.
 */
export async function createTestDatabase(engine: Engine, options: { sqlitePath?: string } = {}): Promise<TestDatabase> {
  if (engine === 'sqlite') {
    return { config: { engine: 'sqlite', path: options.sqlitePath ?? ':memory:' }, drop: async () => {} };
  }
  const name = `roster_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    config: { engine: 'postgres', url: url.toString() },
    drop: () =>
      withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}),
  };
}

async function canConnect(): Promise<boolean> {
  try {
    await withAdminClient((client) => client.query('SELECT 1'));
    return true;
  } catch {
    return false;
  }
}

async function withAdminClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function redact(value: string): string {
  return value.replace(/\/\/[^@/]*@/, '//…@');
}
