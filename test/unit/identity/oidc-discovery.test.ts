import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { isRosterError } from '../../../src/domain/roster-error.ts';
import { discoverOidc, resolveJwksUrl } from '../../../src/identity/oidc-discovery.ts';
import { startTestIssuer, type TestIssuer } from '../../helpers/jwks-server.ts';

const isUnavailable = (error: unknown) => isRosterError(error) && error.code === 'Unavailable';

describe('OIDC discovery', () => {
  let issuer: TestIssuer;
  let gone: string;
  before(async () => {
    issuer = await startTestIssuer();
    const closed = await startTestIssuer();
    gone = closed.url;
    await closed.close();
  });
  beforeEach(() => issuer.setDiscovery(null));
  after(() => issuer.close());

  test('reads jwks_uri and userinfo_endpoint', async () => {
    assert.deepEqual(await discoverOidc(issuer.url), { jwksUri: issuer.jwksUrl, userinfoEndpoint: issuer.userinfoUrl });
  });
  test('drops a trailing slash from the issuer', async () => {
    assert.equal((await discoverOidc(`${issuer.url}/`)).jwksUri, issuer.jwksUrl);
  });
  test('a missing or non-http userinfo_endpoint is null', async () => {
    issuer.setDiscovery({ jwks_uri: issuer.jwksUrl });
    assert.equal((await discoverOidc(issuer.url)).userinfoEndpoint, null);
    issuer.setDiscovery({ jwks_uri: issuer.jwksUrl, userinfo_endpoint: 'javascript:alert(1)' });
    assert.equal((await discoverOidc(issuer.url)).userinfoEndpoint, null);
  });
  test('a jwks_uri that is not an http(s) URL is unavailable', async () => {
    for (const jwks_uri of ['file:///etc/passwd', 'not a url', 42, undefined]) {
      issuer.setDiscovery({ jwks_uri });
      await assert.rejects(discoverOidc(issuer.url), isUnavailable);
    }
  });
  test('a body that is not JSON is unavailable', async () => {
    issuer.setDiscovery('<html>');
    await assert.rejects(discoverOidc(issuer.url), isUnavailable);
  });
  test('a non-200 answer is unavailable', async () => {
    issuer.setDiscovery(404);
    await assert.rejects(discoverOidc(issuer.url), isUnavailable);
    issuer.setDiscovery(500);
    await assert.rejects(discoverOidc(issuer.url), isUnavailable);
  });
  test('an unreachable issuer is unavailable, with a retry hint', async () => {
    await assert.rejects(
      discoverOidc(gone),
      (error) => isUnavailable(error) && isRosterError(error) && error.retryAfterS === 30,
    );
  });

  test('resolveJwksUrl prefers the configured URL without asking the issuer', async () => {
    assert.equal(await resolveJwksUrl(gone, 'https://keys.example/jwks'), 'https://keys.example/jwks');
  });
  test("resolveJwksUrl uses discovery's jwks_uri", async () => {
    issuer.setDiscovery({ jwks_uri: `${issuer.url}/oauth/keys` });
    assert.equal(await resolveJwksUrl(issuer.url, null), `${issuer.url}/oauth/keys`);
  });
  test('resolveJwksUrl falls back to the conventional path when discovery is missing', async () => {
    issuer.setDiscovery(404);
    assert.equal(await resolveJwksUrl(`${issuer.url}/`, null), `${issuer.url}/.well-known/jwks.json`);
  });
  test('resolveJwksUrl falls back to the conventional path when the issuer is unreachable', async () => {
    assert.equal(await resolveJwksUrl(gone, null), `${gone}/.well-known/jwks.json`);
  });
});
