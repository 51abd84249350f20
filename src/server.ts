import type { Config } from './config/config.ts';
import { createLogger } from './logger.ts';
import { openRoster } from './roster.ts';

const SHUTDOWN_GRACE_MS = 10_000;

/**
 * Serves Roster until SIGTERM or SIGINT, then stops taking connections, lets in-flight
 * requests finish (at most 10 s) and closes the database.
 */
export async function serve(config: Config): Promise<void> {
  const logger = createLogger(config.logLevel, undefined, { production: config.production });
  const { app } = await openRoster(config, logger);
  await app.listen({ port: config.port, host: config.host });

  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down: draining in-flight requests');
    const timer = setTimeout(() => {
      logger.error('in-flight requests did not finish in time; exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    timer.unref();
    app.close().then(
      () => logger.info('stopped'),
      (error: unknown) => {
        logger.error({ err: error }, 'error while shutting down');
        process.exitCode = 1;
      },
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}
