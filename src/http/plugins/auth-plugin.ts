import type { FastifyInstance } from 'fastify';
import type { Principal } from '../../identity/principal.ts';
import type { TokenVerifier } from '../../identity/token-verifier.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The verified token's principal; set on every route of a scope that called `requireToken`. */
    principal: Principal;
  }
}

/**
 * Makes every route of the calling scope require a valid bearer token, before
 * the body is even read. Register it inside a route family's plugin, never globally.
 */
export function requireToken(scope: FastifyInstance, verifier: TokenVerifier): void {
  if (!scope.hasRequestDecorator('principal')) scope.decorateRequest('principal', null as unknown as Principal);
  scope.addHook('onRequest', async (request) => {
    request.principal = await verifier.verify(request.headers.authorization);
  });
}
