import fastifyCors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';

/** What a browser app may send, and read back, across origins. */
const ALLOWED_METHODS = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'];
const ALLOWED_HEADERS = ['Authorization', 'Content-Type', 'If-None-Match', 'X-Request-Id'];
const EXPOSED_HEADERS = [
  'ETag',
  'Retry-After',
  'RateLimit-Limit',
  'RateLimit-Remaining',
  'RateLimit-Reset',
  'X-Request-Id',
];
// How long a browser may reuse a preflight answer (seconds); browsers cap it lower anyway.
const PREFLIGHT_MAX_AGE_S = 600;

/**
 * CORS with `@fastify/cors` for exactly `origins` (from `CORS_ORIGINS`; the config refuses `*`):
 * an allowed origin is echoed in `Access-Control-Allow-Origin`, with `Vary: Origin` and the
 * exposed headers, on every answer; any other origin gets no `Access-Control-Allow-Origin`.
 * Preflights are answered 204 in the first hook, before any token is asked for; credentials
 * (cookies) are never allowed. Not registered at all when no origin is configured.
 */
export async function registerCors(app: FastifyInstance, origins: readonly string[]): Promise<void> {
  await app.register(fastifyCors, {
    origin: [...origins],
    methods: ALLOWED_METHODS,
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: EXPOSED_HEADERS,
    maxAge: PREFLIGHT_MAX_AGE_S,
    credentials: false,
    // Any OPTIONS is answered as a preflight, rather than a text/plain 400 outside the error shapes.
    strictPreflight: false,
  });
  // A route that sets its own `Vary` (the /me GETs: `Vary: Authorization`) must keep `Origin` in it.
  app.addHook('onSend', async (_request, reply, payload) => {
    const vary = String(reply.getHeader('vary') ?? '');
    if (!/(^|,)\s*origin\s*(,|$)/i.test(vary)) reply.header('vary', vary === '' ? 'Origin' : `${vary}, Origin`);
    return payload;
  });
}
