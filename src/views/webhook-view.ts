import type { WebhookRow } from '../db/types.ts';
import type { DeliveryListRow } from '../queries/webhook-delivery-queries.ts';

/** The admin API's shapes for webhooks and their delivery attempts. */

export type AdminWebhook = ReturnType<typeof toAdminWebhook>;
export type AdminWebhookDelivery = ReturnType<typeof toAdminWebhookDelivery>;

/** A webhook without its secret (shown once, when created). */
export function toAdminWebhook(row: WebhookRow) {
  return {
    id: row.id,
    url: row.url,
    events: JSON.parse(row.events) as string[],
    description: row.description,
    enabled: row.enabled,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function toAdminWebhookDelivery(row: DeliveryListRow) {
  return {
    id: row.id,
    eventId: row.eventId,
    eventType: row.eventType,
    attempt: Number(row.attempt),
    status: row.status,
    responseStatus: row.responseStatus === null ? null : Number(row.responseStatus),
    error: row.error,
    at: row.at,
  };
}
