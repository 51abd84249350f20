import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB, WebhookUpdate } from '../db/types.ts';
import { newId } from '../domain/new-id.ts';
import { decodeCursor, toPage, type Page, type PageRequest } from '../domain/page-cursor.ts';
import { RosterError } from '../domain/roster-error.ts';
import { findDeliveriesOfWebhookPage } from '../queries/webhook-delivery-queries.ts';
import * as queries from '../queries/webhook-queries.ts';
import {
  toAdminWebhook,
  toAdminWebhookDelivery,
  type AdminWebhook,
  type AdminWebhookDelivery,
} from '../views/webhook-view.ts';
import { checkWebhookUrl, DestinationRefused } from '../webhooks/destination-guard.ts';
import { isEventType } from '../webhooks/event-types.ts';
import { withWrite, type WriteContext } from './write.ts';
import type { FromSchema } from 'json-schema-to-ts';
import type { createWebhookSchema, updateWebhookSchema } from '../http/routes/admin/webhooks/schemas.ts';

/** A webhook's URL, its event types (or `["*"]` for all) and description. */
export type WebhookInput = FromSchema<typeof createWebhookSchema.body>;

export type WebhookPatch = FromSchema<typeof updateWebhookSchema.body>;

/** Where a webhook may point: `https` and public unless development allows anything. */
export interface WebhookPolicy {
  readonly allowInsecure: boolean;
}

/**
 * Registers a webhook. The URL must pass the destination guard and every event type must be
 * known (400 otherwise). The answer carries the signing secret — the only time it is shown.
 */
export async function createWebhook(
  ctx: WriteContext,
  policy: WebhookPolicy,
  input: WebhookInput,
): Promise<AdminWebhook & { secret: string }> {
  const events = checkEvents(input.events);
  await checkUrl(input.url, policy);
  return withWrite(ctx, async ({ trx, now, audit }) => {
    const secret = `whsec_${randomBytes(32).toString('base64')}`;
    const row = await queries.insertWebhook(trx, {
      id: newId(),
      url: input.url,
      events: JSON.stringify(events),
      description: input.description ?? null,
      secret,
      enabled: true,
      createdAt: now,
      updatedAt: now,
    });
    const webhook = toAdminWebhook(row);
    await audit(
      'webhook.created',
      { type: 'webhook', id: row.id },
      { url: webhook.url, events, description: webhook.description },
    );
    return { result: { ...webhook, secret }, change: null };
  });
}

export async function getWebhook(db: Kysely<DB>, id: string): Promise<AdminWebhook> {
  const row = await queries.findWebhookById(db, id);
  if (!row) throw webhookNotFound(id);
  return toAdminWebhook(row);
}

/** Oldest first. */
export async function listWebhooks(db: Kysely<DB>, page: PageRequest): Promise<Page<AdminWebhook>> {
  const [createdAt = '', id = ''] = page.cursor === undefined ? [] : decodeCursor(page.cursor, 'webhooks', 2);
  const rows = await queries.findWebhooksPage(db, {
    limit: page.limit + 1,
    after: page.cursor === undefined ? undefined : { createdAt, id },
  });
  const result = toPage(rows, page.limit, 'webhooks', (row) => [row.createdAt, row.id]);
  return { items: result.items.map(toAdminWebhook), nextCursor: result.nextCursor };
}

/** Changes the URL (guarded again), the events, the description or `enabled`. */
export async function updateWebhook(
  ctx: WriteContext,
  policy: WebhookPolicy,
  id: string,
  patch: WebhookPatch,
): Promise<AdminWebhook> {
  const events = patch.events === undefined ? undefined : checkEvents(patch.events);
  if (patch.url !== undefined) await checkUrl(patch.url, policy);
  return withWrite(ctx, async ({ trx, now, audit }) => {
    const update: WebhookUpdate = { updatedAt: now };
    if (patch.url !== undefined) update.url = patch.url;
    if (events !== undefined) update.events = JSON.stringify(events);
    if (patch.description !== undefined) update.description = patch.description;
    if (patch.enabled !== undefined) update.enabled = patch.enabled;
    const row = await queries.updateWebhook(trx, id, update);
    if (!row) throw webhookNotFound(id);
    await audit('webhook.updated', { type: 'webhook', id }, { ...patch });
    return { result: toAdminWebhook(row), change: null };
  });
}

/** Deletes a webhook and its delivery history; queued attempts are dropped. */
export async function deleteWebhook(ctx: WriteContext, id: string): Promise<void> {
  return withWrite(ctx, async ({ trx, audit }) => {
    const row = await queries.findWebhookById(trx, id);
    if (!row || !(await queries.deleteWebhook(trx, id))) throw webhookNotFound(id);
    await audit('webhook.deleted', { type: 'webhook', id }, { url: row.url });
    return { result: undefined, change: null };
  });
}

/** The webhook's delivery attempts, newest first (a pending one is the next attempt, at its due time). */
export async function listDeliveries(
  db: Kysely<DB>,
  webhookId: string,
  page: PageRequest,
): Promise<Page<AdminWebhookDelivery>> {
  if (!(await queries.findWebhookById(db, webhookId))) throw webhookNotFound(webhookId);
  const list = `deliveries:${webhookId}`;
  const [at = '', id = ''] = page.cursor === undefined ? [] : decodeCursor(page.cursor, list, 2);
  const rows = await findDeliveriesOfWebhookPage(db, webhookId, {
    limit: page.limit + 1,
    after: page.cursor === undefined ? undefined : { at, id },
  });
  const result = toPage(rows, page.limit, list, (row) => [row.at, row.id]);
  return { items: result.items.map(toAdminWebhookDelivery), nextCursor: result.nextCursor };
}

function checkEvents(events: readonly string[]): string[] {
  if (events.length === 0) throw invalid('events', 'name at least one event type, or "*"');
  const unknown = events.filter((type) => type !== '*' && !isEventType(type));
  if (unknown.length > 0)
    throw invalid('events', `unknown event type ${unknown.map((type) => JSON.stringify(type)).join(', ')}`);
  return events.includes('*') ? ['*'] : [...new Set(events)];
}

async function checkUrl(url: string, policy: WebhookPolicy): Promise<void> {
  try {
    await checkWebhookUrl(url, policy.allowInsecure);
  } catch (error) {
    if (error instanceof DestinationRefused) throw invalid('url', error.message);
    throw error;
  }
}

function invalid(field: string, message: string): RosterError {
  return new RosterError('ValidationFailed', `${field}: ${message}`, { details: [{ field, message }] });
}

export function webhookNotFound(id: string): RosterError {
  return new RosterError('NotFound', `No webhook with id ${id}`);
}
