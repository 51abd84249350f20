import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import pg from 'pg';
import { preparedNameOf } from './compiled-once.ts';
import { isDatabaseUnreachable } from './connection-failure.ts';

export interface PostgresPoolOptions {
  readonly url: string;
  /** The longest one statement, or one wait for a connection, may take (`DATABASE_TIMEOUT_MS`). */
  readonly timeoutMs: number;
  /** Hears every error of a connection the pool then discards (a lost server, a reset). */
  readonly onConnectionError?: (error: Error) => void;
  readonly max?: number;
}

// The server's own statement_timeout fires first and leaves the connection usable; this
// client-side bound only catches a server that answers nothing at all (stalled, unplugged).
const CLIENT_TIMEOUT_MARGIN_MS = 250;

/**
 * A pg pool for Kysely's PostgresDialect that no database failure can crash or wedge:
 *
 * - every client has an `error` listener for its whole life, idle or checked out, so a backend
 *   killed mid-query or a reset connection is an error for the query at hand, never an
 *   unhandled `'error'` event that stops the process;
 * - every statement is bounded by `statement_timeout` on the server and a read timeout in the
 *   client, and every wait for a connection by `connectionTimeoutMillis`;
 * - a client whose connection failed, or whose server stopped answering, is destroyed when it is
 *   released instead of going back to the pool, which opens a fresh one on demand — so when the
 *   database comes back the very next request succeeds.
 *
 * @example new PostgresDialect({ pool: createPostgresPool({ url, timeoutMs: 5000 }) })
 */
export function createPostgresPool(options: PostgresPoolOptions): PostgresPool {
  const { timeoutMs } = options;
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.max ?? 10,
    connectionTimeoutMillis: timeoutMs,
    idleTimeoutMillis: 30_000,
    statement_timeout: timeoutMs,
    query_timeout: timeoutMs + CLIENT_TIMEOUT_MARGIN_MS,
    keepAlive: true,
    application_name: 'roster',
  });
  const reportError = (error: Error) => options.onConnectionError?.(error);
  // An idle client losing its server: the pool drops it.
  pool.on('error', reportError);
  // A checked-out client losing its server: pg emits 'error' on the client, which the pool only
  // listens to while the client is idle; without this listener the process would exit.
  pool.on('connect', (client) => client.on('error', reportError));

  const adapters = new WeakMap<pg.PoolClient, CheckedOutClient>();
  return {
    async connect() {
      const client = await pool.connect();
      let adapter = adapters.get(client);
      if (!adapter) {
        adapter = new CheckedOutClient(client);
        adapters.set(client, adapter);
      }
      adapter.broken = undefined;
      return adapter as unknown as PostgresPoolClient;
    },
    end: () => pool.end(),
  };
}

/** What Kysely holds while it uses a client: queries pass through, and a failed connection is not reused. */
class CheckedOutClient {
  broken: Error | undefined;
  constructor(private readonly client: pg.PoolClient) {}

  async query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>> {
    const name = preparedNameOf(sql);
    try {
      const values = [...parameters];
      const result = name ? await this.client.query({ name, text: sql, values }) : await this.client.query(sql, values);
      return result as unknown as PostgresQueryResult<R>;
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      // A statement prepared on this connection that no longer fits the schema (another instance
      // migrated: "cached plan must not change result type") or that the server forgot: this
      // connection is not reused, and the next one prepares it afresh.
      if (name && (code === '0A000' || code === '26000') && !this.broken) this.broken = error as Error;
      // A statement the server cancelled leaves a healthy connection; anything else that means
      // "unreachable" (a reset, a read timeout with the query still pending) does not.
      if (isDatabaseUnreachable(error) && code !== '57014' && code !== '55P03' && !this.broken) {
        this.broken = error as Error;
        // At once, not on release: Kysely's ROLLBACK would otherwise queue behind the stuck query
        // and wait out a second timeout. (pg destroys the socket of a client with a query pending.)
        this.client.end().catch(() => {});
      }
      throw error;
    }
  }

  release(): void {
    this.client.release(this.broken ?? false);
  }
}
