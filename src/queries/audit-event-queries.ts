import type { Kysely } from 'kysely';
import { compiledOnce } from '../db/compiled-once.ts';
import type { AuditEventRow, DB } from '../db/types.ts';
import { newId } from '../domain/new-id.ts';

/** What happened, by whom, to what; `data` is the change (never a secret). */
export interface AuditEventInput {
  at: string;
  /** `admin-token`, `system`, or the acting user's id. */
  actor: string;
  action: string;
  targetType: string;
  targetId: string | null;
  data?: Record<string, unknown>;
}

export async function insertAuditEvent(db: Kysely<DB>, event: AuditEventInput): Promise<void> {
  const { at, actor, action, targetType, targetId } = event;
  const data = JSON.stringify(event.data ?? {});
  await insertAuditRow(db, { id: newId(), at, actor, action, targetType, targetId, data });
}

// Every write records one or more: compiled once (see compiled-once.ts).
const insertAuditRow = compiledOnce(
  (
    db: Kysely<DB>,
    row: {
      id: string;
      at: string;
      actor: string;
      action: string;
      targetType: string;
      targetId: string | null;
      data: string;
    },
  ) => db.insertInto('auditEvents').values(row),
);

export interface AuditEventFilter {
  actor?: string;
  action?: string;
  /** ISO timestamp: only events at or after it. */
  since?: string;
  /** Keyset cursor: events strictly older than this (at, id). */
  before?: { at: string; id: string };
  limit: number;
}

/** Newest first. */
export async function findAuditEvents(db: Kysely<DB>, filter: AuditEventFilter): Promise<AuditEventRow[]> {
  let query = db.selectFrom('auditEvents').selectAll();
  if (filter.actor) query = query.where('actor', '=', filter.actor);
  if (filter.action) query = query.where('action', '=', filter.action);
  if (filter.since) query = query.where('at', '>=', filter.since);
  if (filter.before) {
    const { at, id } = filter.before;
    query = query.where((eb) => eb.or([eb('at', '<', at), eb.and([eb('at', '=', at), eb('id', '<', id)])]));
  }
  return query.orderBy('at', 'desc').orderBy('id', 'desc').limit(filter.limit).execute();
}
