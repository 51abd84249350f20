import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, test } from 'node:test';
import { exportJWK, importJWK } from 'jose';
import { isRosterError, type ErrorCode, type RosterError } from '../../../src/domain/roster-error.ts';
import { createTokenVerifier, type TokenVerifierOptions } from '../../../src/identity/token-verifier.ts';
import { startTestIssuer, type TestIssuer } from '../../helpers/jwks-server.ts';
import { createTestKey, hmacToken, unsignedToken } from '../../helpers/test-keys.ts';

const now = () => Math.floor(Date.now() / 1000);
const bearer = (token: string) => `Bearer ${token}`;

function verifierFor(issuer: TestIssuer, options: Partial<TokenVerifierOptions> = {}) {
  return createTokenVerifier({
    issuer: issuer.url,
    jwksUrl: issuer.jwksUrl,
    audience: null,
    authorizedParties: null,
    clockToleranceS: 5,
    ...options,
  });
}

async function rejectsWith(promise: Promise<unknown>, code: ErrorCode): Promise<RosterError> {
  let caught: unknown;
  await assert.rejects(promise, (error) => {
    caught = error;
    return true;
  });
  assert.ok(isRosterError(caught), `expected a RosterError, got ${String(caught)}`);
  assert.equal(caught.code, code, `expected ${code}, got ${caught.code}: ${String(caught.cause)}`);
  return caught;
}

describe('token verifier: algorithms', () => {
  for (const alg of ['RS256', 'PS256', 'ES256', 'EdDSA'] as const) {
    test(`accepts an ${alg} token and returns its principal`, async () => {
      const issuer = await startTestIssuer({ alg });
      after(() => issuer.close());
      const exp = now() + 120;
      const token = await issuer.sign({ sub: 'user-1', exp, email: 'a@example.com' });
      const principal = await verifierFor(issuer).verify(bearer(token));
      assert.equal(principal.issuer, issuer.url);
      assert.equal(principal.subject, 'user-1');
      assert.equal(principal.sessionId, null);
      assert.equal(principal.expiresAt.getTime(), exp * 1000);
      assert.equal(principal.token, token);
      assert.equal(principal.claims.email, 'a@example.com');
      assert.ok(Object.isFrozen(principal.claims));
    });
  }
});

