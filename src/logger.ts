import { pino, type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { LogLevel } from './config/config.ts';

/** Where the logs go: a terminal gets them readable, anything else (a collector, a file) gets JSON. */
export interface LogOutputOptions {
  /** Whether the output is a terminal; default: whether stdout is one. */
  tty?: boolean;
  /** NODE_ENV=production: always JSON. */
  production?: boolean;
}

/**
 * Roster's pino logger. Requests are logged as method, path, the names of their query parameters
 * (every value blanked: a token, secret or email address may ride in any of them), request id
 * and status; headers never, so no token reaches a log line. On a terminal outside production
 * the lines are human-readable (time, level, message, request); everywhere else they are one
 * JSON object each.
 */
export function createLogger(
  level: LogLevel,
  destination?: pino.DestinationStream,
  output: LogOutputOptions = {},
): Logger {
  const readable = (output.tty ?? process.stdout.isTTY === true) && output.production !== true;
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
    readable ? readableLines(destination) : destination,
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

function readableLines(destination: pino.DestinationStream | undefined): pino.DestinationStream {
  return pretty({
    destination: destination ?? 1,
    sync: true,
    colorize: destination === undefined,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname,req,res,reqId,responseTime',
    messageFormat: readableMessage,
  });
}

/** `incoming request GET /api/users/me`, `request completed 200 in 3 ms`, each with its request id. */
function readableMessage(log: Record<string, unknown>, messageKey: string): string {
  const parts = [String(log[messageKey] ?? '')];
  const req = log.req as { method?: string; url?: string } | undefined;
  const res = log.res as { statusCode?: number } | undefined;
  if (req?.method) parts.push(`${req.method} ${req.url ?? ''}`);
  if (res?.statusCode !== undefined) parts.push(String(res.statusCode));
  if (typeof log.responseTime === 'number') parts.push(`in ${Math.round(log.responseTime)} ms`);
  if (typeof log.reqId === 'string') parts.push(`[${log.reqId.slice(0, 8)}]`);
  return parts.join(' ');
}
