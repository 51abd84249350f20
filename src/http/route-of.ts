import type { FastifyInstance, FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    /** Filled by {@link routeOf} on first use; read it through that function. */
    matchedRoute: FastifyRequest['routeOptions'] | null;
  }
}

/** Makes {@link routeOf} available on every request of the app. Call once, on the root instance. */
export function registerRouteOf(app: FastifyInstance): void {
  app.decorateRequest('matchedRoute', null);
}

/**
 * The options of the route that matched `request` (its URL pattern, its `config`), read once per
 * request. Fastify's `request.routeOptions` builds a new object on every access, and several hooks
 * of every request ask for it.
 */
export function routeOf(request: FastifyRequest): FastifyRequest['routeOptions'] {
  request.matchedRoute ??= request.routeOptions;
  return request.matchedRoute;
}
