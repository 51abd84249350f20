import { RosterError } from '../domain/roster-error.ts';
import { readBoundedJson } from './bounded-body.ts';

/** What Roster needs from an issuer's OpenID Provider metadata. */
export interface OidcDiscovery {
  jwksUri: string;
  userinfoEndpoint: string | null;
}

const TIMEOUT_MS = 5_000;
const RETRY_AFTER_S = 30;

/**
 * Reads `<issuer>/.well-known/openid-configuration` (a trailing slash on the issuer is dropped
 * first). `Unavailable` when the issuer cannot be reached, answers other than 200, or answers a
 * document without an http(s) `jwks_uri`. A `userinfo_endpoint` that is not an http(s) URL is null.
 *
 * @example const { jwksUri } = await discoverOidc('https://login.example.com/realms/acme');
 */
export async function discoverOidc(issuer: string): Promise<OidcDiscovery> {
  const url = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
  let document: unknown;
  try {
    const response = await fetch(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (response.status !== 200) {
      await response.body?.cancel();
      throw new Error(`discovery answered ${response.status}`);
    }
    document = await readBoundedJson(response);
  } catch (cause) {
    throw unavailable(cause);
  }
  const metadata = typeof document === 'object' && document !== null ? (document as Record<string, unknown>) : {};
  const jwksUri = metadata.jwks_uri;
  if (!isHttpUrl(jwksUri)) throw unavailable(new Error('discovery document has no usable jwks_uri'));
  const userinfo = metadata.userinfo_endpoint;
  return { jwksUri, userinfoEndpoint: isHttpUrl(userinfo) ? userinfo : null };
}

/**
 * Where the issuer's signing keys are right now: the configured URL when there is one, else
 * discovery's `jwks_uri`, else — when discovery fails in any way — `<issuer>/.well-known/jwks.json`.
 * A one-off answer; a server uses {@link locateJwks}, which keeps looking after a failure.
 *
 * @example const jwksUrl = await resolveJwksUrl(config.auth.issuer, config.auth.jwksUrl);
 */
export async function resolveJwksUrl(issuer: string, configured: string | null): Promise<string> {
  return configured ?? (await locateJwks(issuer)).url;
}

/** Where the issuer's signing keys are, looked for again until discovery succeeds. */
export interface JwksLocation {
  /** The URL to fetch keys from now: discovery's `jwks_uri` once found, else `<issuer>/.well-known/jwks.json`. */
  readonly url: string;
  /** True once discovery has succeeded: the URL will not change again. */
  readonly settled: boolean;
  /**
   * Tries discovery again when it has not succeeded yet and a retry is due (the first one always
   * is; then after 1 s, 2 s, 4 s … at most 10 s apart); concurrent calls share one attempt.
   * Resolves to true when `url` changed.
   */
  refresh(): Promise<boolean>;
}

export interface JwksLocationOptions {
  /** Hears every failed discovery attempt (with the URL used meanwhile). */
  onFailure?: (error: unknown, fallbackUrl: string) => void;
  /** Hears the success that follows failures. */
  onRecovery?: (jwksUri: string) => void;
  /** Longest wait between two attempts; default 10 s. */
  maxRetryDelayMs?: number;
}

const FIRST_RETRY_DELAY_MS = 1_000;

/**
 * Discovers the issuer's `jwks_uri`. When discovery fails (the issuer is down at start, say),
 * the conventional path stands in and discovery is tried again on demand until it succeeds —
 * so an issuer that was briefly down never pins Roster to a wrong URL until a restart.
 *
 * @example const location = await locateJwks(issuer, { onFailure: (err, url) => log.warn({ err, url }, 'failed') });
 */
export async function locateJwks(issuer: string, options: JwksLocationOptions = {}): Promise<JwksLocation> {
  const fallback = `${issuer.replace(/\/$/, '')}/.well-known/jwks.json`;
  const maxDelay = options.maxRetryDelayMs ?? 10_000;
  let url = fallback;
  let settled = false;
  let failures = 0;
  let nextAttemptAt = 0;
  let attempt: Promise<boolean> | null = null;

  const discover = async (): Promise<boolean> => {
    try {
      const { jwksUri } = await discoverOidc(issuer);
      if (failures > 0) options.onRecovery?.(jwksUri);
      settled = true;
      const changed = jwksUri !== url;
      url = jwksUri;
      return changed;
    } catch (error) {
      // The start-up attempt does not delay the first retry: keys needed a moment later ask again.
      if (failures > 0) nextAttemptAt = Date.now() + Math.min(FIRST_RETRY_DELAY_MS * 2 ** (failures - 1), maxDelay);
      failures += 1;
      options.onFailure?.(error, url);
      return false;
    }
  };

  await discover();
  return {
    get url() {
      return url;
    },
    get settled() {
      return settled;
    },
    refresh() {
      if (settled || Date.now() < nextAttemptAt) return Promise.resolve(false);
      attempt ??= discover().finally(() => {
        attempt = null;
      });
      return attempt;
    },
  };
}

function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string' || !URL.canParse(value)) return false;
  const { protocol } = new URL(value);
  return protocol === 'https:' || protocol === 'http:';
}

function unavailable(cause: unknown): RosterError {
  return new RosterError('Unavailable', 'The identity provider cannot be reached', {
    retryAfterS: RETRY_AFTER_S,
    cause,
  });
}
