import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Answers a `GET` of a `/me` resource per contract §5: a strong `ETag` over the body,
 * `Cache-Control: private, no-cache`, `Vary: Authorization`, and 304 with no body when
 * `If-None-Match` names the current tag (or `*`). Returns what the handler should return.
 *
 * @example app.get('/api/users/me', async (request, reply) => conditionalGet(request, reply, renderUsersMe(request.me)));
 */
export function conditionalGet<T>(request: FastifyRequest, reply: FastifyReply, body: T): T | FastifyReply {
  const etag = `"${createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 32)}"`;
  reply.header('etag', etag).header('cache-control', 'private, no-cache').header('vary', 'Authorization');
  if (matches(request.headers['if-none-match'], etag)) return reply.code(304).send();
  return body;
}

/** If-None-Match uses the weak comparison (RFC 9110 §13.1.2): `W/` prefixes are ignored. */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
