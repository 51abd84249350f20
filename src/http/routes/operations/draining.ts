import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Server as NetServer } from 'node:net';

/** A server's way out before shutdown, in two steps; see {@link watchForDraining}. */
export interface Draining {
  /** Step 1: `/readyz` answers 503; everything else is served as before (idempotent). */
  start(): void;
  /**
   * Step 2: stops accepting connections (a new one is refused, cleanly), and from now on every
   * answer, those in flight included, carries `Connection: close`.
   */
  stopAccepting(): void;
  /** Connections still open (in flight, or kept alive and idle). */
  openConnections(): Promise<number>;
}

const drainingServers = new WeakSet<Server>();

/**
 * Watches `server`'s requests so it can be shut down without a client meeting a reset. Keep-alive
 * connections stay usable while `/readyz` already says 503; once the server stops accepting,
 * each one is closed by the server right after its next answer, which tells the client so
 * (`Connection: close`) — instead of being cut while idle, under a request the client may be
 * sending at that very moment. Call before the server serves its first request.
 *
 * @example const draining = watchForDraining(app.server); process.once('SIGTERM', () => draining.start());
 */
export function watchForDraining(server: Server): Draining {
  const inFlight = new Set<ServerResponse>();
  let accepting = true;
  const closeAfter = (response: ServerResponse) => {
    if (!response.headersSent) response.setHeader('connection', 'close');
  };
  // Prepended, so the header is in place before the app starts answering.
  server.prependListener('request', (_request: IncomingMessage, response: ServerResponse) => {
    if (!accepting) return closeAfter(response);
    inFlight.add(response);
    response.once('close', () => inFlight.delete(response));
  });
  return {
    start() {
      drainingServers.add(server);
    },
    stopAccepting() {
      if (!accepting) return;
      accepting = false;
      drainingServers.add(server);
      for (const response of inFlight) closeAfter(response);
      inFlight.clear();
      // The listening socket only: http.Server#close would also cut every idle keep-alive
      // connection at once, racing the requests clients are about to send on them.
      NetServer.prototype.close.call(server);
    },
    openConnections: () =>
      new Promise((resolve) => server.getConnections((error, count) => resolve(error ? 0 : count))),
  };
}

/** Whether `server` is on its way out before shutdown (`/readyz` then answers 503). */
export function isDraining(server: Server): boolean {
  return drainingServers.has(server);
}