describe('token verifier: claims and headers', () => {
  let issuer: TestIssuer;
  before(async () => {
    issuer = await startTestIssuer();
  });
  after(() => issuer.close());
  const verify = async (token: string, options: Partial<TokenVerifierOptions> = {}) =>
    verifierFor(issuer, options).verify(bearer(token));

  test('sid becomes the session id', async () => {
    assert.equal((await verify(await issuer.sign({ sid: 'sess-1' }))).sessionId, 'sess-1');
  });
  test('no sid (or an empty one) means no session id', async () => {
    assert.equal((await verify(await issuer.sign({ sid: undefined }))).sessionId, null);
    assert.equal((await verify(await issuer.sign({ sid: '' }))).sessionId, null);
  });
  test('an expired token is invalid', async () => {
    await rejectsWith(verify(await issuer.sign({ exp: now() - 60 })), 'InvalidToken');
  });
  test('an exp just past but within the tolerance is accepted', async () => {
    await verify(await issuer.sign({ exp: now() - 2 }));
  });
  test('a token not yet valid (nbf in the future) is invalid', async () => {
    await rejectsWith(verify(await issuer.sign({ nbf: now() + 60 })), 'InvalidToken');
  });
  test('an iat in the future is invalid', async () => {
    await rejectsWith(verify(await issuer.sign({ iat: now() + 60 })), 'InvalidToken');
  });
  test('an iat slightly ahead, within the tolerance, is accepted', async () => {
    await verify(await issuer.sign({ iat: now() + 2 }));
  });
  test('an exp that is a string is invalid', async () => {
    await rejectsWith(verify(await issuer.sign({ exp: String(now() + 300) })), 'InvalidToken');
  });
  test('an iat that is a string is invalid', async () => {
    await rejectsWith(verify(await issuer.sign({ iat: String(now()) })), 'InvalidToken');
  });
  test('a token without exp is invalid', async () => {
    await rejectsWith(verify(await issuer.sign({ exp: undefined })), 'InvalidToken');
  });
  test('another issuer is invalid, and the comparison is exact', async () => {
    await rejectsWith(verify(await issuer.sign({ iss: 'https://evil.example' })), 'InvalidToken');
    await rejectsWith(verify(await issuer.sign({ iss: `${issuer.url}/` })), 'InvalidToken');
  });
  test('a wrong aud is invalid when an audience is configured', async () => {
    await rejectsWith(
      verify(await issuer.sign({ aud: 'api://other' }), { audience: ['api://roster'] }),
      'InvalidToken',
    );
  });
  test('a missing aud is invalid when an audience is configured', async () => {
    await rejectsWith(verify(await issuer.sign(), { audience: ['api://roster'] }), 'InvalidToken');
  });
  test('an aud list holding a configured audience is accepted', async () => {
    await verify(await issuer.sign({ aud: ['api://other', 'api://roster'] }), { audience: ['api://roster'] });
    await verify(await issuer.sign({ aud: 'api://b' }), { audience: ['api://a', 'api://b'] });
  });
  test('aud is ignored when no audience is configured', async () => {
    await verify(await issuer.sign({ aud: 'api://anything' }));
  });
  test('a wrong azp is invalid when authorized parties are configured', async () => {
    const token = await issuer.sign({ azp: 'https://evil.example' });
    await rejectsWith(verify(token, { authorizedParties: ['https://app.example'] }), 'InvalidToken');
  });
  test('a missing azp is invalid when authorized parties are configured', async () => {
    await rejectsWith(verify(await issuer.sign(), { authorizedParties: ['https://app.example'] }), 'InvalidToken');
  });
  test('a listed azp is accepted', async () => {
    await verify(await issuer.sign({ azp: 'https://app.example' }), { authorizedParties: ['https://app.example'] });
  });
  test('an empty sub is invalid', async () => {
    await rejectsWith(verify(await issuer.sign({ sub: '' })), 'InvalidToken');
  });
  test('a missing sub is invalid', async () => {
    await rejectsWith(verify(await issuer.sign({ sub: undefined })), 'InvalidToken');
  });
  test('a sub that is not a string is invalid', async () => {
    await rejectsWith(verify(await issuer.sign({ sub: 42 })), 'InvalidToken');
  });
  test('a sub with a control character is invalid, with the generic message', async () => {
    for (const sub of ['nul\u0000x', 'line\nfeed', 'del\u007F', 'c1\u009B']) {
      const error = await rejectsWith(verify(await issuer.sign({ sub })), 'InvalidToken');
      assert.equal(error.message, 'The access token is invalid');
    }
  });
  test('a sid with a control character is invalid (not silently the user-wide session)', async () => {
    await rejectsWith(verify(await issuer.sign({ sid: 'sess\u0000ion' })), 'InvalidToken');
    await rejectsWith(verify(await issuer.sign({ sid: 'sess\tion' })), 'InvalidToken');
  });
  test('alg none is invalid', async () => {
    const token = unsignedToken(issuer.claims(), { kid: issuer.currentKey().kid });
    await rejectsWith(verify(token), 'InvalidToken');
  });
  test('HS256 keyed with the public key PEM is invalid', async () => {
    const token = await hmacToken(issuer.claims(), await issuer.publicKeyPem(), { kid: issuer.currentKey().kid });
    await rejectsWith(verify(token), 'InvalidToken');
  });
  test("an algorithm other than the key's own alg is invalid", async () => {
    const rsa = issuer.currentKey();
    const pss = await importJWK(await exportJWK(rsa.privateKey), 'PS256');
    const token = await issuer.sign({}, { key: { ...rsa, alg: 'PS256', privateKey: pss as CryptoKey } });
    await rejectsWith(verify(token), 'InvalidToken');
  });
  test('a token over 8 KiB is invalid without any key fetch', async () => {
    const fresh = await startTestIssuer();
    after(() => fresh.close());
    const token = await fresh.sign({ padding: 'x'.repeat(8192) });
    await rejectsWith(verifierFor(fresh).verify(bearer(token)), 'InvalidToken');
    assert.equal(fresh.jwksRequests(), 0);
  });
  test('an unknown crit parameter is invalid', async () => {
    const token = await issuer.sign({}, { header: { crit: ['urn:example:policy'], 'urn:example:policy': 'x' } });
    await rejectsWith(verify(token), 'InvalidToken');
  });
  test('a jku header is invalid', async () => {
    await rejectsWith(verify(await issuer.sign({}, { header: { jku: issuer.jwksUrl } })), 'InvalidToken');
  });
  test('an x5u header is invalid', async () => {
    await rejectsWith(verify(await issuer.sign({}, { header: { x5u: `${issuer.url}/cert.pem` } })), 'InvalidToken');
  });
  test('a jwk header is invalid, even carrying the real signing key', async () => {
    const real = issuer.currentKey();
    await rejectsWith(verify(await issuer.sign({}, { header: { jwk: real.publicJwk } })), 'InvalidToken');
    const stray = await createTestKey('RS256');
    const embedded = await issuer.sign({}, { key: stray, header: { jwk: stray.publicJwk } });
    await rejectsWith(verify(embedded), 'InvalidToken');
  });
});

