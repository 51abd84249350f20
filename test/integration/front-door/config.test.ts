import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ConfigError, loadConfig } from '../../../src/config/config.ts';

const refuses = (env: Record<string, string>, variable: string) =>
  assert.throws(
    () => loadConfig(env),
    (error) => error instanceof ConfigError && error.variable === variable,
  );

describe('front-door configuration', () => {
  test('defaults: no CORS, 1200 reads, 120 writes, 300 anonymous a minute, no proxy trusted, any token type', () => {
    const config = loadConfig({});
    assert.equal(config.corsOrigins, null);
    assert.deepEqual(config.rateLimits, { reads: 1200, writes: 120, anonymous: 300 });
    assert.equal(config.trustProxy, null);
    assert.equal(config.requireTokenType, null);
  });

  test('reads every front-door variable', () => {
    const config = loadConfig({
      CORS_ORIGINS: 'https://app.example.com, http://localhost:5173',
      ROSTER_RATE_LIMIT_READS: '0',
      ROSTER_RATE_LIMIT_WRITES: '10',
      ROSTER_RATE_LIMIT_ANONYMOUS: '5',
      TRUST_PROXY: '10.0.0.0/8, 127.0.0.1, ::1, loopback',
      AUTH_REQUIRE_TOKEN_TYPE: 'at+jwt',
    });
    assert.deepEqual(config.corsOrigins, ['https://app.example.com', 'http://localhost:5173']);
    assert.deepEqual(config.rateLimits, { reads: 0, writes: 10, anonymous: 5 });
    assert.deepEqual(config.trustProxy, ['10.0.0.0/8', '127.0.0.1', '::1', 'loopback']);
    assert.equal(config.requireTokenType, 'at+jwt');
  });

  test('CORS_ORIGINS takes exact origins only: never *, a path, or a pattern', () => {
    for (const value of [
      '*',
      'https://app.example.com/',
      'https://*.example.com',
      'app.example.com',
      'null',
      'https://app.example.com/path',
    ]) {
      refuses({ CORS_ORIGINS: value }, 'CORS_ORIGINS');
    }
  });

  test('limits are non-negative integers; TRUST_PROXY takes addresses and CIDRs', () => {
    for (const value of ['-1', '1.5', 'lots']) refuses({ ROSTER_RATE_LIMIT_READS: value }, 'ROSTER_RATE_LIMIT_READS');
    for (const value of ['true', '10.0.0.0/33', 'proxy.internal', '10.0.0.1/8/1'])
      refuses({ TRUST_PROXY: value }, 'TRUST_PROXY');
    refuses({ AUTH_REQUIRE_TOKEN_TYPE: 'at jwt' }, 'AUTH_REQUIRE_TOKEN_TYPE');
  });
});
