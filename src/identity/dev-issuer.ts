import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK, type JWTPayload } from 'jose';

/** The `iss` of every dev-issuer token. */
export const DEV_ISSUER = 'urn:roster:dev-issuer';
const ALGORITHM = 'ES256';
const KEY_FILE = 'dev-issuer-key.json';

export interface DevTokenRequest {
  email: string;
  name?: string;
  sessionId?: string;
  /** Put under the metadata claim (`AUTH_METADATA_CLAIM`). */
  metadata?: Record<string, unknown>;
  metadataClaim?: string | null;
  expiresInS?: number;
}

/** Roster's built-in development issuer: one signing key kept in the data directory. */
export interface DevIssuer {
  readonly issuer: string;
  /** The public half, as served at /.well-known/jwks.json. */
  readonly jwks: { readonly keys: readonly JWK[] };
  sign(request: DevTokenRequest): Promise<string>;
}

/**
 * Loads the dev issuer's key from `dataDir`, generating it on first use (mode 0600). Two
 * processes starting at once agree on one key: the file is created exclusively and re-read.
 */
export async function loadDevIssuer(dataDir: string): Promise<DevIssuer> {
  const privateJwk = await readOrCreateKey(join(dataDir, KEY_FILE));
  const { d: _private, ...publicJwk } = privateJwk;
  const privateKey = await importJWK(privateJwk, ALGORITHM);
  const kid = String(privateJwk.kid);
  return {
    issuer: DEV_ISSUER,
    jwks: Object.freeze({ keys: Object.freeze([Object.freeze({ ...publicJwk, use: 'sig', alg: ALGORITHM })]) }),
    sign: (request) =>
      new SignJWT(devClaims(request))
        .setProtectedHeader({ alg: ALGORITHM, kid, typ: 'JWT' })
        .setIssuer(DEV_ISSUER)
        .setSubject(devSubject(request.email))
        .setIssuedAt()
        .setExpirationTime(`${request.expiresInS ?? 3600}s`)
        .sign(privateKey),
  };
}

/** The same email always gets the same subject, so a new dev token signs in the same user. */
export function devSubject(email: string): string {
  return `dev_${createHash('sha256').update(email.toLowerCase()).digest('hex').slice(0, 24)}`;
}

function devClaims(request: DevTokenRequest): JWTPayload {
  const claims: JWTPayload = { email: request.email, email_verified: true };
  if (request.name) {
    const [given, ...family] = request.name.trim().split(/\s+/);
    claims.name = request.name.trim();
    claims.given_name = given;
    if (family.length > 0) claims.family_name = family.join(' ');
  }
  if (request.sessionId) claims.sid = request.sessionId;
  if (request.metadata && request.metadataClaim) claims[request.metadataClaim] = request.metadata;
  return claims;
}

async function readOrCreateKey(path: string): Promise<JWK> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as JWK;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const { privateKey } = await generateKeyPair(ALGORITHM, { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: randomUUID(), alg: ALGORITHM };
  await mkdir(join(path, '..'), { recursive: true });
  try {
    await writeFile(path, JSON.stringify(jwk), { flag: 'wx', mode: 0o600 });
    return jwk;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return JSON.parse(await readFile(path, 'utf8')) as JWK;
  }
}
