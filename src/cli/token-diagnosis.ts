import { decodeJwt, decodeProtectedHeader, type JWTPayload, type ProtectedHeaderParameters } from 'jose';
import type { Config } from '../config/config.ts';
import { isRosterError } from '../domain/roster-error.ts';
import { createConfiguredVerifier } from '../identity/configured-verifier.ts';
import { loadDevIssuer } from '../identity/dev-issuer.ts';
import { resolveJwksUrl } from '../identity/oidc-discovery.ts';
import { ALGORITHMS } from '../identity/token-verifier.ts';

/** One line of a diagnosis: what was checked, what the token carries, what Roster expects. */
export interface TokenCheck {
  check: string;
  ok: boolean | null;
  received: string;
  expected: string;
}

/** A token's diagnosis: the server's own verdict, and each check spelled out for a human. */
export interface TokenDiagnosis {
  accepted: boolean;
  /** Why the server's verifier refused it, cause by cause (empty when accepted). */
  reasons: string[];
  checks: TokenCheck[];
}

/**
 * Verifies `token` with the very verifier a server of `config` builds (so the verdict is the
 * server's), then lays out the claims, header and key set beside what the configuration
 * expects, so the line that differs says what to fix.
 */
export async function diagnoseToken(config: Config, token: string, now = new Date()): Promise<TokenDiagnosis> {
  const devIssuer = config.auth.mode === 'dev' ? await loadDevIssuer(config.dataDir) : null;
  let accepted = true;
  const reasons: string[] = [];
  try {
    const verifier = await createConfiguredVerifier(config, devIssuer);
    await verifier.verify(`Bearer ${token}`);
  } catch (error) {
    accepted = false;
    reasons.push(...causes(error));
  }

  const checks: TokenCheck[] = [];
  let header: ProtectedHeaderParameters | undefined;
  let payload: JWTPayload | undefined;
  try {
    header = decodeProtectedHeader(token);
    payload = decodeJwt(token);
  } catch (error) {
    checks.push(line('format', false, (error as Error).message, 'a signed JWT (three base64url parts)'));
    return { accepted, reasons, checks };
  }
  const expectedIssuer = devIssuer?.issuer ?? (config.auth.mode === 'dev' ? '' : config.auth.issuer);
  checks.push(line('issuer (iss)', payload.iss === expectedIssuer, show(payload.iss), expectedIssuer));
  const audiences = typeof payload.aud === 'string' ? [payload.aud] : (payload.aud ?? []);
  checks.push(oneOf('audience (aud)', 'AUTH_AUDIENCE', config.audience, audiences, show(payload.aud)));
  const azp = typeof payload.azp === 'string' ? [payload.azp] : [];
  const parties = config.authorizedParties;
  checks.push(oneOf('authorized party (azp)', 'AUTH_AUTHORIZED_PARTIES', parties, azp, show(payload.azp)));
  const nowS = now.getTime() / 1000;
  const leeway = config.clockToleranceS;
  const notAfterNow = (at: number) => at <= nowS + leeway;
  const withLeeway = (text: string) => `${text} (${leeway}s leeway)`;
  checks.push(timeCheck('expires (exp)', payload.exp, nowS, (at) => at > nowS - leeway, withLeeway('after now'), true));
  checks.push(timeCheck('not before (nbf)', payload.nbf, nowS, notAfterNow, withLeeway('at or before now'), false));
  checks.push(timeCheck('issued at (iat)', payload.iat, nowS, notAfterNow, withLeeway('not in the future'), false));
  const subjectOk = typeof payload.sub === 'string' && payload.sub !== '';
  checks.push(line('subject (sub)', subjectOk, show(payload.sub), 'a non-empty string'));
  const algorithmOk = ALGORITHMS.includes(header.alg ?? '');
  checks.push(line('algorithm (alg)', algorithmOk, show(header.alg), `one of ${ALGORITHMS.join(', ')}`));
  checks.push(...(devIssuer ? devKeyChecks(devIssuer.jwks.keys, header) : await jwksChecks(config, header)));
  return { accepted, reasons, checks };
}

function line(check: string, ok: boolean | null, received: string, expected: string): TokenCheck {
  return { check, ok, received, expected };
}

function oneOf(
  check: string,
  variable: string,
  accepted: readonly string[] | null,
  values: string[],
  received: string,
): TokenCheck {
  if (accepted === null) return line(check, null, received, `not checked (${variable} unset)`);
  return line(
    check,
    values.some((value) => accepted.includes(value)),
    received,
    `one of ${accepted.join(', ')}`,
  );
}

function devKeyChecks(keys: readonly { kid?: string }[], header: ProtectedHeaderParameters): TokenCheck[] {
  return [
    line('JWKS', true, "the dev issuer's key in ROSTER_DATA_DIR", 'AUTH_ISSUER unset: the dev issuer'),
    kidCheck(keys, header),
  ];
}

async function jwksChecks(config: Config, header: ProtectedHeaderParameters): Promise<TokenCheck[]> {
  if (config.auth.mode === 'dev') return [];
  const url = await resolveJwksUrl(config.auth.issuer, config.auth.jwksUrl);
  const source = config.auth.jwksUrl === null ? 'from discovery, or <issuer>/.well-known/jwks.json' : 'AUTH_JWKS_URL';
  try {
    const response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(5_000) });
    if (response.status !== 200) {
      await response.body?.cancel();
      return [line('JWKS fetch', false, `${url} answered ${response.status}`, `200 (${source})`)];
    }
    const body = (await response.json()) as { keys?: { kid?: string }[] };
    const keys = Array.isArray(body.keys) ? body.keys : [];
    return [line('JWKS fetch', true, `${url}: ${keys.length} key(s)`, `200 (${source})`), kidCheck(keys, header)];
  } catch (error) {
    return [line('JWKS fetch', false, `${url}: ${causes(error).join(': ')}`, `200 (${source})`)];
  }
}

function kidCheck(keys: readonly { kid?: string }[], header: ProtectedHeaderParameters): TokenCheck {
  const kids = keys.map((key) => key.kid ?? '(no kid)');
  const ok = header.kid === undefined ? keys.length > 0 : kids.includes(header.kid);
  return line('key id (kid)', ok, show(header.kid), `one of the key set's: ${kids.join(', ') || '(none)'}`);
}

function timeCheck(
  check: string,
  at: number | undefined,
  nowS: number,
  ok: (at: number) => boolean,
  expected: string,
  required: boolean,
): TokenCheck {
  if (at === undefined) {
    return line(check, required ? false : null, '(absent)', required ? `required, ${expected}` : expected);
  }
  if (typeof at !== 'number') return line(check, false, show(at), `a NumericDate ${expected}`);
  const delta = Math.round(at - nowS);
  const relative = delta >= 0 ? `in ${delta}s` : `${-delta}s ago`;
  return line(check, ok(at), `${new Date(at * 1000).toISOString()} (${relative})`, expected);
}

function show(value: unknown): string {
  return value === undefined ? '(absent)' : typeof value === 'string' ? value : JSON.stringify(value);
}

/** The messages of an error and its causes, outermost first, without repeats. */
function causes(error: unknown): string[] {
  const messages: string[] = [];
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    const label = isRosterError(current) ? `${current.code}: ${current.message}` : current.message;
    if (!messages.includes(label)) messages.push(label);
  }
  return messages;
}
