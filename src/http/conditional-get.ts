import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { cachedAnswer, etagOf, rememberAnswer } from './rendered-answers.ts';

const conditionalReplies = new WeakSet<FastifyReply>();
const PRIVATE_REVALIDATED = { 'cache-control': 'private, no-cache', vary: 'Authorization' } as const;

/** A view of the caller's snapshot, answered by {@link sendSnapshotAnswer}; define it once per route. */
export interface SnapshotView {
  /**
   * What the body depends on besides the caller's snapshot: the view's name, or for a view that
   * reads the query string or token claims, a function of the request naming them too. Two
   * requests with the same snapshot and key get the same bytes.
   */
  readonly key: string | ((request: FastifyRequest) => string);
  /** `application/json` unless given; sent with `; charset=utf-8` except for JSON:API. */
  readonly mediaType?: string;
  /** The body, rendered from `request.me`; serialized by the route's response schema. */
  readonly render: (request: FastifyRequest) => unknown;
}

/**
 * Answers a `GET` of a `/me` resource from the caller's snapshot (`request.me`): the body is
 * rendered, serialized by the route's compiled schema and hashed into a strong `ETag` once per
 * snapshot and key, then served from memory until the snapshot changes (see rendered-answers.ts).
 * `Cache-Control: private, no-cache`, `Vary: Authorization`, and 304 with no body when
 * `If-None-Match` names the tag (or `*`).
 *
 * @example
 * const AUTH_ME: SnapshotView = { key: 'auth-me', render: (request) => renderAuthMe(request.me) };
 * app.get('/api/auth/me', (request, reply) => sendSnapshotAnswer(request, reply, AUTH_ME));
 */
export function sendSnapshotAnswer(request: FastifyRequest, reply: FastifyReply, view: SnapshotView): FastifyReply {
  const key = typeof view.key === 'string' ? view.key : view.key(request);
  const { body, etag } =
    cachedAnswer(request.me, key) ?? rememberAnswer(request.me, key, String(reply.serialize(view.render(request))));
  reply.headers(PRIVATE_REVALIDATED).header('etag', etag);
  if (matches(request.headers['if-none-match'], etag)) return reply.code(304).send();
  return reply.header('content-type', view.mediaType ?? 'application/json; charset=utf-8').send(body);
}

/** The raw query string of the request, `?` included; '' when there is none. */
export function queryStringOf(request: FastifyRequest): string {
  const start = request.url.indexOf('?');
  return start === -1 ? '' : request.url.slice(start);
}

/**
 * Marks a `GET` whose body is not made from the caller's snapshot alone (another person's page)
 * as conditional: the same headers as {@link sendSnapshotAnswer}, with the `ETag` computed over
 * each answer's bytes once the route's schema has serialized them. Returns the body.
 *
 * @example app.get('/api/v1/people/:id', async (request, reply) => conditionalGet(reply, render(person)));
 */
export function conditionalGet<T>(reply: FastifyReply, body: T): T {
  reply.headers(PRIVATE_REVALIDATED);
  conditionalReplies.add(reply);
  return body;
}

/** The hook that tags and answers {@link conditionalGet}'s replies; registered once on the app. */
export function registerConditionalGet(app: FastifyInstance): void {
  app.addHook('onSend', (request, reply, payload, done) => {
    if (!conditionalReplies.has(reply) || reply.statusCode !== 200 || typeof payload !== 'string') {
      return done(null, payload);
    }
    const etag = etagOf(payload);
    reply.header('etag', etag);
    if (!matches(request.headers['if-none-match'], etag)) return done(null, payload);
    reply.code(304).removeHeader('content-type');
    done(null, '');
  });
}

/** If-None-Match uses the weak comparison (RFC 9110, section 13.1.2): `W/` prefixes are ignored. */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
