import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Change, ChangeBus } from './change-bus.ts';
import { sharedFreshRead } from './fresh-read.ts';

/** The channel every Roster instance LISTENs on. */
export const CHANGE_CHANNEL = 'roster_changes';
const MAX_PAYLOAD_BYTES = 7_000;

export interface PostgresChangeBusOptions {
  readonly url: string;
  /**
   * Takes the next number of `roster_change_seq` and NOTIFYs `{ origin, seq, change }` on the
   * channel in one statement (over the app's pool); returns the number.
   */
  readonly announce: (channel: string, origin: string, change: Change) => Promise<number>;
  /** The last number `roster_change_seq` gave out (0 before the first). */
  readonly currentSequence: () => Promise<number>;
  /** How long `catchUp` waits for a NOTIFY still on its way before dropping everything instead. Default 100 ms. */
  readonly catchUpWaitMs?: number;
  readonly onError?: (error: unknown) => void;
  /** First reconnect delay; doubles up to 5 s. Default 100 ms. */
  readonly reconnectDelayMs?: number;
  /** The longest the listening connection may take to connect and LISTEN (`DATABASE_TIMEOUT_MS`). Default 5 s. */
  readonly connectTimeoutMs?: number;
}

/**
 * A ChangeBus across instances over PostgreSQL LISTEN/NOTIFY: a dedicated connection LISTENs
 * on `roster_changes`; `publish` tells this instance's listeners at once and NOTIFYs the
 * others (a change naming too many users to fit a payload goes out as `all`). When the
 * listening connection drops it reconnects and then announces `all` locally, because
 * notifications may have been missed meanwhile.
 *
 * Every change carries a number from `roster_change_seq`, taken after its commit. `catchUp`
 * reads the sequence and, when it is ahead of the numbers delivered here, waits briefly for the
 * NOTIFYs on their way — or drops everything — so a write through one instance is seen by the
 * very next request on any other.
 *
 * @example const bus = await createPostgresChangeBus({ url, announce, currentSequence }); // see `openChangeBus`
 */
export async function createPostgresChangeBus(options: PostgresChangeBusOptions): Promise<ChangeBus> {
  const origin = randomUUID();
  const listeners = new Set<(change: Change) => void>();
  const baseDelay = options.reconnectDelayMs ?? 100;
  let client: pg.Client | null = null;
  let closed = false;
  let timer: NodeJS.Timeout | null = null;
  const sequence = createSequenceTracker(options.catchUpWaitMs ?? 100, () => deliver({ scope: 'all' }));
  const freshSequence = sharedFreshRead(options.currentSequence);

  const deliver = (change: Change) => {
    for (const listener of listeners) listener(change);
  };
  const connect = async (): Promise<void> => {
    // Bounded, so a reconnect to a stalled server fails and is tried again instead of waiting forever;
    // keep-alive, so a connection to a server that vanished without a word is noticed.
    const timeoutMs = options.connectTimeoutMs ?? 5_000;
    const next = new pg.Client({
      connectionString: options.url,
      application_name: 'roster-change-listener',
      connectionTimeoutMillis: timeoutMs,
      query_timeout: timeoutMs,
      keepAlive: true,
    });
    next.on('notification', (message) => {
      const { seq, change } = parse(message.payload, origin);
      if (change) deliver(change);
      if (seq !== null) sequence.delivered(seq);
    });
    next.on('error', (error) => {
      options.onError?.(error);
      dropped(next);
    });
    next.on('end', () => dropped(next));
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANGE_CHANNEL}`);
    } catch (error) {
      next.end().catch(() => {});
      throw error;
    }
    if (closed) {
      await next.end();
      return;
    }
    client = next;
    // Listening from here on: whatever was numbered before is in no cache built after this point.
    sequence.startAt(await options.currentSequence());
  };
  const dropped = (which: pg.Client) => {
    if (client !== which || closed) return;
    client = null;
    which.end().catch(() => {});
    reconnect(baseDelay);
  };
  const reconnect = (delay: number) => {
    timer = setTimeout(() => {
      timer = null;
      connect().then(
        () => deliver({ scope: 'all' }),
        (error: unknown) => {
          options.onError?.(error);
          if (!closed) reconnect(Math.min(delay * 2, 5_000));
        },
      );
    }, delay);
  };

  await connect();
  return {
    async publish(change) {
      deliver(change);
      const fits = Buffer.byteLength(JSON.stringify(change)) <= MAX_PAYLOAD_BYTES;
      sequence.delivered(await options.announce(CHANGE_CHANNEL, origin, fits ? change : { scope: 'all' }));
    },
    catchUp: async () => sequence.catchUp(await freshSequence()),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      listeners.clear();
      const current = client;
      client = null;
      await current?.end().catch(() => {});
    },
  };
}

/** A notification's number, and its change unless this instance sent it (it was delivered on publish). */
function parse(payload: string | undefined, origin: string): { seq: number | null; change: Change | null } {
  try {
    const message = JSON.parse(payload ?? '') as { origin?: unknown; seq?: unknown; change?: Change };
    const seq = Number.isSafeInteger(Number(message.seq)) ? Number(message.seq) : null;
    if (message.origin === origin) return { seq, change: null };
    if (message.change?.scope === 'users' && Array.isArray(message.change.userIds)) {
      return {
        seq,
        change: {
          scope: 'users',
          userIds: message.change.userIds.filter((id): id is string => typeof id === 'string'),
        },
      };
    }
    return { seq, change: { scope: 'all' } };
  } catch {
    return { seq: null, change: { scope: 'all' } };
  }
}

/**
 * Which change numbers have reached this instance: `upTo` is the highest number below which
 * all were delivered; numbers above it arrive out of order and wait in `ahead`.
 */
function createSequenceTracker(waitMs: number, dropEverything: () => void) {
  let upTo = 0;
  const ahead = new Set<number>();
  let waiters: Array<() => void> = [];
  const advance = () => {
    while (ahead.delete(upTo + 1)) upTo += 1;
    for (const wake of waiters) wake();
    waiters = [];
  };
  return {
    startAt(current: number) {
      upTo = Math.max(upTo, current);
      for (const seq of ahead) if (seq <= upTo) ahead.delete(seq);
      advance();
    },
    delivered(seq: number) {
      if (seq > upTo) ahead.add(seq);
      advance();
    },
    async catchUp(current: number) {
      const deadline = Date.now() + waitMs;
      while (upTo < current && Date.now() < deadline) {
        await new Promise<void>((wake) => {
          waiters.push(wake);
          setTimeout(wake, Math.max(1, deadline - Date.now())).unref();
        });
      }
      if (upTo >= current) return;
      // A number that never came (its NOTIFY was lost, or the sequence skipped): drop everything once.
      dropEverything();
      this.startAt(current);
    },
  };
}
