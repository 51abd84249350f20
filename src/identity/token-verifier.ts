import {
  createLocalJWKSet,
  decodeProtectedHeader,
  errors,
  jwtVerify,
  type JSONWebKeySet,
  type JWTPayload,
  type JWTVerifyOptions,
} from 'jose';
import { isRosterError, RosterError } from '../domain/roster-error.ts';
import { hasControlCharacter } from '../domain/user-attributes.ts';
import { readBearerToken } from './bearer-token.ts';
import { createIssuerKeySet, type IssuerKeySet } from './issuer-key-set.ts';
import type { Principal } from './principal.ts';
import { createVerifiedTokenCache } from './verified-token-cache.ts';

/**
 * Where the issuer's keys come from: its JWKS URL (already resolved, see `resolveJwksUrl`), or a key set in hand (the
 * dev issuer).
 */
export type TokenVerifierOptions = VerifierCheckOptions & ({ jwksUrl: string } | { jwks: JSONWebKeySet });

interface VerifierCheckOptions {
  /** Expected `iss`, compared exactly. */
  issuer: string;
  /** Accepted `aud` values (one must be present in the token); null = not checked. */
  audience: readonly string[] | null;
  /** Accepted `azp` values; null = not checked. */
  authorizedParties: readonly string[] | null;
  /** Leeway in seconds for `exp`, `nbf` and `iat`. */
  clockToleranceS: number;
  /** Least time between two JWKS fetches (an unknown `kid` refetches at most this often). Default 30 s. */
  refetchCooldownMs?: number;
  /** How long fetched keys are used before asking the issuer again. Default 10 minutes. */
  cacheMaxAgeMs?: number;
  /** How long past their cache life known keys keep working while the issuer is down. Default 1 hour. */
  staleKeysGraceMs?: number;
  /**
   * How long a token that passed every check is remembered, so the same client's next requests
   * skip the signature check (never past the token's `exp`). Default 60 s; 0 = check every time.
   */
  verifiedTokenCacheMs?: number;
  /** Most verified tokens remembered; the oldest go first. Default 10 000. */
  verifiedTokenCacheEntries?: number;
  /** Timeout of one JWKS request. Default 5 s. */
  fetchTimeoutMs?: number;
  /** The `typ` header every token must carry (e.g. `at+jwt`, RFC 9068); null or absent = not checked. */
  requireTokenType?: string | null;
}

/** Turns an `Authorization` header into a {@link Principal}, or throws a `RosterError`. */
export interface TokenVerifier {
  verify(authorization: string | undefined): Promise<Principal>;
  /**
   * The principal of this very `Authorization` header when its token passed every check recently
   * and is still remembered, else undefined: answered from memory, without parsing the header or
   * checking a signature, so a warm request and a rate limiter telling a known client from an
   * unknown one pay next to nothing.
   */
  remembered(authorization: string | undefined): Principal | undefined;
}

/**
 * Why a token was refused, for the operator's log (never for the response): which check, the
 * expected and received values, or the JWKS URL and its fetch error. Never holds the token.
 * It is the `cause` of the `InvalidToken` or `Unavailable` error {@link TokenVerifier.verify} throws.
 */
export class TokenRefusal extends Error {
  constructor(reason: string, options?: { cause?: unknown }) {
    super(reason, options);
    this.name = 'TokenRefusal';
  }
}

/** The reason behind a refused token (see {@link TokenRefusal}), or null when the error is not one. */
export function tokenRefusalReason(error: unknown): string | null {
  const cause = (error as { cause?: unknown } | null)?.cause;
  return cause instanceof TokenRefusal ? cause.message : null;
}

/** The signature algorithms Roster accepts. */
export const ALGORITHMS = ['RS256', 'PS256', 'ES256', 'EdDSA'];
// Headers that name a key; the key always comes from the configured JWKS, so their mere presence is refused.
const KEY_NAMING_HEADERS = ['jku', 'x5u', 'jwk'];
const INVALID = 'The access token is invalid';

