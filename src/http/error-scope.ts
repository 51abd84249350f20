import type { FastifyInstance, FastifyPluginAsync, FastifyReply } from 'fastify';
import { RosterError } from '../domain/roster-error.ts';
import { JSON_API_MEDIA_TYPE } from '../views/json-api/content-negotiation.ts';
import { renderError, STATUS_BY_CODE, toRosterError, type ErrorFamily } from './errors.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The error shape of the route's family, set by {@link renderErrorsAs} on every route of its scope. */
    errorFamily?: ErrorFamily;
  }
}

/**
 * Makes `scope` answer every error in `family`'s shape: errors thrown by its routes and by every
 * hook that runs for them (the app-wide ones included), and — when the scope was registered with
 * a `prefix` — every request under that prefix that matches no route. Call it first in the scope,
 * before any route or hook, and keep the family's own hooks in a child plugin (see
 * {@link registerErrorFamily}) so they do not run for its 404s.
 */
export function renderErrorsAs(scope: FastifyInstance, family: ErrorFamily): void {
  scope.addHook('onRoute', (route) => {
    route.config = { ...route.config, errorFamily: family };
  });
  scope.setErrorHandler((error, request, reply) => {
    const rosterError = toRosterError(error);
    if (rosterError.code === 'Internal') request.log.error({ err: error }, 'request failed');
    return sendError(rosterError, family, reply);
  });
  scope.setNotFoundHandler((request) => {
    throw new RosterError('NotFound', `No route for ${request.method} ${request.url.split('?')[0]}`);
  });
}

/** One route family with its own error shape, mounted under its own path prefix. */
export interface ErrorFamilyMount {
  readonly prefix: string;
  readonly family: ErrorFamily;
}

/**
 * Registers `routes` in a scope under `mount.prefix` that renders its errors (404s included) in
 * `mount.family`'s shape. The routes and their hooks live in a child of that scope, so an unknown
 * path under the prefix is a plain 404 in the family's shape, never asked for a token first.
 */
export async function registerErrorFamily<Options extends object>(
  app: FastifyInstance,
  mount: ErrorFamilyMount,
  routes: FastifyPluginAsync<Options>,
  options: Options,
): Promise<void> {
  await app.register(
    async (scope) => {
      renderErrorsAs(scope, mount.family);
      await scope.register(routes, options);
    },
    { prefix: mount.prefix },
  );
}

/**
 * The family whose mount holds `path`, else `plain`. Only for errors Fastify raises before it has
 * matched a route (see `frameworkErrors` in app.ts): such a request belongs to no scope yet, so
 * its family can only be read from the mounts' prefixes.
 */
export function familyOfUnroutedPath(path: string, mounts: readonly ErrorFamilyMount[]): ErrorFamily {
  const mount = mounts.find(
    ({ prefix }) => path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}?`),
  );
  return mount?.family ?? 'plain';
}

/** Sends `error` with its status, its Retry-After if any, and the body and media type of `family`. */
export function sendError(error: RosterError, family: ErrorFamily, reply: FastifyReply): FastifyReply {
  if (error.retryAfterS !== undefined) reply.header('retry-after', String(error.retryAfterS));
  return reply
    .status(STATUS_BY_CODE[error.code])
    .type(family === 'json-api' ? JSON_API_MEDIA_TYPE : 'application/json; charset=utf-8')
    .send(renderError(error, family));
}
