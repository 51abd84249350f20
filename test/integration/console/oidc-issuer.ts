import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPair, exportJWK } from 'jose';
import Provider from 'oidc-provider';

/** A real OpenID provider on loopback (oidc-provider), with dev interactions for logging in. */
export interface OidcIssuer {
  readonly url: string;
  close(): Promise<void>;
}

export interface OidcIssuerOptions {
  /** The resource indicator (Roster's `AUTH_AUDIENCE`) JWT access tokens are minted for. */
  audience: string;
  /** Public clients (no secret, PKCE) and their redirect URIs. */
  clients: { clientId: string; redirectUris: string[] }[];
}

/**
 * Starts oidc-provider: any login name is an account whose `sub` and verified `email` are that
 * name; access tokens for `audience` are RS256 JWTs carrying `email` and `email_verified`, so
 * Roster verifies them against the provider's JWKS and links by verified email.
 */
export async function startOidcIssuer(options: OidcIssuerOptions): Promise<OidcIssuer> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), kid: 'test-rs256', alg: 'RS256', use: 'sig' };
  const scope = 'openid profile email';
  const provider = new Provider(url, {
    clients: options.clients.map(({ clientId, redirectUris }) => ({
      client_id: clientId,
      token_endpoint_auth_method: 'none',
      redirect_uris: redirectUris,
      grant_types: ['authorization_code'],
      response_types: ['code'],
    })),
    jwks: { keys: [signingKey] },
    cookies: { keys: ['console-test-cookie-key'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    findAccount: async (_ctx: unknown, id: string) => ({
      accountId: id,
      claims: async () => ({ sub: id, email: id, email_verified: true, name: id.split('@')[0] }),
    }),
    extraTokenClaims: async (_ctx: unknown, token: { accountId?: string }) =>
      token.accountId ? { email: token.accountId, email_verified: true } : undefined,
    features: {
      devInteractions: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: async () => options.audience,
        useGrantedResource: async () => true,
        getResourceServerInfo: async () => ({
          scope,
          audience: options.audience,
          accessTokenFormat: 'jwt',
          accessTokenTTL: 3600,
          jwt: { sign: { alg: 'RS256' } },
        }),
      },
    },
    ttl: { AccessToken: 3600, Grant: 3600, IdToken: 3600, Interaction: 600, Session: 3600 },
    clientBasedCORS: () => true,
    pkce: { required: () => true },
  });
  server.on('request', provider.callback());
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
