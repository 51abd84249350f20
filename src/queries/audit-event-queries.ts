import type { Kysely } from 'kysely';
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
  await db
    .insertInto('auditEvents')
    .values({ id: newId(), ...event, data: JSON.stringify(event.data ?? {}) })
    .execute();
}

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
