import type { Kysely } from 'kysely';
import type { DB } from '../../src/db/types.ts';

/** Row count of a table, optionally where `column = value`. */
export async function countRows(db: Kysely<DB>, table: keyof DB, where?: [string, string]): Promise<number> {
  let query = db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n'));
  if (where) query = query.where(where[0] as never, '=', where[1] as never);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.n);
}
