import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';

const conditionalReplies = new WeakSet<FastifyReply>();

/**
 * Marks a `GET` of a `/me` resource as conditional: `Cache-Control: private,
 * no-cache` and `Vary: Authorization` now, and — once the body is serialized by the route's
 * compiled schema — a strong `ETag` over those very bytes, with 304 and no body when
 * `If-None-Match` names it (or `*`). Returns the body for the handler to return.
 *
 * @example app.get('/api/users/me', async (request, reply) => conditionalGet(reply, renderUsersMe(request.me)));
 */
export function conditionalGet<T>(reply: FastifyReply, body: T): T {
  reply.header('cache-control', 'private, no-cache').header('vary', 'Authorization');
  conditionalReplies.add(reply);
  return body;
}

/** The hook that tags and answers conditional GETs; registered once on the app. */
export function registerConditionalGet(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (!conditionalReplies.has(reply) || reply.statusCode !== 200 || typeof payload !== 'string') return payload;
    const etag = `"${createHash('sha256').update(payload).digest('base64url').slice(0, 32)}"`;
    reply.header('etag', etag);
    if (!matches(request.headers['if-none-match'], etag)) return payload;
    reply.code(304).removeHeader('content-type');
    return '';
  });
}

/** If-None-Match uses the weak comparison (RFC 9110, section 13.1.2): `W/` prefixes are ignored. */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
