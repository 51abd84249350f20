import type { DatabaseConfig } from '../config/config.ts';
import type { Database } from '../db/database.ts';
import { announceChange, findLastChangeNumber } from '../queries/change-queries.ts';
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
    announce: (channel, origin, change) => announceChange(database.db, channel, origin, change),
    currentSequence: () => findLastChangeNumber(database.db),
    ...(onError ? { onError } : {}),
  });
}