describe('token verifier: the Authorization header', () => {
  let issuer: TestIssuer;
  before(async () => {
    issuer = await startTestIssuer();
  });
  after(() => issuer.close());

  test('no header is a missing token', async () => {
    await rejectsWith(verifierFor(issuer).verify(undefined), 'MissingToken');
    await rejectsWith(verifierFor(issuer).verify(''), 'MissingToken');
  });
  test('another scheme is a missing token', async () => {
    await rejectsWith(verifierFor(issuer).verify('Basic xyz'), 'MissingToken');
  });
  test('Bearer with nothing after it is a missing token', async () => {
    await rejectsWith(verifierFor(issuer).verify('Bearer '), 'MissingToken');
  });
  test('Bearer followed by something that is not a token is invalid', async () => {
    await rejectsWith(verifierFor(issuer).verify('Bearer a b'), 'InvalidToken');
    await rejectsWith(verifierFor(issuer).verify('Bearer not-a-jwt'), 'InvalidToken');
  });
  test('the scheme is case-insensitive', async () => {
    await verifierFor(issuer).verify(`bearer ${await issuer.sign()}`);
  });
});

describe('token verifier: the JWKS', () => {
  const started: TestIssuer[] = [];
  const newIssuer = async () => {
    const issuer = await startTestIssuer();
    started.push(issuer);
    return issuer;
  };
  after(() => Promise.all(started.map((issuer) => issuer.close())));
  // Tokens signed with keys the issuer never published, made up front so that key generation
  // does not eat into a cooldown.
  const strayTokens = async (issuer: TestIssuer, count: number) => {
    const keys = await Promise.all(Array.from({ length: count }, () => createTestKey('ES256')));
    return Promise.all(keys.map((key) => issuer.sign({}, { key })));
  };

  test('an unknown kid refetches once, then stays invalid without fetching inside the cooldown', async () => {
    const issuer = await newIssuer();
    const verifier = verifierFor(issuer, { refetchCooldownMs: 500 });
    const [first, second, ...flood] = await strayTokens(issuer, 22);
    await verifier.verify(bearer(await issuer.sign()));
    assert.equal(issuer.jwksRequests(), 1);
    await sleep(550);
    await rejectsWith(verifier.verify(bearer(first!)), 'InvalidToken');
    assert.equal(issuer.jwksRequests(), 2);
    await rejectsWith(verifier.verify(bearer(second!)), 'InvalidToken');
    await Promise.all(flood.map((token) => rejectsWith(verifier.verify(bearer(token)), 'InvalidToken')));
    assert.equal(issuer.jwksRequests(), 2);
  });

  test('a rotated key is picked up', async () => {
    const issuer = await newIssuer();
    const verifier = verifierFor(issuer, { refetchCooldownMs: 100 });
    const before = await issuer.sign();
    await verifier.verify(bearer(before));
    await issuer.addKey('ES256');
    await sleep(150);
    const rotated = await issuer.sign();
    await verifier.verify(bearer(rotated));
    await verifier.verify(bearer(before));
    assert.equal(issuer.jwksRequests(), 2);
  });

  test('a token without kid verifies while the JWKS holds two keys of its algorithm (rotation)', async () => {
    const issuer = await newIssuer();
    const verifier = verifierFor(issuer);
    const older = issuer.currentKey();
    await issuer.addKey('RS256');
    const newer = issuer.currentKey();
    for (const key of [older, newer]) {
      const principal = await verifier.verify(
        bearer(await issuer.sign({ sub: `by-${key.kid}` }, { key, header: { kid: undefined } })),
      );
      assert.equal(principal.subject, `by-${key.kid}`);
    }
    assert.equal(issuer.jwksRequests(), 1);
  });

  test('a token without kid signed by neither published key is invalid', async () => {
    const issuer = await newIssuer();
    const verifier = verifierFor(issuer);
    await issuer.addKey('RS256');
    const stray = await createTestKey('RS256');
    await rejectsWith(
      verifier.verify(bearer(await issuer.sign({}, { key: stray, header: { kid: undefined } }))),
      'InvalidToken',
    );
  });

  test('a key set in hand (the dev issuer) also tries every key when the token has no kid', async () => {
    const [first, second] = await Promise.all([createTestKey('RS256'), createTestKey('RS256')]);
    const issuer = await newIssuer();
    const verifier = createTokenVerifier({
      issuer: issuer.url,
      jwks: { keys: [first!.publicJwk, second!.publicJwk] },
      audience: null,
      authorizedParties: null,
      clockToleranceS: 5,
    });
    await verifier.verify(bearer(await issuer.sign({}, { key: second!, header: { kid: undefined } })));
    const stray = await createTestKey('RS256');
    await rejectsWith(
      verifier.verify(bearer(await issuer.sign({}, { key: stray, header: { kid: undefined } }))),
      'InvalidToken',
    );
  });

  test('known keys keep working when the issuer goes down', async () => {
    const issuer = await newIssuer();
    const verifier = verifierFor(issuer);
    await verifier.verify(bearer(await issuer.sign()));
    issuer.setDown(true, 'reset');
    await verifier.verify(bearer(await issuer.sign()));
  });

  test('known keys keep working past their cache life while the issuer is down', async () => {
    const issuer = await newIssuer();
    const verifier = verifierFor(issuer, { cacheMaxAgeMs: 0, refetchCooldownMs: 0 });
    await verifier.verify(bearer(await issuer.sign()));
    issuer.setDown(true);
    await verifier.verify(bearer(await issuer.sign()));
    assert.equal(issuer.jwksRequests(), 2, 'the refresh was attempted');
  });

  test('past the stale grace, a down issuer makes even known keys unavailable', async () => {
    const issuer = await newIssuer();
    const verifier = verifierFor(issuer, { cacheMaxAgeMs: 0, refetchCooldownMs: 0, staleKeysGraceMs: 0 });
    await verifier.verify(bearer(await issuer.sign()));
    issuer.setDown(true);
    await rejectsWith(verifier.verify(bearer(await issuer.sign())), 'Unavailable');
  });

  test('an unknown kid while the issuer is down is unavailable, then invalid inside the cooldown', async () => {
    const issuer = await newIssuer();
    const verifier = verifierFor(issuer, { refetchCooldownMs: 500 });
    const [first, second] = await strayTokens(issuer, 2);
    await verifier.verify(bearer(await issuer.sign()));
    await sleep(550);
    issuer.setDown(true);
    const error = await rejectsWith(verifier.verify(bearer(first!)), 'Unavailable');
    assert.equal(error.retryAfterS, 1);
    assert.equal(issuer.jwksRequests(), 2);
    await rejectsWith(verifier.verify(bearer(second!)), 'InvalidToken');
    await verifier.verify(bearer(await issuer.sign()));
    assert.equal(issuer.jwksRequests(), 2);
  });

  test('an issuer down from the start is unavailable, with one fetch per cooldown', async () => {
    const issuer = await newIssuer();
    issuer.setDown(true);
    const verifier = verifierFor(issuer);
    const error = await rejectsWith(verifier.verify(bearer(await issuer.sign())), 'Unavailable');
    assert.equal(error.retryAfterS, 30);
    await rejectsWith(verifier.verify(bearer(await issuer.sign())), 'Unavailable');
    assert.equal(issuer.jwksRequests(), 1);
  });

  test('an unreachable JWKS URL is unavailable', async () => {
    const issuer = await startTestIssuer();
    const token = await issuer.sign();
    await issuer.close();
    await rejectsWith(verifierFor(issuer).verify(bearer(token)), 'Unavailable');
  });

  test('a key set that is not JSON counts as the issuer being down', async () => {
    const issuer = await newIssuer();
    const verifier = verifierFor(issuer, { jwksUrl: `${issuer.url}/.well-known/openid-configuration` });
    issuer.setDiscovery('<html>oops</html>');
    await rejectsWith(verifier.verify(bearer(await issuer.sign())), 'Unavailable');
  });
});
