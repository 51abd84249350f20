import { pino, type Logger } from 'pino';
import type { LogLevel } from './config/config.ts';

/**
 * Roster's pino logger. Requests are logged as method, path, the names of their query parameters
 * (every value blanked: a token, secret or email address may ride in any of them), request id
 * and status; headers never, so no token reaches a log line.
 */
export function createLogger(level: LogLevel, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      serializers: {
        req: (request: { method?: string; url?: string; id?: string }) => ({
          method: request.method,
          url: request.url === undefined ? undefined : withoutQueryValues(request.url),
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

/**
 * The URL with every query value replaced by `[redacted]`, names kept for debugging.
 *
 * @example withoutQueryValues('/users?email=a@b.c&limit=5') // → '/users?email=[redacted]&limit=[redacted]'
 */
export function withoutQueryValues(url: string): string {
  const start = url.indexOf('?');
  if (start === -1) return url;
  const query = url
    .slice(start + 1)
    .split('&')
    .map((pair) => (pair === '' ? pair : `${pair.split('=', 1)[0]}=[redacted]`))
    .join('&');
  return `${url.slice(0, start)}?${query}`;
}
