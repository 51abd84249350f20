import { sql, type Kysely } from 'kysely';
import type { DB, WebhookDeliveryRow } from '../db/types.ts';
import type { Engine } from '../db/database.ts';
import { newId } from '../domain/new-id.ts';

/** A delivery attempt as listed: the attempt and its event's type. */
export type DeliveryListRow = WebhookDeliveryRow & { eventType: string };

/** Newest first, after the (at, id) of `after`. */
export async function findDeliveriesOfWebhookPage(
  db: Kysely<DB>,
  webhookId: string,
  page: { limit: number; after?: { at: string; id: string } | undefined },
): Promise<DeliveryListRow[]> {
  let query = db
    .selectFrom('webhookDeliveries as d')
    .innerJoin('webhookEvents as e', 'e.id', 'd.eventId')
    .selectAll('d')
    .select('e.type as eventType')
    .where('d.webhookId', '=', webhookId);
  if (page.after) {
    const { at, id } = page.after;
    query = query.where((eb) => eb.or([eb('d.at', '<', at), eb.and([eb('d.at', '=', at), eb('d.id', '<', id)])]));
  }
  return query.orderBy('d.at', 'desc').orderBy('d.id', 'desc').limit(page.limit).execute();
}

/** A delivery an instance has claimed: the attempt, its event and where to send it. */
export interface ClaimedDelivery {
  id: string;
  attempt: number;
  eventId: string;
  eventType: string;
  eventData: string;
  occurredAt: string;
  url: string;
  secret: string;
}

/**
 * Claims up to `limit` due attempts for this instance until `leaseUntil`: pending, due, not
 * leased by another instance, of an enabled webhook, and each the oldest pending event of its
 * (webhook, ordering key) — so a receiver gets one user's changes in order even after an outage.
 * At most `perWebhook` are taken for one webhook, and none for a webhook that already has that
 * many in flight, so a receiver that never answers cannot hold every slot.
 * On PostgreSQL the rows are locked `FOR UPDATE SKIP LOCKED`, so two instances never claim the
 * same attempt; on SQLite the one writer is the lock.
 */
export async function claimDueDeliveries(
  db: Kysely<DB>,
  engine: Engine,
  options: { now: string; leaseUntil: string; limit: number; perWebhook: number },
): Promise<ClaimedDelivery[]> {
  return db.transaction().execute(async (trx) => {
    let due = trx
      .selectFrom('webhookDeliveries as d')
      .innerJoin('webhookEvents as e', 'e.id', 'd.eventId')
      .innerJoin('webhooks as w', 'w.id', 'd.webhookId')
      .select(['d.id', 'd.webhookId'])
      .where('d.status', '=', 'pending')
      .where('d.dueAt', '<=', options.now)
      .where((eb) => eb.or([eb('d.leasedUntil', 'is', null), eb('d.leasedUntil', '<=', options.now)]))
      .where('w.enabled', '=', true)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('webhookDeliveries as d2')
              .innerJoin('webhookEvents as e2', 'e2.id', 'd2.eventId')
              .select(sql.lit(1).as('one'))
              .whereRef('d2.webhookId', '=', 'd.webhookId')
              .where('d2.status', '=', 'pending')
              .whereRef('e2.orderingKey', '=', 'e.orderingKey')
              .whereRef('e2.seq', '<', 'e.seq'),
          ),
        ),
      )
      .where((eb) =>
        eb(
          eb
            .selectFrom('webhookDeliveries as d3')
            .select((inner) => inner.fn.countAll<number>().as('inFlight'))
            .whereRef('d3.webhookId', '=', 'd.webhookId')
            .where('d3.status', '=', 'pending')
            .where('d3.leasedUntil', '>', options.now),
          '<',
          options.perWebhook,
        ),
      )
      .orderBy('e.seq')
      .limit(options.limit * 4);
    if (engine === 'postgres') due = due.forUpdate('d').skipLocked();
    const taken = new Map<string, number>();
    const ids: string[] = [];
    for (const row of await due.execute()) {
      const count = taken.get(row.webhookId) ?? 0;
      if (count >= options.perWebhook || ids.length >= options.limit) continue;
      taken.set(row.webhookId, count + 1);
      ids.push(row.id);
    }
    if (ids.length === 0) return [];
    await trx
      .updateTable('webhookDeliveries')
      .set({ leasedUntil: options.leaseUntil })
      .where('id', 'in', ids)
      .execute();
    return trx
      .selectFrom('webhookDeliveries as d')
      .innerJoin('webhookEvents as e', 'e.id', 'd.eventId')
      .innerJoin('webhooks as w', 'w.id', 'd.webhookId')
      .select([
        'd.id',
        'd.attempt',
        'e.id as eventId',
        'e.type as eventType',
        'e.data as eventData',
        'e.occurredAt',
        'w.url',
        'w.secret',
      ])
      .where('d.id', 'in', ids)
      .orderBy('e.seq')
      .execute();
  });
}

