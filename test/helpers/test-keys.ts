import { randomUUID } from 'node:crypto';
import { base64url, exportJWK, exportSPKI, generateKeyPair, SignJWT, type JWK } from 'jose';

export type TestAlg = 'RS256' | 'PS256' | 'ES256' | 'EdDSA';

/** A signing key pair with the public JWK an issuer would publish for it. */
export interface TestKey {
  kid: string;
  alg: TestAlg;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  publicJwk: JWK;
}

export type Claims = Record<string, unknown>;

/** A fresh key pair; publish `publicJwk` in a JWKS, or keep it out to sign with an unknown key. */
export async function createTestKey(alg: TestAlg = 'RS256', kid: string = `key-${randomUUID()}`): Promise<TestKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' };
  return { kid, alg, privateKey, publicKey, publicJwk };
}

/**
 * Signs `claims` with `key`. The header is `{ alg, kid, typ: 'JWT' }` merged with `header`
 * (an `undefined` value removes a member); any `crit` names are declared understood so that
 * tokens with arbitrary critical parameters can be produced.
 */
export async function signWithKey(key: TestKey, claims: Claims, header: Claims = {}, alg?: string): Promise<string> {
  const protectedHeader = withoutUndefined({ alg: alg ?? key.alg, kid: key.kid, typ: 'JWT', ...header });
  const crit = Array.isArray(protectedHeader.crit)
    ? Object.fromEntries(protectedHeader.crit.map((name: unknown) => [String(name), true]))
    : undefined;
  return new SignJWT(claims)
    .setProtectedHeader(protectedHeader as { alg: string })
    .sign(key.privateKey, crit === undefined ? undefined : { crit });
}

/** An unsecured token (`alg: none`, empty signature). */
export function unsignedToken(claims: Claims, header: Claims = {}): string {
  return `${encodeJson({ alg: 'none', typ: 'JWT', ...header })}.${encodeJson(claims)}.`;
}

/** An HS256 token keyed with `secret` — e.g. the issuer's public key PEM, the classic confusion attack. */
export async function hmacToken(claims: Claims, secret: string, header: Claims = {}): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT', ...header })
    .sign(new TextEncoder().encode(secret));
}

/** The key's public half as SPKI PEM. */
export function publicKeyPem(key: TestKey): Promise<string> {
  return exportSPKI(key.publicKey);
}

/** `claims` without the members whose value is `undefined`. */
export function withoutUndefined(claims: Claims): Claims {
  return Object.fromEntries(Object.entries(claims).filter(([, value]) => value !== undefined));
}

function encodeJson(value: unknown): string {
  return base64url.encode(JSON.stringify(value));
}
