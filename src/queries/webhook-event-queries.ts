import type { Kysely } from 'kysely';
import { compiledOnce } from '../db/compiled-once.ts';
import type { DB } from '../db/types.ts';
import { newId } from '../domain/new-id.ts';
import { subscribes, type EventType } from '../webhooks/event-types.ts';

export interface NewWebhookEvent {
  id: string;
  type: EventType;
  orderingKey: string;
  data: Readonly<Record<string, unknown>>;
  occurredAt: string;
}

/**
 * Writes an event to the outbox with a pending first attempt for every enabled webhook
 * subscribed to its type, due at once — or nothing when no webhook subscribes (an event no one
 * receives is not kept). Returns how many deliveries it queued.
 */
export async function insertWebhookEvent(db: Kysely<DB>, event: NewWebhookEvent): Promise<number> {
  const hooks = await enabledWebhooks(db, {});
  const subscribed = hooks.filter((hook) => subscribes(JSON.parse(hook.events) as string[], event.type));
  if (subscribed.length === 0) return 0;
  await db
    .insertInto('webhookEvents')
    .values({
      id: event.id,
      type: event.type,
      orderingKey: event.orderingKey,
      data: JSON.stringify(event.data),
      occurredAt: event.occurredAt,
    })
    .execute();
  await db
    .insertInto('webhookDeliveries')
    .values(
      subscribed.map((hook) => ({
        id: newId(),
        webhookId: hook.id,
        eventId: event.id,
        attempt: 1,
        status: 'pending' as const,
        responseStatus: null,
        error: null,
        dueAt: event.occurredAt,
        leasedUntil: null,
        at: event.occurredAt,
      })),
    )
    .execute();
  return subscribed.length;
}

// Asked by every write that emits an event, usually to learn there is none: compiled once.
const enabledWebhooks = compiledOnce((db: Kysely<DB>, _none: Record<never, never>) =>
  db.selectFrom('webhooks').select(['id', 'events']).where('enabled', '=', true),
);
