import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, test } from 'node:test';
import { locateJwks } from '../../../src/identity/oidc-discovery.ts';
import { startTestIssuer, type TestIssuer } from '../../helpers/jwks-server.ts';

describe('locating the JWKS by discovery, retried until it succeeds', () => {
  let issuer: TestIssuer;
  before(async () => {
    issuer = await startTestIssuer();
  });
  after(() => issuer.close());

  test('discovery that works at start settles on jwks_uri at once', async () => {
    issuer.setDiscovery({ jwks_uri: `${issuer.url}/certs` });
    const location = await locateJwks(issuer.url);
    assert.equal(location.url, `${issuer.url}/certs`);
    assert.equal(location.settled, true);
    assert.equal(await location.refresh(), false);
  });

  test('failed at start: the conventional path stands in, failures are reported, the next need retries', async () => {
    const failures: string[] = [];
    const recovered: string[] = [];
    issuer.setDown(true);
    const location = await locateJwks(issuer.url, {
      onFailure: (_error, url) => failures.push(url),
      onRecovery: (url) => recovered.push(url),
    });
    assert.equal(location.url, `${issuer.url}/.well-known/jwks.json`);
    assert.equal(location.settled, false);
    assert.deepEqual(failures, [`${issuer.url}/.well-known/jwks.json`]);

    issuer.setDown(false);
    issuer.setDiscovery({ jwks_uri: `${issuer.url}/certs` });
    assert.equal(await location.refresh(), true, 'the first retry is not delayed by the failure at start');
    assert.equal(location.url, `${issuer.url}/certs`);
    assert.equal(location.settled, true);
    assert.deepEqual(recovered, [`${issuer.url}/certs`]);
  });

  test('retries back off: a second failure waits before the next attempt, and concurrent needs share one', async () => {
    issuer.setDown(true);
    let attempts = 0;
    const location = await locateJwks(issuer.url, { onFailure: () => (attempts += 1), maxRetryDelayMs: 200 });
    await Promise.all([location.refresh(), location.refresh(), location.refresh()]);
    assert.equal(attempts, 2, 'the start, then one shared retry');
    await location.refresh();
    assert.equal(attempts, 2, 'not due yet');
    await sleep(250);
    issuer.setDown(false);
    issuer.setDiscovery(null);
    assert.equal(await location.refresh(), false, 'discovery names the conventional path itself: no change');
    assert.equal(location.settled, true);
  });
});
