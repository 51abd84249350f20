import type { FastifyRequest } from 'fastify';
import type { ChangeBus } from '../../../cache/change-bus.ts';
import type { Clock } from '../../../domain/clock.ts';
import type { Database } from '../../../db/database.ts';
import type { Page } from '../../../domain/page-cursor.ts';
import type { ProfileSchema } from '../../../domain/profile-schema.ts';
import type { AdminContext } from '../../../services/write.ts';
import type { EventType } from '../../../webhooks/event-types.ts';

/** What every admin route family is registered with. */
export interface AdminRoutesOptions {
  database: Database;
  changeBus: ChangeBus;
  clock: Clock;
  /** The custom attributes (`ROSTER_PROFILE_SCHEMA`), which admin users carry and accept. */
  profileSchema: ProfileSchema;
  /** `ROSTER_DEFAULT_ROLE`, for memberships added without roles. */
  defaultRole: string;
  /** Where webhooks may point (`ROSTER_WEBHOOKS_ALLOW_INSECURE`); default https and public only. */
  webhooks?: { allowInsecure: boolean };
  /** Told which webhook events each write queued (wakes the sender). */
  onEvents?: (types: readonly EventType[]) => void;
}

/** The service context for this request's admin. */
export function adminContext(options: AdminRoutesOptions, request: FastifyRequest): AdminContext {
  return {
    db: options.database.db,
    changeBus: options.changeBus,
    clock: options.clock,
    actor: request.adminActor,
    defaultRole: options.defaultRole,
    ...(options.onEvents ? { onEvents: options.onEvents } : {}),
  };
}

/** An id from the request's path, lower-cased: ids are UUIDs, stored lower-case. */
export function pathId(id: string): string {
  return id.toLowerCase();
}

/** A page as the admin API renders it. */
export function renderPage<T>(page: Page<T>): { data: T[]; nextCursor: string | null } {
  return { data: page.items, nextCursor: page.nextCursor };
}

