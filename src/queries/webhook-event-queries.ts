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

/** The enabled webhooks subscribed to events of `type` (an event no one receives is not kept). */
export async function webhooksSubscribedTo(db: Kysely<DB>, type: EventType): Promise<SubscribedWebhook[]> {
  const hooks = await enabledWebhooks(db, {});
  return hooks.filter((hook) => subscribes(JSON.parse(hook.events) as string[], type));
}

export interface SubscribedWebhook {
  readonly id: string;
}

/** Writes an event to the outbox with a pending first attempt, due at once, for each of `subscribed`. */
export async function insertWebhookEvent(
  db: Kysely<DB>,
  event: NewWebhookEvent,
  subscribed: readonly SubscribedWebhook[],
): Promise<void> {
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
}

// Asked by every write that emits an event, usually to learn there is none: compiled once.
const enabledWebhooks = compiledOnce((db: Kysely<DB>, _none: Record<never, never>) =>
  db.selectFrom('webhooks').select(['id', 'events']).where('enabled', '=', true),
);
