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

/** Forgets the ids of inbound events processed before `before` (providers stop retrying long before). */
export async function deleteInboundEventsBefore(db: Kysely<DB>, before: string): Promise<void> {
  await db.deleteFrom('inboundEvents').where('processedAt', '<', before).execute();
}
