import {
  createLocalJWKSet,
  createRemoteJWKSet,
  customFetch,
  errors,
  jwksCache,
  type ExportedJWKSCache,
  type FetchImplementation,
  type FlattenedJWSInput,
  type JWKSCacheInput,
  type JWSHeaderParameters,
} from 'jose';
import { RosterError } from '../domain/roster-error.ts';
import { readBoundedBody } from './bounded-body.ts';

export interface IssuerKeySetOptions {
  jwksUrl: string;
  /** Least time between two JWKS fetches, whatever their outcome. */
  refetchCooldownMs: number;
  /** How long a fetched key set is used without asking the issuer again. */
  cacheMaxAgeMs: number;
  /** How long past `cacheMaxAgeMs` the last good key set still answers while the issuer is down. */
  staleKeysGraceMs: number;
  timeoutMs: number;
}

/** A jose key resolver (`jwtVerify(token, keySet)`) over one issuer's JWKS. */
export type IssuerKeySet = (header: JWSHeaderParameters, token: FlattenedJWSInput) => Promise<CryptoKey>;

class FetchSkipped extends Error {}

/**
 * The issuer's signing keys, fetched with jose's `createRemoteJWKSet` and wrapped for the two
 * things it does not do: its cooldown only starts after a *successful* fetch (so a down issuer
 * would be asked on every unknown `kid`), and once its cache is stale a failed refresh loses every
 * key. Here every fetch attempt starts the cooldown, the last good set keeps answering for
 * `staleKeysGraceMs` past its cache life, and an unknown `kid` whose refetch failed (or a token
 * arriving before any set was ever fetched) is `Unavailable` with `retryAfterS`. Only `kid` and
 * `alg` from the token header are used to choose a key. A key set document over 1 MiB is refused
 * unread, like an unreachable issuer.
 */
export function createIssuerKeySet(options: IssuerKeySetOptions): IssuerKeySet {
  const { refetchCooldownMs, cacheMaxAgeMs, staleKeysGraceMs } = options;
  const cache: Partial<ExportedJWKSCache> = {};
  let lastAttemptAt = Number.NEGATIVE_INFINITY;

  const throttledFetch: FetchImplementation = async (url, init) => {
    const now = Date.now();
    if (now < lastAttemptAt + refetchCooldownMs) throw new FetchSkipped();
    lastAttemptAt = now;
    const response = await fetch(url, init);
    // Over 1 MiB throws here, before anything is parsed: a failed fetch, like an unreachable issuer.
    const body = await readBoundedBody(response);
    return new Response(body.byteLength === 0 ? null : body, { status: response.status, headers: response.headers });
  };

  const remote = createRemoteJWKSet(new URL(options.jwksUrl), {
    cooldownDuration: refetchCooldownMs,
    cacheMaxAge: cacheMaxAgeMs,
    timeoutDuration: options.timeoutMs,
    [jwksCache]: cache as JWKSCacheInput,
    [customFetch]: throttledFetch,
  });

  let lastGood: { uat: number; keys: ReturnType<typeof createLocalJWKSet> } | undefined;
  const lastGoodKeys = () => {
    const { uat, jwks } = cache;
    if (uat === undefined || jwks === undefined) return undefined;
    if (Date.now() >= uat + cacheMaxAgeMs + staleKeysGraceMs) return undefined;
    if (lastGood?.uat !== uat) lastGood = { uat, keys: createLocalJWKSet(jwks) };
    return lastGood.keys;
  };

  const unavailable = (cause: unknown) => {
    const waitMs = lastAttemptAt + refetchCooldownMs - Date.now();
    return new RosterError('Unavailable', 'The identity provider cannot be reached', {
      retryAfterS: Math.max(1, Math.ceil(waitMs / 1000)),
      cause,
    });
  };

  return async (header, token) => {
    try {
      return await remote(header, token);
    } catch (error) {
      if (isKeySelectionError(error)) throw error;
      const keys = lastGoodKeys();
      if (keys === undefined) throw unavailable(error);
      try {
        return await keys(header, token);
      } catch (fallbackError) {
        const refetchFailed = !(error instanceof FetchSkipped);
        if (fallbackError instanceof errors.JWKSNoMatchingKey && refetchFailed) throw unavailable(error);
        throw fallbackError;
      }
    }
  };
}

// Errors about the token's header against a key set we do have, as opposed to failures to get one.
function isKeySelectionError(error: unknown): boolean {
  return (
    error instanceof errors.JWKSNoMatchingKey ||
    error instanceof errors.JWKSMultipleMatchingKeys ||
    error instanceof errors.JOSENotSupported
  );
}
