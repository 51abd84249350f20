import type { FastifyInstance } from 'fastify';

/**
 * Closes the connection after answering a body that is too large (413) or unauthenticated (401),
 * and after any other answer given before the body was fully received (a 429), instead of
 * letting Node read and discard the rest: a client could make it swallow megabytes per request.
 */
export function closeAfterUnreadBody(app: FastifyInstance): void {
  app.addHook('onSend', (request, reply, payload, done) => {
    const raw = request.raw;
    const hasBody = raw.headers['transfer-encoding'] !== undefined || Number(raw.headers['content-length'] ?? 0) > 0;
    const refused = reply.statusCode === 401 || reply.statusCode === 413;
    if (hasBody && (refused || raw.complete === false)) reply.header('connection', 'close');
    done(null, payload);
  });
}
