import { pino, type Logger } from 'pino';
import type { LogLevel } from './config/config.ts';

const SECRET_QUERY_PARAMETERS = /([?&](?:access_token|id_token|token|code|client_secret)=)[^&]*/gi;

/**
 * Roster's pino logger. Requests are logged as method, path (secret-looking query parameters
 * blanked), request id and status; headers never, so no token reaches a log line.
 */
export function createLogger(level: LogLevel, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      serializers: {
        req: (request: { method?: string; url?: string; id?: string }) => ({
          method: request.method,
          url: request.url?.replace(SECRET_QUERY_PARAMETERS, '$1[redacted]'),
          requestId: request.id,
        }),
        res: (reply: { statusCode?: number }) => ({ statusCode: reply.statusCode }),
        err: pino.stdSerializers.err,
      },
      redact: { paths: ['*.authorization', '*.headers.authorization', '*.token', '*.secret'], censor: '[redacted]' },
    },
    destination,
  );
}
