import { setTimeout as sleep } from 'node:timers/promises';
import type { Config } from './config/config.ts';
import { watchForDraining } from './http/routes/operations/draining.ts';
import { createLogger } from './logger.ts';
import { openRoster } from './roster.ts';

const SHUTDOWN_GRACE_MS = 10_000;
/** How long `/readyz` says 503 while the server still accepts connections. */
const NOT_READY_MS = 500;
/** How long kept-alive connections get to carry one last request before the idle ones are closed. */
const CONNECTION_DRAIN_MS = 3_000;
const DRAIN_POLL_MS = 50;

/**
 * Serves Roster until SIGTERM or SIGINT, then shuts down without dropping a request:
 *
 * 1. `/readyz` answers 503 at once, so a load balancer stops sending; for half a second the
 *    server still accepts and serves as before;
 * 2. it stops accepting (new connections are refused) and closes each open connection right
 *    after its next answer, saying so with `Connection: close`; requests in flight finish;
 * 3. once no connection is open, or after 3 s, it closes the idle rest and the database and
 *    exits 0 — or exits 1 if all that is not done 10 s after the signal.
 */
export async function serve(config: Config): Promise<void> {
  const logger = createLogger(config.logLevel, undefined, { production: config.production });
  const { app } = await openRoster(config, logger);
  const draining = watchForDraining(app.server);
  await app.listen({ port: config.port, host: config.host });

  let closing = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down: /readyz answers 503; draining connections');
    const timer = setTimeout(() => {
      logger.error('in-flight requests did not finish in time; exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    timer.unref();
    draining.start();
    await sleep(NOT_READY_MS);
    draining.stopAccepting();
    const drainUntil = Date.now() + CONNECTION_DRAIN_MS;
    while (Date.now() < drainUntil && (await draining.openConnections()) > 0) await sleep(DRAIN_POLL_MS);
    try {
      await app.close();
      logger.info('stopped');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'error while shutting down');
      process.exit(1);
    }
  };
  process.once('SIGTERM', (signal) => void shutdown(signal));
  process.once('SIGINT', (signal) => void shutdown(signal));
}
