import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { CamelCasePlugin, Kysely, type Dialect, PostgresDialect } from 'kysely';
import type { DatabaseConfig } from '../config/config.ts';
import { isSqliteBusy } from './connection-failure.ts';
import { createPostgresPool } from './postgres-pool.ts';
import { openSqlite } from './sqlite-connection.ts';
import type { DB } from './types.ts';
import { WaitingSqliteDialect } from './waiting-sqlite-dialect.ts';

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
  /** Whether the database answers, decided within {@link PING_DEADLINE_MS} whatever it does (used by /readyz). */
  ping(): Promise<boolean>;
  destroy(): Promise<void>;
}

/** `DATABASE_TIMEOUT_MS` when unset. */
export const DEFAULT_DATABASE_TIMEOUT_MS = 5_000;
/** The longest `ping` takes: a stalled or saturated database is "not ready", quickly. */
export const PING_DEADLINE_MS = 1_500;

export interface DatabaseOptions {
  /** Hears each lost PostgreSQL connection (the pool drops it and opens another on demand). */
  readonly onConnectionError?: (error: Error) => void;
}

/**
 * Opens the database named by the config: better-sqlite3 for `sqlite:` (the file's folder is
 * created), a pg pool for `postgres:`. Every statement and wait is bounded by the config's
 * `timeoutMs`; no failure of the database stops the process. Nothing is migrated here; see
 * `migrate.ts`.
 */
export function createDatabase(config: DatabaseConfig, options: DatabaseOptions = {}): Database {
  const timeoutMs = config.timeoutMs ?? DEFAULT_DATABASE_TIMEOUT_MS;
  const engine = openEngine(config, timeoutMs, options);
  const db = new Kysely<DB>({ dialect: engine.dialect, plugins: [new CamelCasePlugin()] });
  const probe =
    engine.probe ??
    (() =>
      db
        .selectNoFrom((eb) => eb.lit(1).as('one'))
        .execute()
        .then(() => {}));
  let pending: Promise<boolean> | null = null;
  return {
    db,
    engine: config.engine,
    externalWriteVersion: engine.externalWriteVersion,
    ping() {
      // Concurrent probes share one round trip, so a flood of /readyz during an outage queues nothing.
      pending ??= withDeadline(probe(), PING_DEADLINE_MS).finally(() => {
        pending = null;
      });
      return pending;
    },
    destroy: () => db.destroy(),
  };
}

interface OpenEngine {
  dialect: Dialect;
  externalWriteVersion: (() => number) | null;
  probe: (() => Promise<void>) | null;
}

function openEngine(config: DatabaseConfig, timeoutMs: number, options: DatabaseOptions): OpenEngine {
  if (config.engine === 'postgres') {
    const { onConnectionError } = options;
    const pool = createPostgresPool({ url: config.url, timeoutMs, ...(onConnectionError && { onConnectionError }) });
    return { dialect: new PostgresDialect({ pool }), externalWriteVersion: null, probe: null };
  }
  if (config.path !== ':memory:') mkdirSync(dirname(config.path), { recursive: true });
  const sqlite = openSqlite(config.path);
  return {
    dialect: new WaitingSqliteDialect(sqlite, timeoutMs),
    externalWriteVersion: sqlite.dataVersion,
    // Straight on the handle, not queued behind a transaction waiting for another process's lock;
    // a file locked by another writer is there and readable, so it counts as answering.
    probe: async () => {
      try {
        sqlite.probe();
      } catch (error) {
        if (!isSqliteBusy(error)) throw error;
      }
    },
  };
}

async function withDeadline(work: Promise<void>, deadlineMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), deadlineMs);
  });
  try {
    return await Promise.race([
      work.then(
        () => true,
        () => false,
      ),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
