import type { Kysely, Transaction } from 'kysely';
import type { Change, ChangeBus } from '../cache/change-bus.ts';
import type { DB } from '../db/types.ts';
import { newId } from '../domain/new-id.ts';
import { insertAuditEvent } from '../queries/audit-event-queries.ts';
import { insertWebhookEvent, webhooksSubscribedTo } from '../queries/webhook-event-queries.ts';
import { orderingKeyOf, type EventType } from '../webhooks/event-types.ts';

/**
 * Who writes and with what: the database, the bus that carries invalidations, the clock and
 * the actor recorded in audit — `admin-token`, `cli`, `system` (provisioning),
 * `identity-provider` (inbound provider events), or a user's id (an admin's, or the user's own
 * for self-service writes).
 */
export interface WriteContext {
  readonly db: Kysely<DB>;
  readonly changeBus: ChangeBus;
  readonly clock: () => Date;
  readonly actor: string;
  /** `ROSTER_DEFAULT_ROLE`: the role a membership created without roles gets, where it is usable. */
  readonly defaultRole?: string;
  /** Told after each commit which events the write queued for a webhook (wakes the sender, counts them). */
  readonly onEvents?: (types: readonly EventType[]) => void;
}

/** The name admin services have always used for their context. */
export type AdminContext = WriteContext;

/** What a write step has at hand inside its transaction. */
export interface WriteScope {
  readonly trx: Transaction<DB>;
  /** The one timestamp of this write (ISO, ms). */
  readonly now: string;
  /** Records an audit event in this transaction; `data` is the change, never a secret. */
  audit(action: string, target: { type: string; id: string | null }, data?: Record<string, unknown>): Promise<void>;
  /**
   * Puts a webhook event in the outbox in this transaction, so it is delivered exactly when the
   * change commits (to every enabled webhook subscribed to its type; none = nothing kept).
   * `data` is the object as the admin API renders it (`{ id }` at least for a `*.deleted`), or a
   * function reading it — called only when some webhook subscribes, so a write no one listens to
   * does not read it back.
   */
  emit(type: EventType, data: EventData | (() => Promise<EventData>)): Promise<void>;
}

/** A webhook event's object, as the admin API renders it. */
export type EventData = Readonly<Record<string, unknown>>;

/** A write's outcome: the value returned to the caller and the change to announce once committed (null: none). */
export interface WriteOutcome<T> {
  result: T;
  change: Change | null;
}

/**
 * Runs one write — admin, self-service, provisioning, CLI, inbound provider event: `work` in a
 * single transaction with its audit events and webhook events, then, only after the commit,
 * publishes the change it declares so every instance drops stale snapshots. Every write goes
 * through here, so none can forget its audit, its events or its invalidation.
 *
 * @example
 * return withWrite(ctx, async ({ trx, audit, emit }) => {
 *   await deleteOrganization(trx, id);
 *   await audit('organization.deleted', { type: 'organization', id });
 *   await emit('organization.deleted', { id });
 *   return { result: undefined, change: ALL_CHANGED };
 * });
 */
export async function withWrite<T>(
  ctx: WriteContext,
  work: (scope: WriteScope) => Promise<WriteOutcome<T>>,
): Promise<T> {
  const now = ctx.clock().toISOString();
  const emitted: EventType[] = [];
  const outcome = await inTransaction(ctx.db, (trx) => {
    emitted.length = 0;
    return work({
      trx,
      now,
      audit: (action, target, data) =>
        insertAuditEvent(trx, {
          at: now,
          actor: ctx.actor,
          action,
          targetType: target.type,
          targetId: target.id,
          data: data ?? {},
        }),
      async emit(type, data) {
        const webhooks = await webhooksSubscribedTo(trx, type);
        if (webhooks.length === 0) return;
        const object = typeof data === 'function' ? await data() : data;
        const event = { id: newId(), type, orderingKey: orderingKeyOf(type, object), data: object, occurredAt: now };
        await insertWebhookEvent(trx, event, webhooks);
        emitted.push(type);
      },
    });
  });
  if (outcome.change) await ctx.changeBus.publish(outcome.change);
  if (emitted.length > 0) ctx.onEvents?.(emitted);
  return outcome.result;
}

/**
 * Runs `work` in a new transaction, or in the one `db` already is: several writes done inside
 * one outer transaction (seed-demo) then commit or roll back together.
 */
function inTransaction<T>(db: Kysely<DB>, work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db as Transaction<DB>) : db.transaction().execute(work);
}

/** A change naming these users (deduplicated). */
export function usersChange(...userIds: (string | null | undefined)[]): Change {
  return { scope: 'users', userIds: [...new Set(userIds.filter((id): id is string => typeof id === 'string'))] };
}

export const ALL_CHANGED: Change = { scope: 'all' };
