import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/types.ts';

/**
 * PostgreSQL only: takes the next number of `roster_change_seq` and NOTIFYs
 * `{ origin, seq, change }` on `channel`, in one statement; returns the number.
 */
export async function announceChange(
  db: Kysely<DB>,
  channel: string,
  origin: string,
  change: unknown,
): Promise<number> {
  const { rows } = await sql<{ seq: string }>`
    with next as (select nextval('roster_change_seq') as seq)
    select seq, pg_notify(${channel}, json_build_object('origin', ${origin}::text, 'seq', seq, 'change', ${JSON.stringify(change)}::json)::text)
    from next`.execute(db);
  return Number(rows[0]!.seq);
}

/** PostgreSQL only: the last number `roster_change_seq` gave out (0 before the first). */
export async function findLastChangeNumber(db: Kysely<DB>): Promise<number> {
  const { rows } = await sql<{
    seq: string;
  }>`select case when is_called then last_value else 0 end as seq from roster_change_seq`.execute(db);
  return Number(rows[0]!.seq);
}
