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
    checks.push({ check: 'format', ok: false, received: (error as Error).message, expected: 'a signed JWT (three base64url parts)' });
    return { accepted, reasons, checks };
  }
  const expectedIssuer = devIssuer?.issuer ?? (config.auth.mode === 'dev' ? '' : config.auth.issuer);
  checks.push({ check: 'issuer (iss)', ok: payload.iss === expectedIssuer, received: show(payload.iss), expected: expectedIssuer });
  const audiences = typeof payload.aud === 'string' ? [payload.aud] : (payload.aud ?? []);
  checks.push(
    config.audience === null
      ? { check: 'audience (aud)', ok: null, received: show(payload.aud), expected: 'not checked (AUTH_AUDIENCE unset)' }
      : {
          check: 'audience (aud)',
          ok: audiences.some((audience) => config.audience!.includes(audience)),
          received: show(payload.aud),
          expected: `one of ${config.audience.join(', ')}`,
        },
  );
  checks.push(
    config.authorizedParties === null
      ? { check: 'authorized party (azp)', ok: null, received: show(payload['azp']), expected: 'not checked (AUTH_AUTHORIZED_PARTIES unset)' }
      : {
          check: 'authorized party (azp)',
          ok: typeof payload['azp'] === 'string' && config.authorizedParties.includes(payload['azp']),
          received: show(payload['azp']),
          expected: `one of ${config.authorizedParties.join(', ')}`,
        },
  );
  const nowS = now.getTime() / 1000;
  const leeway = config.clockToleranceS;
  checks.push(timeCheck('expires (exp)', payload.exp, nowS, (at) => at > nowS - leeway, `after now (${leeway}s leeway)`, true));
  checks.push(timeCheck('not before (nbf)', payload.nbf, nowS, (at) => at <= nowS + leeway, `at or before now (${leeway}s leeway)`, false));
  checks.push(timeCheck('issued at (iat)', payload.iat, nowS, (at) => at <= nowS + leeway, `not in the future (${leeway}s leeway)`, false));
  checks.push({ check: 'subject (sub)', ok: typeof payload.sub === 'string' && payload.sub !== '', received: show(payload.sub), expected: 'a non-empty string' });
  checks.push({ check: 'algorithm (alg)', ok: ALGORITHMS.includes(header.alg ?? ''), received: show(header.alg), expected: `one of ${ALGORITHMS.join(', ')}` });
  checks.push(...(devIssuer ? devKeyChecks(devIssuer.jwks.keys, header) : await jwksChecks(config, header)));
  return { accepted, reasons, checks };
}

function devKeyChecks(keys: readonly { kid?: string }[], header: ProtectedHeaderParameters): TokenCheck[] {
  return [
    { check: 'JWKS', ok: true, received: "the dev issuer's key in ROSTER_DATA_DIR", expected: 'AUTH_ISSUER unset: the dev issuer' },
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
      return [{ check: 'JWKS fetch', ok: false, received: `${url} answered ${response.status}`, expected: `200 (${source})` }];
    }
    const body = (await response.json()) as { keys?: { kid?: string }[] };
    const keys = Array.isArray(body.keys) ? body.keys : [];
    return [{ check: 'JWKS fetch', ok: true, received: `${url}: ${keys.length} key(s)`, expected: `200 (${source})` }, kidCheck(keys, header)];
  } catch (error) {
    return [{ check: 'JWKS fetch', ok: false, received: `${url}: ${causes(error).join(': ')}`, expected: `200 (${source})` }];
  }
}

function kidCheck(keys: readonly { kid?: string }[], header: ProtectedHeaderParameters): TokenCheck {
  const kids = keys.map((key) => key.kid ?? '(no kid)');
  const ok = header.kid === undefined ? keys.length > 0 : kids.includes(header.kid);
  return { check: 'key id (kid)', ok, received: show(header.kid), expected: `one of the key set's: ${kids.join(', ') || '(none)'}` };
}

function timeCheck(
  check: string,
  at: number | undefined,
  nowS: number,
  ok: (at: number) => boolean,
  expected: string,
  required: boolean,
): TokenCheck {
  if (at === undefined) return { check, ok: required ? false : null, received: '(absent)', expected: required ? `required, ${expected}` : expected };
  if (typeof at !== 'number') return { check, ok: false, received: show(at), expected: `a NumericDate ${expected}` };
  const delta = Math.round(at - nowS);
  const when = `${new Date(at * 1000).toISOString()} (${delta >= 0 ? 'in' : ''} ${Math.abs(delta)}s${delta < 0 ? ' ago' : ''})`;
  return { check, ok: ok(at), received: when.replace('( ', '('), expected };
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
