import type { FastifyBaseLogger } from 'fastify';
import type { Registry } from 'prom-client';
import type { Config } from '../config/config.ts';
import type { Database } from '../db/database.ts';
import type { Clock } from '../domain/clock.ts';
import { findOldestUndeliveredAt } from '../queries/webhook-delivery-queries.ts';
import type { EventType } from './event-types.ts';
import { createWebhookMetrics } from './webhook-metrics.ts';
import { createWebhookSender, type WebhookSender } from './webhook-sender.ts';

/** One instance's outbound webhooks: the sender, and the hook writes call after committing events. */
export interface WebhookDelivery {
  readonly sender: WebhookSender;
  /** Counts the events a write queued and wakes the sender (give it to every WriteContext). */
  readonly onEvents: (types: readonly EventType[]) => void;
}

/** Wires the sender and its metrics (in `registry`) from config; start and stop the sender with the app. */
export function createWebhookDelivery(
  config: Config,
  deps: { database: Database; clock: Clock; logger?: FastifyBaseLogger | undefined },
  registry: Registry,
): WebhookDelivery {
  const metrics = createWebhookMetrics(registry, () => findOldestUndeliveredAt(deps.database.db), deps.clock);
  const sender = createWebhookSender({
    database: deps.database,
    clock: deps.clock,
    allowInsecure: config.webhooks.allowInsecure,
    retryDelaysMs: config.webhooks.retryDelaysMs,
    metrics,
    logger: deps.logger,
  });
  return {
    sender,
    onEvents(types) {
      for (const type of types) metrics.emitted(type);
      sender.wake();
    },
  };
}
