import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isRosterError } from '../../domain/roster-error.ts';
import { authorizationOf } from '../../identity/bearer-token.ts';
import type { Principal } from '../../identity/principal.ts';
import { tokenRefusalReason, type TokenVerifier } from '../../identity/token-verifier.ts';
import { markCountsOwnRequests } from './rate-limit-plugin.ts';

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
  declareTokenScope(scope);
  scope.addHook('onRequest', async (request, reply) => {
    request.principal = await authenticate(request, reply, verifier);
  });
}

/**
 * What every scope whose routes verify a token declares: `request.principal`, and that its
 * routes count their own requests against the rate limits. {@link requireToken} calls it; a
 * scope that authenticates in a hook of its own (the `/me` families) calls it directly.
 */
export function declareTokenScope(scope: FastifyInstance): void {
  if (!scope.hasRequestDecorator('principal')) scope.decorateRequest('principal', null as unknown as Principal);
  markCountsOwnRequests(scope);
}

/**
 * The one authentication step of every route that needs a token: exactly one `Authorization`
 * header, verified, and counted against the right rate limit — the user's reads or writes once
 * verified; the client's address when the token is missing, malformed or forged (an address
 * over that limit gets only a few signature checks a second, for tokens not verified moments
 * ago; past them it is refused unchecked). Why a token was refused is logged at `info`, never sent.
 * Register through {@link requireToken}, or call from a scope that also accepts other credentials.
 */
export async function authenticate(
  request: FastifyRequest,
  reply: FastifyReply,
  verifier: TokenVerifier,
): Promise<Principal> {
  const limits = request.server.requestLimits;
  let principal: Principal;
  try {
    const authorization = authorizationOf(request.raw.rawHeaders);
    const remembered = verifier.remembered(authorization);
    if (remembered) {
      principal = remembered;
    } else {
      await limits.refuseAddressOverLimit(request, reply);
      principal = await verifier.verify(authorization);
    }
  } catch (error) {
    if (!isRosterError(error)) throw error;
    if (error.code === 'InvalidToken' || error.code === 'Unavailable') {
      request.log.info({ reason: tokenRefusalReason(error) ?? error.message }, 'access token refused');
    }
    if (error.code === 'InvalidToken' || error.code === 'MissingToken') await limits.countAnonymous(request, reply);
    throw error;
  }
  await limits.countUser(request, reply, `${principal.issuer} ${principal.subject}`);
  return principal;
}
