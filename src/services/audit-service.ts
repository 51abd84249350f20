import type { Kysely } from 'kysely';
import type { DB } from '../db/types.ts';
import { decodeCursor, toPage, type Page, type PageRequest } from '../domain/page-cursor.ts';
import { findAuditEvents } from '../queries/audit-event-queries.ts';
import { toAdminAuditEvent, type AdminAuditEvent } from '../views/admin-view.ts';

export interface AuditEventQuery extends PageRequest {
  actor?: string | undefined;
  action?: string | undefined;
  /** ISO date-time: only events at or after it. */
  since?: string | undefined;
}

/** Audit events, newest first. */
export async function listAuditEvents(db: Kysely<DB>, query: AuditEventQuery): Promise<Page<AdminAuditEvent>> {
  const [at = '', id = ''] = query.cursor === undefined ? [] : decodeCursor(query.cursor, 'audit-events', 2);
  const rows = await findAuditEvents(db, {
    ...(query.actor === undefined ? {} : { actor: query.actor }),
    ...(query.action === undefined ? {} : { action: query.action }),
    ...(query.since === undefined ? {} : { since: new Date(query.since).toISOString() }),
    ...(query.cursor === undefined ? {} : { before: { at, id } }),
    limit: query.limit + 1,
  });
  const result = toPage(rows, query.limit, 'audit-events', (row) => [row.at, row.id]);
  return { items: result.items.map(toAdminAuditEvent), nextCursor: result.nextCursor };
}
