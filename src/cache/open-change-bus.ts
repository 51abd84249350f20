import { sql } from 'kysely';
import type { DatabaseConfig } from '../config/config.ts';
import type { Database } from '../db/database.ts';
import { createLocalChangeBus, type ChangeBus } from './change-bus.ts';
import { createPostgresChangeBus } from './postgres-change-bus.ts';

/**
 * The bus every writer of this database publishes on: LISTEN/NOTIFY on PostgreSQL, so servers
 * and the CLI all hear one another; in-process on SQLite, where other processes' commits are
 * noticed through `Database.externalWriteVersion` instead. `onError` hears a lost listening
 * connection (it reconnects by itself).
 *
 * @example
 * const changeBus = await openChangeBus(config.database, database, (err) => logger.warn({ err }, 'reconnecting'));
 */
export async function openChangeBus(
  config: DatabaseConfig,
  database: Database,
  onError?: (error: unknown) => void,
): Promise<ChangeBus> {
  if (config.engine !== 'postgres') return createLocalChangeBus();
  return createPostgresChangeBus({
    url: config.url,
    connectTimeoutMs: config.timeoutMs,
    announce: async (channel, origin, change) => {
      const { rows } = await sql<{ seq: string }>`
        with next as (select nextval('roster_change_seq') as seq)
        select seq, pg_notify(${channel}, json_build_object('origin', ${origin}::text, 'seq', seq, 'change', ${JSON.stringify(change)}::json)::text)
        from next`.execute(database.db);
      return Number(rows[0]!.seq);
    },
    currentSequence: async () => {
      const { rows } = await sql<{
        seq: string;
      }>`select case when is_called then last_value else 0 end as seq from roster_change_seq`.execute(database.db);
      return Number(rows[0]!.seq);
    },
    ...(onError ? { onError } : {}),
  });
}
