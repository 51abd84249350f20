import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createTestKey,
  publicKeyPem,
  signWithKey,
  withoutUndefined,
  type Claims,
  type TestAlg,
  type TestKey,
} from './test-keys.ts';

export type { Claims, TestAlg, TestKey } from './test-keys.ts';

export interface SignOptions {
  /** Merged into the protected header; `undefined` removes a member (e.g. `{ kid: undefined }`). */
  header?: Claims;
  /** Sign with this key instead of the issuer's current one (e.g. one not in its JWKS). */
  key?: TestKey;
  /** Seconds from now for the default `exp` (300). */
  expiresIn?: number;
  /** Override the header `alg`. */
  alg?: string;
}

/** What `/userinfo` answers for a bearer token: a JSON body (200) or a bare status. */
export type UserinfoHandler = (token: string) => Claims | number;

/** A real OIDC-ish issuer on 127.0.0.1: discovery, JWKS, userinfo, and a signer for its keys. */
export interface TestIssuer {
  /** The issuer identifier (its base URL, no trailing slash). */
  url: string;
  jwksUrl: string;
  userinfoUrl: string;
  /** The key `sign` uses by default (the newest). */
  currentKey(): TestKey;
  /** Default claims (iss, random sub, iat now, exp now+expiresIn) merged with `overrides`; `undefined` deletes. */
  claims(overrides?: Claims, expiresIn?: number): Claims;
  sign(claims?: Claims, options?: SignOptions): Promise<string>;
  /** Publishes a new key and makes it current (rotation); returns its kid. */
  addKey(alg?: TestAlg): Promise<string>;
  /** Stops publishing a key. */
  removeKey(kid: string): void;
  /** SPKI PEM of the current key's public half. */
  publicKeyPem(): Promise<string>;
  /** While down, every request is answered 503 (`'status'`) or has its connection dropped (`'reset'`). */
  setDown(down: boolean, how?: 'status' | 'reset'): void;
  /** How many requests reached the JWKS path, answered or not. */
  jwksRequests(): number;
  setUserinfo(handler: UserinfoHandler): void;
  /** Replace the discovery answer: a document, a status, a raw body (string), or null for the default. */
  setDiscovery(answer: Claims | number | string | null): void;
  close(): Promise<void>;
}

/**
 * Starts a test issuer on an ephemeral port with one key of `alg` (default RS256).
 *
 * @example
 * const issuer = await startTestIssuer({ alg: 'ES256' });
 * const token = await issuer.sign({ sid: 's1', exp: undefined });
 * await issuer.close();
 */
export async function startTestIssuer(options: { alg?: TestAlg } = {}): Promise<TestIssuer> {
  const keys: TestKey[] = [await createTestKey(options.alg ?? 'RS256')];
  let down: false | 'status' | 'reset' = false;
  let jwksCount = 0;
  let userinfo: UserinfoHandler = () => 401;
  let discovery: Claims | number | string | null = null;
  let url = '';

  const send = (res: ServerResponse, status: number, body?: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(body === undefined ? undefined : JSON.stringify(body));
  };
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', url).pathname;
    if (path === '/.well-known/jwks.json') jwksCount += 1;
    if (down === 'reset') return void req.socket.destroy();
    if (down === 'status') return send(res, 503, { error: 'down' });
    if (req.method !== 'GET') return send(res, 405);
    switch (path) {
      case '/.well-known/jwks.json':
        return send(res, 200, { keys: keys.map((key) => key.publicJwk) });
      case '/.well-known/openid-configuration': {
        if (typeof discovery === 'number') return send(res, discovery);
        if (typeof discovery === 'string') return void res.writeHead(200).end(discovery);
        const defaults = {
          issuer: url,
          jwks_uri: `${url}/.well-known/jwks.json`,
          userinfo_endpoint: `${url}/userinfo`,
        };
        return send(res, 200, discovery ?? defaults);
      }
      case '/userinfo': {
        const match = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '');
        const answer = match?.[1] === undefined ? 401 : userinfo(match[1]);
        return typeof answer === 'number' ? send(res, answer) : send(res, 200, answer);
      }
      default:
        return send(res, 404);
    }
  };

  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const currentKey = () => keys[keys.length - 1] as TestKey;
  const claims = (overrides: Claims = {}, expiresIn = 300) => {
    const now = Math.floor(Date.now() / 1000);
    return withoutUndefined({ iss: url, sub: `user-${randomUUID()}`, iat: now, exp: now + expiresIn, ...overrides });
  };

  return {
    url,
    jwksUrl: `${url}/.well-known/jwks.json`,
    userinfoUrl: `${url}/userinfo`,
    currentKey,
    claims,
    sign: (overrides, signOptions = {}) =>
      signWithKey(
        signOptions.key ?? currentKey(),
        claims(overrides, signOptions.expiresIn),
        signOptions.header,
        signOptions.alg,
      ),
    async addKey(alg = options.alg ?? 'RS256') {
      const key = await createTestKey(alg);
      keys.push(key);
      return key.kid;
    },
    removeKey(kid) {
      const index = keys.findIndex((key) => key.kid === kid);
      if (index !== -1) keys.splice(index, 1);
    },
    publicKeyPem: () => publicKeyPem(currentKey()),
    setDown(isDown, how = 'status') {
      down = isDown ? how : false;
    },
    jwksRequests: () => jwksCount,
    setUserinfo(handler) {
      userinfo = handler;
    },
    setDiscovery(answer) {
      discovery = answer;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
