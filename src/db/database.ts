import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { CamelCasePlugin, Kysely, type Dialect, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { DatabaseConfig } from '../config/config.ts';
import { openSqlite } from './sqlite-connection.ts';
import type { DB } from './types.ts';

export type Engine = DatabaseConfig['engine'];

/** The application's database handle: one Kysely instance and the engine under it. */
export interface Database {
  readonly db: Kysely<DB>;
  readonly engine: Engine;
  /**
   * SQLite only (null on PostgreSQL, whose writers announce changes over NOTIFY): a number that
   * moves when another connection — the CLI, a second server on the same file — commits, and
   * never for this handle's own writes. Synchronous and sub-microsecond.
   */
  readonly externalWriteVersion: (() => number) | null;
  /** Answers quickly whether the database is reachable (used by /readyz). */
  ping(): Promise<boolean>;
  destroy(): Promise<void>;
}

/**
 * Opens the database named by the config: better-sqlite3 for `sqlite:` (the file's folder is
 * created), a pg pool for `postgres:`. Nothing is migrated here; see `migrate.ts`.
 */
export function createDatabase(config: DatabaseConfig): Database {
  const { dialect, externalWriteVersion } = openEngine(config);
  const db = new Kysely<DB>({ dialect, plugins: [new CamelCasePlugin()] });
  return {
    db,
    engine: config.engine,
    externalWriteVersion,
    async ping() {
      try {
        await db.selectNoFrom((eb) => eb.lit(1).as('one')).execute();
        return true;
      } catch {
        return false;
      }
    },
    destroy: () => db.destroy(),
  };
}

function openEngine(config: DatabaseConfig): { dialect: Dialect; externalWriteVersion: (() => number) | null } {
  if (config.engine === 'postgres') return { dialect: new PostgresDialect({ pool: createPool(config.url) }), externalWriteVersion: null };
  if (config.path !== ':memory:') mkdirSync(dirname(config.path), { recursive: true });
  const sqlite = openSqlite(config.path);
  return { dialect: new SqliteDialect({ database: sqlite.connection }), externalWriteVersion: sqlite.dataVersion };
}

function createPool(url: string): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 30_000,
  });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  return pool;
}