/**
 * Verifies bearer access tokens against one issuer. `MissingToken` when there is
 * no bearer token, `Unavailable` (with `retryAfterS`) when the issuer's keys cannot be had, and
 * `InvalidToken` for every other failure, with a message that never says which check failed.
 *
 * @example
 * const verifier = createTokenVerifier({
 *   issuer,
 *   jwksUrl,
 *   audience: null,
 *   authorizedParties: null,
 *   clockToleranceS: 5,
 * });
 * const principal = await verifier.verify(request.headers.authorization);
 */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  assertOptions(options);
  const keySet: IssuerKeySet =
    'jwks' in options
      ? (createLocalJWKSet(options.jwks) as IssuerKeySet)
      : createIssuerKeySet({
          jwksUrl: options.jwksUrl,
          refetchCooldownMs: options.refetchCooldownMs ?? 30_000,
          cacheMaxAgeMs: options.cacheMaxAgeMs ?? 600_000,
          staleKeysGraceMs: options.staleKeysGraceMs ?? 3_600_000,
          timeoutMs: options.fetchTimeoutMs ?? 5_000,
        });
  const resolveKey: IssuerKeySet = (header, token) => {
    if (KEY_NAMING_HEADERS.some((name) => Object.hasOwn(header, name))) {
      throw new errors.JWSInvalid('key-naming header parameter');
    }
    return keySet(header, token);
  };

  const checks: JWTVerifyOptions = {
    algorithms: ALGORITHMS,
    issuer: options.issuer,
    ...(options.audience === null ? {} : { audience: [...options.audience] }),
    clockTolerance: options.clockToleranceS,
    requiredClaims: ['exp', 'sub'],
    ...(options.requireTokenType ? { typ: options.requireTokenType } : {}),
  };
  const keySource = 'jwksUrl' in options ? `the JWKS at ${options.jwksUrl}` : 'the dev issuer key set';

  const verified = createVerifiedTokenCache({
    maxAgeMs: options.verifiedTokenCacheMs ?? 60_000,
    maxEntries: options.verifiedTokenCacheEntries ?? 10_000,
  });

  return {
    async verify(authorization) {
      const known = authorization === undefined ? undefined : verified.get(authorization);
      if (known) return known;
      const token = readBearerToken(authorization);
      try {
        const principal = toPrincipal(await verifyWithAnyMatchingKey(token, resolveKey, checks), token, options);
        // Keyed by the exact header: the same text always reads as the same token.
        verified.set(authorization as string, principal);
        return principal;
      } catch (error) {
        const refusal = new TokenRefusal(describeRefusal(error, token, options, keySource), { cause: error });
        if (isRosterError(error)) {
          if (error.cause instanceof TokenRefusal) throw error;
          const retry = error.retryAfterS === undefined ? {} : { retryAfterS: error.retryAfterS };
          throw new RosterError(error.code, error.message, { ...retry, cause: refusal });
        }
        throw new RosterError('InvalidToken', INVALID, { cause: refusal });
      }
    },
    remembered: (authorization) => (authorization === undefined ? undefined : verified.get(authorization)),
  };
}

/**
 * A token without `kid` matches every key of its algorithm, and during a rotation issuers publish
 * two: jose then throws `JWKSMultipleMatchingKeys`, which yields the candidate keys (headers
 * already checked by `resolveKey`). The first that verifies wins; a bad signature moves on to the
 * next, any other failure (expired, wrong issuer…) is the token's and ends the search.
 */
async function verifyWithAnyMatchingKey(
  token: string,
  resolveKey: IssuerKeySet,
  checks: JWTVerifyOptions,
): Promise<JWTPayload> {
  try {
    return (await jwtVerify(token, resolveKey, checks)).payload;
  } catch (error) {
    if (!(error instanceof errors.JWKSMultipleMatchingKeys)) throw error;
    for await (const key of error) {
      try {
        return (await jwtVerify(token, key, checks)).payload;
      } catch (keyError) {
        if (!(keyError instanceof errors.JWSSignatureVerificationFailed)) throw keyError;
      }
    }
    throw new errors.JWSSignatureVerificationFailed('no key of the key set verifies the token', { cause: error });
  }
}

