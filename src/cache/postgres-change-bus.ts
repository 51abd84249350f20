import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Change, ChangeBus } from './change-bus.ts';

/** The channel every Roster instance LISTENs on. */
export const CHANGE_CHANNEL = 'roster_changes';
const MAX_PAYLOAD_BYTES = 7_000;

export interface PostgresChangeBusOptions {
  readonly url: string;
  /** Sends one NOTIFY (e.g. over the app's pool): `SELECT pg_notify('roster_changes', $1)`. */
  readonly notify: (channel: string, payload: string) => Promise<void>;
  readonly onError?: (error: unknown) => void;
  /** First reconnect delay; doubles up to 5 s. Default 100 ms. */
  readonly reconnectDelayMs?: number;
}

/**
 * A ChangeBus across instances over PostgreSQL LISTEN/NOTIFY: a dedicated connection LISTENs
 * on `roster_changes`; `publish` tells this instance's listeners at once and NOTIFYs the
 * others (a change naming too many users to fit a payload goes out as `all`). When the
 * listening connection drops it reconnects and then announces `all` locally, because
 * notifications may have been missed meanwhile.
 *
 * @example const bus = await createPostgresChangeBus({ url, notify: (c, p) => sql`select pg_notify(${c}, ${p})`.execute(db).then(() => {}) });
 */
export async function createPostgresChangeBus(options: PostgresChangeBusOptions): Promise<ChangeBus> {
  const origin = randomUUID();
  const listeners = new Set<(change: Change) => void>();
  const baseDelay = options.reconnectDelayMs ?? 100;
  let client: pg.Client | null = null;
  let closed = false;
  let timer: NodeJS.Timeout | null = null;

  const deliver = (change: Change) => {
    for (const listener of listeners) listener(change);
  };
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: options.url, application_name: 'roster-change-listener' });
    next.on('notification', (message) => {
      const change = parse(message.payload, origin);
      if (change) deliver(change);
    });
    next.on('error', (error) => {
      options.onError?.(error);
      dropped(next);
    });
    next.on('end', () => dropped(next));
    await next.connect();
    await next.query(`LISTEN ${CHANGE_CHANNEL}`);
    if (closed) {
      await next.end();
      return;
    }
    client = next;
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
      let payload = JSON.stringify({ origin, change });
      if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES) payload = JSON.stringify({ origin, change: { scope: 'all' } });
      await options.notify(CHANGE_CHANNEL, payload);
    },
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

function parse(payload: string | undefined, origin: string): Change | null {
  try {
    const message = JSON.parse(payload ?? '') as { origin?: unknown; change?: Change };
    if (message.origin === origin || !message.change) return null;
    if (message.change.scope === 'all') return { scope: 'all' };
    if (message.change.scope === 'users' && Array.isArray(message.change.userIds)) {
      return { scope: 'users', userIds: message.change.userIds.filter((id): id is string => typeof id === 'string') };
    }
    return { scope: 'all' };
  } catch {
    return { scope: 'all' };
  }
}
