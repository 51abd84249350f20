import type { Logger } from 'pino';
import type { Config } from '../config/config.ts';
import type { DevIssuer } from './dev-issuer.ts';
import { locateJwks } from './oidc-discovery.ts';
import { createTokenVerifier, type TokenVerifier } from './token-verifier.ts';

/** What the verifier logs: failed and recovered OIDC discovery. */
export type VerifierLog = Pick<Logger, 'warn' | 'info'>;

/**
 * The token verifier the configuration asks for: the dev issuer's own key set, or the
 * configured issuer's JWKS (from `AUTH_JWKS_URL`, else OIDC discovery, else the conventional
 * path). When discovery fails it is logged and tried again whenever a token is next verified
 * (backing off to once every 10 s) until it succeeds; the verifier then switches to the
 * discovered key set without a restart.
 */
export async function createConfiguredVerifier(
  config: Config,
  devIssuer: DevIssuer | null,
  log?: VerifierLog,
): Promise<TokenVerifier> {
  const checks = {
    audience: config.audience,
    authorizedParties: config.authorizedParties,
    clockToleranceS: config.clockToleranceS,
    requireTokenType: config.requireTokenType,
    verifiedTokenCacheEntries: config.cache.entries,
  };
  if (config.auth.mode === 'dev') {
    if (!devIssuer) throw new TypeError('dev-issuer mode needs the dev issuer');
    return createTokenVerifier({ ...checks, issuer: devIssuer.issuer, jwks: { keys: [...devIssuer.jwks.keys] } });
  }
  const { issuer } = config.auth;
  const build = (jwksUrl: string) => createTokenVerifier({ ...checks, issuer, jwksUrl });
  if (config.auth.jwksUrl !== null) return build(config.auth.jwksUrl);

  const location = await locateJwks(issuer, {
    onFailure: (error, fallbackUrl) =>
      log?.warn(
        { err: error, issuer, jwksUrl: fallbackUrl },
        'OIDC discovery failed; using the conventional JWKS URL and retrying when keys are next needed',
      ),
    onRecovery: (jwksUrl) => log?.info({ issuer, jwksUrl }, 'OIDC discovery succeeded'),
  });
  let verifier = build(location.url);
  if (location.settled) return verifier;
  return {
    async verify(authorization) {
      if (!location.settled && (await location.refresh())) verifier = build(location.url);
      return verifier.verify(authorization);
    },
    remembered: (authorization) => verifier.remembered(authorization),
  };
}