// What jwtVerify leaves to us: a future `iat`, `azp`, a usable `sub`, and an `exp` a Date can hold.
function toPrincipal(payload: JWTPayload, token: string, options: TokenVerifierOptions): Principal {
  const { iss, sub, exp, iat, azp, sid } = payload;
  if (typeof iss !== 'string') rejectClaim('iss');
  // A subject with a control character is no identifier anyone issues on purpose, and PostgreSQL
  // text cannot even hold a NUL: such a token is invalid, not a server error.
  if (typeof sub !== 'string' || sub === '' || hasControlCharacter(sub)) rejectClaim('sub');
  // A malformed `sid` is rejected rather than read as absent: absent means "the user-wide
  // session", and a token must not reach another session's state (current organization) by
  // carrying a session id Roster cannot store.
  if (typeof sid === 'string' && hasControlCharacter(sid)) rejectClaim('sid');
  const expiresAt = new Date((exp ?? Number.NaN) * 1000);
  if (Number.isNaN(expiresAt.getTime())) rejectClaim('exp');
  if (iat !== undefined && iat > Date.now() / 1000 + options.clockToleranceS) {
    rejectClaim('iat', `a time not after now (tolerance ${options.clockToleranceS} s), received ${show(iat)}`);
  }
  const parties = options.authorizedParties;
  if (parties !== null && !(typeof azp === 'string' && parties.includes(azp))) {
    rejectClaim('azp', `one of ${show(parties)}, received ${show(azp)}`);
  }
  return {
    issuer: iss,
    subject: sub,
    sessionId: typeof sid === 'string' && sid !== '' ? sid : null,
    claims: deepFreeze(structuredClone(payload)),
    expiresAt,
    token,
  };
}

// The cause names the check for logs; the message stays generic.
function rejectClaim(claim: string, expected?: string): never {
  const reason = `"${claim}" claim check failed${expected ? ` (expected ${expected})` : ''}`;
  throw new RosterError('InvalidToken', INVALID, { cause: new TokenRefusal(reason) });
}

/**
 * A line for the operator: which check refused the token, with the expected and received values
 * of the claim at fault, or which key set could not be had and why. Values are quoted with
 * JSON.stringify and cut short; the token itself never appears.
 */
function describeRefusal(error: unknown, token: string, options: TokenVerifierOptions, keySource: string): string {
  if (isRosterError(error)) {
    if (error.cause instanceof TokenRefusal) return error.cause.message;
    if (error.code === 'Unavailable') return `${keySource} could not be fetched: ${messageOf(error.cause)}`;
    return error.message;
  }
  if (error instanceof errors.JWTClaimValidationFailed || error instanceof errors.JWTExpired) {
    const received = show(error.claim === 'typ' ? headerOf(token).typ : error.payload[error.claim]);
    const expected = expectedValueOf(error.claim, options);
    const what = `"${error.claim}" ${error.claim === 'typ' ? 'header' : 'claim'}`;
    const failure = error.reason === 'missing' ? 'is missing' : `check failed (${error.reason})`;
    return `${what} ${failure}: expected ${expected}, received ${received}`;
  }
  if (error instanceof errors.JWKSNoMatchingKey) return `no key in ${keySource} matches the token's kid and alg`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return `the signature does not verify with ${keySource}`;
  return `${(error as Error)?.name ?? 'Error'}: ${messageOf(error)}`;
}

function expectedValueOf(claim: string, options: TokenVerifierOptions): string {
  switch (claim) {
    case 'iss':
      return show(options.issuer);
    case 'aud':
      return `one of ${show(options.audience)}`;
    case 'typ':
      return show(options.requireTokenType);
    case 'exp':
      return `a time after now (tolerance ${options.clockToleranceS} s)`;
    case 'nbf':
    case 'iat':
      return `a time not after now (tolerance ${options.clockToleranceS} s)`;
    default:
      return 'a valid value';
  }
}

function headerOf(token: string): { typ?: unknown } {
  try {
    return decodeProtectedHeader(token);
  } catch {
    return {};
  }
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? 'nothing';
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

function messageOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${error.message}${cause}`;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const member of Object.values(value)) deepFreeze(member);
    Object.freeze(value);
  }
  return value;
}

function assertOptions(options: TokenVerifierOptions): void {
  if (options.issuer === '') throw new TypeError('issuer must not be empty');
  if (!Number.isFinite(options.clockToleranceS) || options.clockToleranceS < 0) {
    throw new TypeError('clockToleranceS must be a non-negative number');
  }
  if (options.audience?.length === 0) throw new TypeError('audience must be null or non-empty');
  if (options.authorizedParties?.length === 0) throw new TypeError('authorizedParties must be null or non-empty');
}
