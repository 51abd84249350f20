import BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** An open SQLite connection: what Kysely talks to, and how to notice other connections' commits. */
export interface SqliteConnection {
  readonly connection: SqliteDatabase;
  /**
   * `PRAGMA data_version`: changes when another connection (another process) commits, never for this one's own writes.
   */
  dataVersion(): number;
  /** Whether a transaction is open on this connection. */
  inTransaction(): boolean;
  /** Reads the schema (touching the file); throws when the file cannot be read. */
  probe(): void;
}

/**
 * Opens a better-sqlite3 database tuned for a server (WAL, foreign keys) and adapts it so
 * booleans behave as on PostgreSQL: `true`/`false` bind as 1/0, and columns declared `boolean`
 * come back as booleans. Kysely talks to the returned `connection`.
 *
 * SQLite's own `busy_timeout` is kept at 0: better-sqlite3 is synchronous, so waiting inside
 * SQLite for another process's lock would stop the whole event loop (every request, `/readyz`
 * too). The wait happens asynchronously instead, in {@link WaitingSqliteDialect}.
 */
export function openSqlite(path: string): SqliteConnection {
  const database = new BetterSqlite3(path);
  // Opening may meet a lock held by another process (switching to WAL needs a moment alone).
  waitSynchronouslyForOpen(database);
  database.pragma('foreign_keys = ON');
  database.pragma('synchronous = NORMAL');
  database.pragma('busy_timeout = 0');
  const statements = new Map<string, SqliteStatement>();
  const dataVersion = database.prepare('PRAGMA data_version').pluck();
  const schemaVersion = database.prepare('PRAGMA schema_version').pluck();
  return {
    connection: {
      close: () => database.close(),
      prepare(sqlText) {
        let statement = statements.get(sqlText);
        if (!statement) {
          statement = adaptStatement(database.prepare(sqlText));
          if (statements.size > 500) statements.clear();
          statements.set(sqlText, statement);
        }
        return statement;
      },
    },
    dataVersion: () => dataVersion.get() as number,
    inTransaction: () => database.inTransaction,
    probe: () => void schemaVersion.get(),
  };
}

// Only at start-up, before anything else runs: a short blocking wait is harmless there.
function waitSynchronouslyForOpen(database: BetterSqlite3.Database): void {
  database.pragma('busy_timeout = 5000');
  database.pragma('journal_mode = WAL');
}

function adaptStatement(statement: BetterSqlite3.Statement): SqliteStatement {
  const booleanColumns = statement.reader
    ? statement
        .columns()
        .filter((column) => column.type?.toLowerCase() === 'boolean')
        .map((column) => column.name)
    : [];
  const toRow =
    booleanColumns.length === 0 ? (row: unknown) => row : (row: unknown) => fixBooleans(row, booleanColumns);
  return {
    reader: statement.reader,
    all: (parameters) => statement.all(bindable(parameters)).map(toRow),
    run: (parameters) => statement.run(bindable(parameters)),
    *iterate(parameters) {
      for (const row of statement.iterate(bindable(parameters))) yield toRow(row);
    },
  };
}

function bindable(parameters: ReadonlyArray<unknown>): unknown[] {
  return parameters.map((value) => (typeof value === 'boolean' ? (value ? 1 : 0) : value));
}

function fixBooleans(row: unknown, columns: string[]): unknown {
  const record = row as Record<string, unknown>;
  for (const column of columns) {
    const value = record[column];
    if (typeof value === 'number') record[column] = value !== 0;
  }
  return record;
}
