import { RosterError } from '../domain/roster-error.ts';

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
    document = await response.json();
  } catch (cause) {
    throw unavailable(cause);
  }
  const metadata = typeof document === 'object' && document !== null ? (document as Record<string, unknown>) : {};
  const jwksUri = metadata['jwks_uri'];
  if (!isHttpUrl(jwksUri)) throw unavailable(new Error('discovery document has no usable jwks_uri'));
  const userinfo = metadata['userinfo_endpoint'];
  return { jwksUri, userinfoEndpoint: isHttpUrl(userinfo) ? userinfo : null };
}

/**
 * Where the issuer's signing keys are: the configured URL when there is one, else discovery's
 * `jwks_uri`, else — when discovery fails in any way — `<issuer>/.well-known/jwks.json`.
 *
 * @example const jwksUrl = await resolveJwksUrl(config.auth.issuer, config.auth.jwksUrl);
 */
export async function resolveJwksUrl(issuer: string, configured: string | null): Promise<string> {
  if (configured !== null) return configured;
  try {
    return (await discoverOidc(issuer)).jwksUri;
  } catch {
    return `${issuer.replace(/\/$/, '')}/.well-known/jwks.json`;
  }
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
