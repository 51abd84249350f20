import { type Expression, type Kysely, PostgresAdapter } from 'kysely';
import { jsonArrayFrom as postgresJsonArray } from 'kysely/helpers/postgres';
import { jsonArrayFrom as sqliteJsonArray } from 'kysely/helpers/sqlite';

/**
 * The rows of `query` as one JSON array, to select as a column of an outer query (`[]` when it
 * finds none), on either engine: several result sets come back in one statement, one round trip.
 * `query` must name each column it selects (no `selectAll`: SQLite builds each object from the
 * names). Read the column back with {@link parsedRows}.
 *
 * @example db.selectFrom('users').select((eb) => jsonRows(db, eb.selectFrom('identities').select(['issuer'])).as('identities'))
 */
export function jsonRows<D, O>(db: Kysely<D>, query: Expression<O>): ReturnType<typeof postgresJsonArray<O>> {
  return db.getExecutor().adapter instanceof PostgresAdapter
    ? postgresJsonArray(query)
    : sqliteJsonArray(query as Parameters<typeof sqliteJsonArray<O>>[0]);
}

/**
 * A {@link jsonRows} column as rows: PostgreSQL's driver has already parsed it, SQLite returns
 * text. Booleans stay as the engine stores them (SQLite: 0 or 1).
 */
export function parsedRows<T>(column: T[]): T[] {
  const value: unknown = column;
  return typeof value === 'string' ? (JSON.parse(value) as T[]) : column;
}
