import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ConfigError, DEFAULT_RETRY_DELAYS_MS, loadConfig } from '../../../src/config/config.ts';

describe('webhooks configuration', () => {
  test('defaults: https and public destinations only, the production retry schedule, no Clerk route', () => {
    const { webhooks } = loadConfig({});
    assert.equal(webhooks.allowInsecure, false);
    assert.equal(webhooks.clerkSecret, null);
    assert.deepEqual(webhooks.retryDelaysMs, DEFAULT_RETRY_DELAYS_MS);
    // At least six attempts over at least an hour, the first retry within 10 s.
    assert.ok(DEFAULT_RETRY_DELAYS_MS.length + 1 >= 6);
    assert.ok(DEFAULT_RETRY_DELAYS_MS.reduce((sum, delay) => sum + delay, 0) >= 3_600_000);
    assert.ok(DEFAULT_RETRY_DELAYS_MS[0]! <= 10_000);
    assert.ok(
      DEFAULT_RETRY_DELAYS_MS.every((delay, index) => index === 0 || delay > DEFAULT_RETRY_DELAYS_MS[index - 1]!),
    );
  });

  test('the variables are read and checked', () => {
    const secret = `whsec_${Buffer.alloc(32, 1).toString('base64')}`;
    const { webhooks } = loadConfig({
      ROSTER_WEBHOOKS_ALLOW_INSECURE: 'true',
      ROSTER_WEBHOOKS_RETRY_DELAYS_MS: '100, 200',
      CLERK_WEBHOOK_SECRET: secret,
    });
    assert.deepEqual(webhooks, { allowInsecure: true, retryDelaysMs: [100, 200], clerkSecret: secret });
    for (const [name, value] of [
      ['ROSTER_WEBHOOKS_ALLOW_INSECURE', 'yes'],
      ['ROSTER_WEBHOOKS_RETRY_DELAYS_MS', '100,soon'],
      ['ROSTER_WEBHOOKS_RETRY_DELAYS_MS', '0'],
      ['CLERK_WEBHOOK_SECRET', 'sk_live_123'],
      ['CLERK_WEBHOOK_SECRET', 'whsec_not base64!'],
    ] as const) {
      assert.throws(
        () => loadConfig({ [name]: value }),
        (error: unknown) => error instanceof ConfigError && error.variable === name,
        `${name}=${value}`,
      );
    }
  });
});