/** What became of one attempt. */
export interface AttemptOutcome {
  succeeded: boolean;
  responseStatus: number | null;
  error: string | null;
  at: string;
  /** When the next attempt is due after a failure; null = no more attempts (the delivery failed). */
  retryAt: string | null;
}

/**
 * Records an attempt's outcome and, after a failure with attempts left, queues the next one —
 * in one transaction, so the event stays at the head of its order. Returns false when the
 * attempt was no longer pending (another instance took over an expired lease and recorded it).
 */
export async function recordAttempt(db: Kysely<DB>, deliveryId: string, outcome: AttemptOutcome): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('webhookDeliveries')
      .set({
        status: outcome.succeeded ? 'succeeded' : 'failed',
        responseStatus: outcome.responseStatus,
        error: outcome.error,
        at: outcome.at,
        leasedUntil: null,
      })
      .where('id', '=', deliveryId)
      .where('status', '=', 'pending')
      .returningAll()
      .executeTakeFirst();
    if (!row) return false;
    if (!outcome.succeeded && outcome.retryAt !== null) {
      await trx
        .insertInto('webhookDeliveries')
        .values({
          id: newId(),
          webhookId: row.webhookId,
          eventId: row.eventId,
          attempt: row.attempt + 1,
          status: 'pending',
          responseStatus: null,
          error: null,
          dueAt: outcome.retryAt,
          leasedUntil: null,
          at: outcome.retryAt,
        })
        .execute();
    }
    return true;
  });
}

/** When the oldest event still waiting for a delivery to an enabled webhook happened, or null when none waits. */
export async function findOldestUndeliveredAt(db: Kysely<DB>): Promise<string | null> {
  const row = await db
    .selectFrom('webhookDeliveries as d')
    .innerJoin('webhookEvents as e', 'e.id', 'd.eventId')
    .innerJoin('webhooks as w', 'w.id', 'd.webhookId')
    .select((eb) => eb.fn.min('e.occurredAt').as('oldest'))
    .where('d.status', '=', 'pending')
    .where('w.enabled', '=', true)
    .executeTakeFirst();
  return (row?.oldest as string | null | undefined) ?? null;
}

/** Gives a claimed attempt back (its instance is stopping before it could make it). */
export async function releaseDelivery(db: Kysely<DB>, deliveryId: string): Promise<void> {
  await db
    .updateTable('webhookDeliveries')
    .set({ leasedUntil: null })
    .where('id', '=', deliveryId)
    .where('status', '=', 'pending')
    .execute();
}

/**
 * Deletes events that happened before `before` and wait for no attempt, with their delivery
 * history (cascade). Returns how many events it deleted.
 */
export async function deleteSettledEventsBefore(db: Kysely<DB>, before: string): Promise<number> {
  const result = await db
    .deleteFrom('webhookEvents')
    .where('occurredAt', '<', before)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('webhookDeliveries as d')
            .select(sql.lit(1).as('one'))
            .whereRef('d.eventId', '=', 'webhookEvents.id')
            .where('d.status', '=', 'pending'),
        ),
      ),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
