import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkDestination, checkWebhookUrl, isForbiddenAddress } from '../../../src/webhooks/destination-guard.ts';

describe('isForbiddenAddress', () => {
  test('loopback, private, link-local and other non-public addresses, IPv4 and IPv6', () => {
    for (const address of [
      '127.0.0.1',
      '127.255.0.9',
      '10.0.0.1',
      '172.16.5.4',
      '172.31.255.255',
      '192.168.0.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '255.255.255.255',
      '::',
      '::1',
      'fe80::1',
      'fd00::1234',
      'fc00::1',
      'ff02::1',
      '::ffff:127.0.0.1',
      '::ffff:7f00:1',
      '::ffff:10.1.2.3',
      '::ffff:169.254.169.254',
      '::127.0.0.1',
      '64:ff9b::7f00:1',
      '2002:7f00:1::1',
      'not an address',
    ]) {
      assert.equal(isForbiddenAddress(address), true, address);
    }
  });

  test('public addresses pass, IPv4-mapped ones included', () => {
    for (const address of [
      '93.184.215.14',
      '8.8.8.8',
      '172.32.0.1',
      '2606:4700:4700::1111',
      '::ffff:8.8.8.8',
      '2a00:1450:4001::200e',
    ]) {
      assert.equal(isForbiddenAddress(address), false, address);
    }
  });
});

describe('checkDestination', () => {
  test('https to a public address passes and names the address to connect to', async () => {
    const checked = await checkDestination('https://93.184.215.14:8443/hooks?x=1', false);
    assert.deepEqual([checked.address, checked.family, checked.url.pathname], ['93.184.215.14', 4, '/hooks']);
  });

  test('refuses http, other schemes, credentials, unresolvable hosts and internal addresses', async () => {
    for (const [url, message] of [
      ['http://93.184.215.14/', /https/],
      ['ftp://93.184.215.14/', /https/],
      ['not a url', /valid URL/],
      ['https://user:secret@93.184.215.14/', /credentials/],
      ['https://localhost/', /loopback/],
      ['https://[::ffff:127.0.0.1]/', /loopback/],
      ['https://[fe80::1]/', /loopback/],
    ] as const) {
      await assert.rejects(checkDestination(url, false), { name: 'DestinationRefused', message }, url);
    }
  });

  test('ROSTER_WEBHOOKS_ALLOW_INSECURE lets http and loopback through, but not other schemes', async () => {
    assert.equal((await checkDestination('http://127.0.0.1:9/x', true)).address, '127.0.0.1');
    await assert.rejects(checkDestination('ftp://127.0.0.1/', true), { name: 'DestinationRefused' });
  });

  test('at registration a host that does not resolve now is accepted; at delivery it is refused', async () => {
    await checkWebhookUrl('https://no-such-host.invalid/hooks', false);
    await assert.rejects(checkWebhookUrl('https://localhost/hooks', false), { name: 'DestinationRefused' });
    await assert.rejects(checkDestination('https://no-such-host.invalid/hooks', false), {
      name: 'DestinationRefused',
      message: /does not resolve/,
    });
  });
});
