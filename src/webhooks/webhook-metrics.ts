import { Counter, Gauge, type Registry } from 'prom-client';

/** What the webhook sender and the write path report. */
export interface WebhookMetrics {
  emitted(type: string): void;
  delivered(): void;
  retried(): void;
  failed(): void;
}

/**
 * Registers the webhook metrics in `registry`: events emitted (by type), attempts delivered,
 * retried and failed for good, and the age of the oldest event still waiting, read from the
 * database at scrape time (`oldestUndeliveredAt`).
 */
export function createWebhookMetrics(
  registry: Registry,
  oldestUndeliveredAt: () => Promise<string | null>,
  clock: () => Date,
): WebhookMetrics {
  const registers = [registry];
  const emitted = new Counter({
    name: 'roster_webhook_events_emitted_total',
    help: 'Webhook events written to the outbox',
    labelNames: ['type'],
    registers,
  });
  const delivered = new Counter({
    name: 'roster_webhook_deliveries_succeeded_total',
    help: 'Webhook deliveries a receiver accepted (2xx)',
    registers,
  });
  const retried = new Counter({
    name: 'roster_webhook_deliveries_retried_total',
    help: 'Failed webhook attempts with a retry scheduled',
    registers,
  });
  const failed = new Counter({
    name: 'roster_webhook_deliveries_failed_total',
    help: 'Webhook deliveries given up after the last attempt',
    registers,
  });
  new Gauge({
    name: 'roster_webhook_oldest_undelivered_seconds',
    help: 'Age of the oldest event with a delivery still pending (0 when none)',
    registers,
    async collect() {
      const oldest = await oldestUndeliveredAt().catch(() => null);
      this.set(oldest === null ? 0 : Math.max(0, (clock().getTime() - Date.parse(oldest)) / 1000));
    },
  });
  return {
    emitted: (type) => emitted.inc({ type }),
    delivered: () => delivered.inc(),
    retried: () => retried.inc(),
    failed: () => failed.inc(),
  };
}
