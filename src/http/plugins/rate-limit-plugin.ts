import fastifyRateLimit, { type CreateRateLimitOptions } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { RosterError } from '../../domain/roster-error.ts';
import { routeOf } from '../route-of.ts';

/** Requests a minute; 0 turns a limit off. */
export interface RateLimitSettings {
  /** Per verified user, on every authenticated GET (and HEAD). */
  readonly reads: number;
  /** Per verified user, on every authenticated POST, PATCH, PUT and DELETE. */
  readonly writes: number;
  /** Per client IP, on every request without a valid token. */
  readonly anonymous: number;
}

/** What the authentication step asks of the limits; every call sets the `RateLimit-*` headers it decided on. */
export interface RequestLimits {
  /**
   * Before a token is verified: when the client's address is already over its anonymous limit
   * and has used its few signature checks of this second, count this request and refuse it with
   * 429 `RateLimited` without checking — a flood of forged tokens would otherwise cost one
   * signature check each. Within that allowance the token is checked, so a valid one still passes.
   */
  refuseAddressOverLimit(request: FastifyRequest, reply: FastifyReply): Promise<void>;
  /** A request without a valid token (missing, malformed, forged): count it against the address; 429 once over. */
  countAnonymous(request: FastifyRequest, reply: FastifyReply): Promise<void>;
  /** A request with a verified token: count it against the user's reads or writes; 429 once over. */
  countUser(request: FastifyRequest, reply: FastifyReply, userKey: string): Promise<void>;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The per-instance request limits (see {@link registerRateLimits}). */
    requestLimits: RequestLimits;
  }
  interface FastifyRequest {
    /** The verified user a request is counted against (issuer and subject); null until verified. */
    rateLimitUser: string | null;
  }
  interface FastifyContextConfig {
    /** Set on routes whose scope verifies a token: they count their own requests, by user or by address. */
    countsOwnRequests?: boolean;
    /** A POST that only reads (a permission check): counted against the user's reads, not writes. */
    countsAsRead?: boolean;
  }
}

type Limiter = ReturnType<FastifyInstance['createRateLimit']>;
type LimitState = Extract<Awaited<ReturnType<Limiter>>, { isAllowed: false }>;

const WINDOW_MS = 60_000;
// Signature checks a second still granted to an address over its anonymous limit (for its valid tokens).
const CHECKS_PER_SECOND_OVER_LIMIT = 20;
// Counters kept per limiter; past this the least recently seen users or addresses start afresh.
const TRACKED_KEYS = 100_000;
// Never limited: a load balancer or Prometheus polls them, and they answer from memory.
const UNLIMITED_ROUTES = new Set(['/healthz', '/readyz', '/metrics']);
const READ_METHODS = new Set(['GET', 'HEAD']);
const NOTHING_TO_COUNT = Promise.resolve();

/**
 * Rate limits with `@fastify/rate-limit` (its in-memory store: each instance counts alone),
 * registered without global hooks: the limit that applies depends on who is calling, which only
 * the authentication step knows. Routes that verify a token (scopes marked with
 * {@link markCountsOwnRequests}) call {@link RequestLimits} from there; every other route but
 * health, readiness and metrics counts against the client's address here, as a request without
 * a valid token. CORS preflights are answered before this hook and never counted.
 */
export async function registerRateLimits(app: FastifyInstance, settings: RateLimitSettings): Promise<void> {
  await app.register(fastifyRateLimit, { global: false });
  app.decorateRequest('rateLimitUser', null);
  // `cache` (how many keys the store keeps) is honoured by createRateLimit but missing from its type.
  const create = (max: number, options: CreateRateLimitOptions): Limiter | null => {
    if (max === 0) return null;
    return app.createRateLimit({
      ...options,
      max,
      timeWindow: WINDOW_MS,
      cache: TRACKED_KEYS,
    } as CreateRateLimitOptions);
  };
  const byUser = (max: number) => create(max, { keyGenerator: (request) => request.rateLimitUser ?? '' });
  const reads = byUser(settings.reads);
  const writes = byUser(settings.writes);
  // The library's own key: the client IP (after TRUST_PROXY), IPv6 addresses by /64.
  const anonymous = create(settings.anonymous, {});
  const checksOverLimit = anonymous && app.createRateLimit({ max: CHECKS_PER_SECOND_OVER_LIMIT, timeWindow: 1_000 });

  const count = async (limiter: Limiter | null, request: FastifyRequest, reply: FastifyReply) => {
    if (limiter === null) return;
    const state = (await limiter(request)) as LimitState;
    reply.header('ratelimit-limit', state.max);
    reply.header('ratelimit-remaining', state.remaining);
    reply.header('ratelimit-reset', state.ttlInSeconds);
    if (state.isExceeded) {
      const retryAfterS = state.ttlInSeconds;
      throw new RosterError('RateLimited', `Too many requests; try again in ${retryAfterS} s`, { retryAfterS });
    }
  };

  const limits: RequestLimits = {
    async refuseAddressOverLimit(request, reply) {
      if (anonymous === null || checksOverLimit === null) return;
      const state = (await anonymous(request, { increment: false })) as LimitState;
      if (state.remaining > 0) return;
      const allowance = (await checksOverLimit(request)) as LimitState;
      if (allowance.isExceeded) await count(anonymous, request, reply);
    },
    countAnonymous: (request, reply) => count(anonymous, request, reply),
    countUser(request, reply, userKey) {
      if (reads === null && writes === null) return NOTHING_TO_COUNT;
      request.rateLimitUser = userKey;
      const read = READ_METHODS.has(request.method) || routeOf(request).config.countsAsRead === true;
      return count(read ? reads : writes, request, reply);
    },
  };
  app.decorate('requestLimits', limits);

  app.addHook('onRequest', (request, reply, done) => {
    const route = routeOf(request);
    if (anonymous === null || route.config.countsOwnRequests || UNLIMITED_ROUTES.has(route.url ?? '')) return done();
    limits.countAnonymous(request, reply).then(() => done(), done);
  });
}

/** Marks every route the scope declares from now on as counting its own requests (it verifies a token). */
export function markCountsOwnRequests(scope: FastifyInstance): void {
  scope.addHook('onRoute', (route) => {
    route.config = { ...route.config, countsOwnRequests: true };
  });
}
