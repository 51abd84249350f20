import type { FastifyBaseLogger } from 'fastify';
import { Webhook } from 'standardwebhooks';
import type { Database } from '../db/database.ts';
import type { Clock } from '../domain/clock.ts';
import {
  claimDueDeliveries,
  deleteSettledEventsBefore,
  recordAttempt,
  releaseDelivery,
  type ClaimedDelivery,
} from '../queries/webhook-delivery-queries.ts';
import { deleteInboundEventsBefore } from '../queries/inbound-event-queries.ts';
import { type CheckedDestination, checkDestination, DestinationRefused } from './destination-guard.ts';
import type { WebhookMetrics } from './webhook-metrics.ts';
import { postJson, type PostResult } from './webhook-post.ts';

export interface WebhookSenderOptions {
  readonly database: Database;
  readonly clock: Clock;
  /** `ROSTER_WEBHOOKS_ALLOW_INSECURE`: http and private destinations allowed (development). */
  readonly allowInsecure: boolean;
  /** The wait before each retry; attempts = delays + 1. */
  readonly retryDelaysMs: readonly number[];
  readonly metrics: WebhookMetrics;
  readonly logger?: FastifyBaseLogger | undefined;
  /** How often to look for due attempts when nothing wakes the sender (default 1 s). */
  readonly pollIntervalMs?: number;
  /** How long a receiver has to answer (default 10 s). */
  readonly timeoutMs?: number;
  /** Attempts made at once (default 8). */
  readonly concurrency?: number;
  /** How long settled events and their delivery history are kept (default 30 days). */
  readonly historyRetentionMs?: number;
}

const PRUNE_INTERVAL_MS = 60 * 60 * 1000;
/** Attempts in flight to one webhook (per claim; a little more across instances). */
const PER_WEBHOOK = 2;

/** The background sender of one instance. */
export interface WebhookSender {
  start(): void;
  /** Looks for due attempts now (after a write queued events). */
  wake(): void;
  /** Stops claiming and waits for attempts in flight. */
  stop(): Promise<void>;
}

/**
 * Delivers the outbox: claims due attempts (each by one instance), signs each POST with the
 * Standard Webhooks scheme (`webhook-id` = the event id, the same on every retry), and records
 * the outcome — 2xx succeeded; anything else, a timeout or a refused destination is retried
 * after the next delay, then failed. A lease (longer than the timeout) hands an attempt to
 * another instance when this one dies mid-flight, so nothing committed is lost.
 */
export function createWebhookSender(options: WebhookSenderOptions): WebhookSender {
  const { database, clock } = options;
  const pollIntervalMs = options.pollIntervalMs ?? 1000;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const concurrency = options.concurrency ?? 8;
  const leaseMs = timeoutMs * 3 + 30_000;
  const retentionMs = options.historyRetentionMs ?? 30 * 24 * 60 * 60 * 1000;
  let prunedAt = 0;
  let running = false;
  let timer: NodeJS.Timeout | undefined;
  let pass: Promise<void> = Promise.resolve();
  let again = false;
  let claiming = false;
  const inFlight = new Set<Promise<void>>();
  // Aborts attempts in flight on stop; they are not recorded, and their lease hands them on.
  let stopping = new AbortController();

  async function attempt(delivery: ClaimedDelivery): Promise<void> {
    const result = await send(delivery);
    if (stopping.signal.aborted) {
      await releaseDelivery(database.db, delivery.id).catch(() => {});
      return;
    }
    const at = clock();
    const succeeded = 'status' in result && result.status >= 200 && result.status < 300;
    const delay = options.retryDelaysMs[delivery.attempt - 1];
    const retryAt = succeeded || delay === undefined ? null : new Date(at.getTime() + delay).toISOString();
    const recorded = await recordAttempt(database.db, delivery.id, {
      succeeded,
      responseStatus: 'status' in result ? result.status : null,
      error: 'error' in result ? result.error : null,
      at: at.toISOString(),
      retryAt,
    });
    if (!recorded) return;
    if (succeeded) options.metrics.delivered();
    else if (retryAt !== null) options.metrics.retried();
    else {
      options.metrics.failed();
      options.logger?.warn(
        { eventId: delivery.eventId, attempts: delivery.attempt },
        'webhook delivery failed for good',
      );
    }
  }

  async function send(delivery: ClaimedDelivery): Promise<PostResult> {
    let destination: CheckedDestination;
    try {
      destination = await checkDestination(delivery.url, options.allowInsecure);
    } catch (error) {
      if (error instanceof DestinationRefused) return { error: `destination refused: ${error.message}` };
      throw error;
    }
    const sentAt = clock();
    const body = JSON.stringify({
      id: delivery.eventId,
      type: delivery.eventType,
      timestamp: delivery.occurredAt,
      data: JSON.parse(delivery.eventData),
    });
    const signature = new Webhook(delivery.secret).sign(delivery.eventId, sentAt, body);
    const headers = {
      'webhook-id': delivery.eventId,
      'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
      'webhook-signature': signature,
    };
    return postJson(destination, headers, body, timeoutMs, stopping.signal);
  }

  /** At most hourly: forgets events older than the retention that wait for nothing, and old inbound ids. */
  async function prune(now: Date): Promise<void> {
    if (now.getTime() - prunedAt < PRUNE_INTERVAL_MS) return;
    prunedAt = now.getTime();
    const before = new Date(now.getTime() - retentionMs).toISOString();
    await deleteSettledEventsBefore(database.db, before);
    await deleteInboundEventsBefore(database.db, before);
  }

  /** Claims attempts for the free slots and starts them; each one finished frees its slot and looks again. */
  async function fill(): Promise<void> {
    await prune(clock());
    for (;;) {
      again = false;
      const free = concurrency - inFlight.size;
      if (!running || free <= 0) return;
      const now = clock();
      const claimed = await claimDueDeliveries(database.db, database.engine, {
        now: now.toISOString(),
        leaseUntil: new Date(now.getTime() + leaseMs).toISOString(),
        limit: free,
        perWebhook: PER_WEBHOOK,
      });
      for (const delivery of claimed) {
        const flight: Promise<void> = attempt(delivery)
          .catch((error: unknown) => options.logger?.warn({ err: error }, 'webhook attempt could not be recorded'))
          .finally(() => {
            inFlight.delete(flight);
            run();
          });
        inFlight.add(flight);
      }
      if (claimed.length === 0 && !again) return;
    }
  }

  function run(): void {
    if (!running) return;
    if (claiming) {
      again = true;
      return;
    }
    claiming = true;
    clearTimeout(timer);
    pass = fill()
      .catch((error: unknown) =>
        options.logger?.warn({ err: error }, 'webhook sender pass failed; trying again shortly'),
      )
      .finally(() => {
        claiming = false;
        if (running) timer = setTimeout(run, pollIntervalMs);
      });
  }

  return {
    start() {
      if (running) return;
      running = true;
      stopping = new AbortController();
      run();
    },
    wake() {
      run();
    },
    async stop() {
      running = false;
      clearTimeout(timer);
      stopping.abort();
      await pass;
      await Promise.all([...inFlight]);
    },
  };
}
