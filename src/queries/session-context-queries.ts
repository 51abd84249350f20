import type { Kysely } from 'kysely';
import type { DB, SessionContextRow } from '../db/types.ts';

/** Records the organization a session chose, replacing the session's earlier choice. */
export async function upsertSessionContext(db: Kysely<DB>, context: SessionContextRow): Promise<void> {
  await db
    .insertInto('sessionContexts')
    .values(context)
    .onConflict((oc) =>
      oc
        .columns(['userId', 'sessionId'])
        .doUpdateSet({ organizationId: context.organizationId, updatedAt: context.updatedAt }),
    )
    .execute();
}

/** The most recent `updatedAt` among the user's session choices, or null when none was made. */
export async function findLatestSessionContextTime(db: Kysely<DB>, userId: string): Promise<string | null> {
  const row = await db
    .selectFrom('sessionContexts')
    .select((eb) => eb.fn.max('updatedAt').as('latest'))
    .where('userId', '=', userId)
    .executeTakeFirst();
  return row?.latest ?? null;
}

export async function findSessionContextsByUser(db: Kysely<DB>, userId: string): Promise<SessionContextRow[]> {
  return db
    .selectFrom('sessionContexts')
    .selectAll()
    .where('userId', '=', userId)
    .orderBy('updatedAt', 'desc')
    .execute();
}
