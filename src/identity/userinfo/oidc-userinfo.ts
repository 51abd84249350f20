import { discoverOidc } from '../oidc-discovery.ts';
import { object, profileFromClaims } from '../learned-profile.ts';
import { fetchJson, type UserinfoLog, type UserinfoSource } from './userinfo-source.ts';

/**
 * The issuer's OIDC userinfo endpoint (from discovery, remembered once found), called with the
 * user's own access token. An answer about another `sub` is ignored, as OIDC Core 5.3.2 requires.
 * An endpoint that refuses the token (not every provider's userinfo takes its access tokens) is
 * logged at `warn`.
 *
 * @example const userinfo = createOidcUserinfo(config.auth.issuer, config.metadataClaim, logger);
 */
export function createOidcUserinfo(issuer: string, metadataClaim: string | null, log?: UserinfoLog): UserinfoSource {
  let endpoint: Promise<string | null> | null = null;
  const findEndpoint = () => {
    endpoint ??= discoverOidc(issuer).then(
      (discovery) => discovery.userinfoEndpoint,
      (error: unknown) => {
        endpoint = null;
        throw error;
      },
    );
    return endpoint;
  };
  return async (principal) => {
    const url = await findEndpoint();
    if (!url) return null;
    const body = object(await fetchJson(url, `Bearer ${principal.token}`, 'the userinfo endpoint', log));
    if (!body || (body.sub !== undefined && body.sub !== principal.subject)) return null;
    return profileFromClaims(body, metadataClaim);
  };
}
