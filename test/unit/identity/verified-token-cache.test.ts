import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import type { Principal } from '../../../src/identity/principal.ts';
import { createTokenVerifier } from '../../../src/identity/token-verifier.ts';
import { createVerifiedTokenCache } from '../../../src/identity/verified-token-cache.ts';
import { startTestIssuer } from '../../helpers/jwks-server.ts';

const principal = (expiresAtMs: number): Principal => ({
  issuer: 'https://issuer.example',
  subject: 's',
  sessionId: null,
  claims: {},
  expiresAt: new Date(expiresAtMs),
  token: 't',
});

describe('verified token cache', () => {
  test('answers the same token until its maximum age, then forgets it', () => {
    let clock = 1_000_000;
    const cache = createVerifiedTokenCache({ maxAgeMs: 60_000, maxEntries: 10, now: () => clock });
    const remembered = principal(clock + 3_600_000);
    cache.set('token-a', remembered);
    assert.equal(cache.get('token-a'), remembered);
    assert.equal(cache.get('token-b'), undefined);
    clock += 60_000;
    assert.equal(cache.get('token-a'), undefined);
  });

  test('never answers past the token’s own expiry', () => {
    let clock = 1_000_000;
    const cache = createVerifiedTokenCache({ maxAgeMs: 60_000, maxEntries: 10, now: () => clock });
    cache.set('short', principal(clock + 5_000));
    clock += 4_999;
    assert.ok(cache.get('short'));
    clock += 1;
    assert.equal(cache.get('short'), undefined);
  });

  test('keeps at most maxEntries, dropping the oldest', () => {
    const cache = createVerifiedTokenCache({ maxAgeMs: 60_000, maxEntries: 2, now: () => 0 });
    for (const token of ['one', 'two', 'three']) cache.set(token, principal(3_600_000));
    assert.equal(cache.get('one'), undefined);
    assert.ok(cache.get('two'));
    assert.ok(cache.get('three'));
  });

  test('a maximum age of 0 remembers nothing', () => {
    const cache = createVerifiedTokenCache({ maxAgeMs: 0, maxEntries: 10 });
    cache.set('token', principal(Date.now() + 3_600_000));
    assert.equal(cache.get('token'), undefined);
  });
});

describe('token verifier with the cache', () => {
  test('a token seen before is answered from the cache (the same principal); with the cache off it is verified anew', async () => {
    const issuer = await startTestIssuer();
    after(() => issuer.close());
    const options = {
      issuer: issuer.url,
      jwksUrl: issuer.jwksUrl,
      audience: null,
      authorizedParties: null,
      clockToleranceS: 5,
    };
    const cached = createTokenVerifier(options);
    const uncached = createTokenVerifier({ ...options, verifiedTokenCacheMs: 0 });
    const token = await issuer.sign({ sub: 'cache-me' });
    const first = await cached.verify(`Bearer ${token}`);
    assert.equal(await cached.verify(`Bearer ${token}`), first);
    const fresh = await uncached.verify(`Bearer ${token}`);
    assert.notEqual(await uncached.verify(`Bearer ${token}`), fresh);
  });

  test('an altered token is never answered from the cache', async () => {
    const issuer = await startTestIssuer();
    after(() => issuer.close());
    const verifier = createTokenVerifier({
      issuer: issuer.url,
      jwksUrl: issuer.jwksUrl,
      audience: null,
      authorizedParties: null,
      clockToleranceS: 5,
    });
    const token = await issuer.sign({ sub: 'original' });
    await verifier.verify(`Bearer ${token}`);
    const [header, , signature] = token.split('.');
    const forgedPayload = Buffer.from(
      JSON.stringify({ iss: issuer.url, sub: 'admin', exp: Math.floor(Date.now() / 1000) + 300 }),
    ).toString('base64url');
    await assert.rejects(verifier.verify(`Bearer ${header}.${forgedPayload}.${signature}`), { code: 'InvalidToken' });
  });
});
