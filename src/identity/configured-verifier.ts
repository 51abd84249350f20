import type { Config } from '../config/config.ts';
import type { DevIssuer } from './dev-issuer.ts';
import { resolveJwksUrl } from './oidc-discovery.ts';
import { createTokenVerifier, type TokenVerifier } from './token-verifier.ts';

/**
 * The token verifier the configuration asks for: the dev issuer's own key set, or the
 * configured issuer's JWKS (from `AUTH_JWKS_URL`, else OIDC discovery, else the conventional path).
 */
export async function createConfiguredVerifier(config: Config, devIssuer: DevIssuer | null): Promise<TokenVerifier> {
  const checks = {
    audience: config.audience,
    authorizedParties: config.authorizedParties,
    clockToleranceS: config.clockToleranceS,
    requireTokenType: config.requireTokenType,
  };
  if (config.auth.mode === 'dev') {
    if (!devIssuer) throw new TypeError('dev-issuer mode needs the dev issuer');
    return createTokenVerifier({ ...checks, issuer: devIssuer.issuer, jwks: { keys: [...devIssuer.jwks.keys] } });
  }
  const jwksUrl = await resolveJwksUrl(config.auth.issuer, config.auth.jwksUrl);
  return createTokenVerifier({ ...checks, issuer: config.auth.issuer, jwksUrl });
}
