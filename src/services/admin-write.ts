import type { Kysely, Transaction } from 'kysely';
import type { Change, ChangeBus } from '../cache/change-bus.ts';
import type { Clock } from '../domain/clock.ts';
import type { DB } from '../db/types.ts';
import { insertAuditEvent } from '../queries/audit-event-queries.ts';

/**
 * Who performs admin writes and with what: the database, the bus that carries invalidations,
 * the clock and the actor recorded in audit (`admin-token`, `cli`, or a user id).
 */
export interface AdminContext {
  readonly db: Kysely<DB>;
  readonly changeBus: ChangeBus;
  readonly clock: () => Date;
  readonly actor: string;
  /** `ROSTER_DEFAULT_ROLE`: the role a membership created without roles gets, where it is usable. */
  readonly defaultRole?: string;
}

/** What a write step has at hand inside its transaction. */
export interface WriteScope {
  readonly trx: Transaction<DB>;
  /** The one timestamp of this write (ISO, ms). */
  readonly now: string;
  /** Records an audit event in this transaction; `data` is the change, never a secret. */
  audit(action: string, target: { type: string; id: string | null }, data?: Record<string, unknown>): Promise<void>;
}

/** A write's outcome: the value returned to the caller and the change to announce once committed. */
export interface WriteOutcome<T> {
  result: T;
  change: Change;
}

/**
 * Runs one admin write: `work` in a single transaction (with its audit events), then, only
 * after the commit, publishes the change it declares so every instance drops stale snapshots.
 * Every admin service goes through here, so no write can forget its audit or invalidation.
 *
 * @example
 * return withWrite(ctx, async ({ trx, now, audit }) => {
 *   await deletePermission(trx, key);
 *   await audit('permission.deleted', { type: 'permission', id: key });
 *   return { result: undefined, change: { scope: 'all' } };
 * });
 */
export async function withWrite<T>(ctx: AdminContext, work: (scope: WriteScope) => Promise<WriteOutcome<T>>): Promise<T> {
  const now = ctx.clock().toISOString();
  const outcome = await inTransaction(ctx.db, (trx) =>
    work({
      trx,
      now,
      audit: (action, target, data) =>
        insertAuditEvent(trx, { at: now, actor: ctx.actor, action, targetType: target.type, targetId: target.id, data: data ?? {} }),
    }),
  );
  await ctx.changeBus.publish(outcome.change);
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
