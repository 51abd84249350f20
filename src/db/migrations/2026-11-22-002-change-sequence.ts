import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * PostgreSQL only: a sequence every published change takes a number from, after its commit.
 * An instance compares the sequence with the numbers its LISTEN connection has delivered, so it
 * never answers from a cache that a committed change has not reached yet (a NOTIFY can still be
 * on its way when the next request arrives). SQLite needs none: one file, `PRAGMA data_version`.
 */
export async function up(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`create sequence if not exists roster_change_seq`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`drop sequence if exists roster_change_seq`.execute(db);
}
