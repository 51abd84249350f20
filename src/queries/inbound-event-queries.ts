import type { Kysely } from 'kysely';
import type { DB } from '../db/types.ts';

/**
 * Records that an inbound event (`source`, `messageId`) is being processed; false when it
 * already was (a replay). Run it in the transaction of the event's effect, so the two commit together.
 */
export async function recordInboundEvent(
  db: Kysely<DB>,
  source: string,
  messageId: string,
  at: string,
): Promise<boolean> {
  const result = await db
    .insertInto('inboundEvents')
    .values({ source, messageId, processedAt: at })
    .onConflict((oc) => oc.columns(['source', 'messageId']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

/** The identity (issuer, subject), or undefined. */
export async function findIdentity(db: Kysely<DB>, issuer: string, subject: string) {
  return db
    .selectFrom('identities')
    .select(['id', 'userId'])
    .where('issuer', '=', issuer)
    .where('subject', '=', subject)
    .executeTakeFirst();
}

export async function deleteIdentity(db: Kysely<DB>, id: string): Promise<void> {
  await db.deleteFrom('identities').where('id', '=', id).execute();
}

export async function countIdentitiesOfUser(db: Kysely<DB>, userId: string): Promise<number> {
  const row = await db
    .selectFrom('identities')
    .select((eb) => eb.fn.countAll().as('count'))
    .where('userId', '=', userId)
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}

/** Forgets the ids of inbound events processed before `before` (providers stop retrying long before). */
export async function deleteInboundEventsBefore(db: Kysely<DB>, before: string): Promise<void> {
  await db.deleteFrom('inboundEvents').where('processedAt', '<', before).execute();
}
