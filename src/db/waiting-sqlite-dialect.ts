import { setTimeout as sleep } from 'node:timers/promises';
import {
  CompiledQuery,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
} from 'kysely';
import { isSqliteBusy } from './connection-failure.ts';
import type { SqliteConnection } from './sqlite-connection.ts';

const FIRST_RETRY_MS = 2;
const LONGEST_RETRY_MS = 50;

/**
 * Kysely's SqliteDialect, changed in the two ways a file shared with other processes (a second
 * server, the CLI) needs:
 *
 * - a transaction starts with `BEGIN IMMEDIATE`, taking the write lock before its first read, so
 *   it waits for another writer instead of failing half-way (a deferred transaction that reads,
 *   then writes, cannot wait: SQLite answers `SQLITE_BUSY` at once);
 * - a statement that finds the file busy outside a transaction (a `BEGIN IMMEDIATE`, a lone
 *   write) is retried asynchronously until `timeoutMs` has passed, then its `SQLITE_BUSY` error
 *   is thrown (answered as 503). The event loop stays free while it waits.
 *
 * @example new Kysely<DB>({ dialect: new WaitingSqliteDialect(openSqlite(path), 5000) })
 */
export class WaitingSqliteDialect extends SqliteDialect {
  readonly #sqlite: SqliteConnection;
  readonly #timeoutMs: number;

  constructor(sqlite: SqliteConnection, timeoutMs: number) {
    super({ database: sqlite.connection });
    this.#sqlite = sqlite;
    this.#timeoutMs = timeoutMs;
  }

  override createDriver(): Driver {
    return new WaitingSqliteDriver({ database: this.#sqlite.connection }, this.#sqlite, this.#timeoutMs);
  }
}

class WaitingSqliteDriver extends SqliteDriver {
  readonly #sqlite: SqliteConnection;
  readonly #timeoutMs: number;

  constructor(config: ConstructorParameters<typeof SqliteDriver>[0], sqlite: SqliteConnection, timeoutMs: number) {
    super(config);
    this.#sqlite = sqlite;
    this.#timeoutMs = timeoutMs;
  }

  override async acquireConnection(): Promise<DatabaseConnection> {
    const connection = await super.acquireConnection();
    const sqlite = this.#sqlite;
    const timeoutMs = this.#timeoutMs;
    return {
      // Inside a transaction a busy error cannot be waited out statement by statement; the
      // IMMEDIATE start makes it all but impossible there anyway.
      executeQuery: <R>(query: CompiledQuery) =>
        sqlite.inTransaction()
          ? connection.executeQuery<R>(query)
          : waitWhileBusy(() => connection.executeQuery<R>(query), timeoutMs),
      streamQuery: <R>(query: CompiledQuery, chunkSize?: number) => connection.streamQuery<R>(query, chunkSize),
    };
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

async function waitWhileBusy<R>(run: () => Promise<QueryResult<R>>, timeoutMs: number): Promise<QueryResult<R>> {
  const deadline = Date.now() + timeoutMs;
  for (let delay = FIRST_RETRY_MS; ; delay = Math.min(delay * 2, LONGEST_RETRY_MS)) {
    try {
      return await run();
    } catch (error) {
      const left = deadline - Date.now();
      if (!isSqliteBusy(error) || left <= 0) throw error;
      await sleep(Math.min(delay, left));
    }
  }
}
