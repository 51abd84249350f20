import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { ConfigError, loadConfig, readEnvironment } from '../../../src/config/config.ts';

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    assert.ok(error instanceof ConfigError, `expected a ConfigError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected loadConfig to throw');
}

describe('configuration', () => {
  test("defaults match the README's Configuration table", () => {
    const config = loadConfig({});
    assert.equal(config.port, 3000);
    assert.equal(config.host, '127.0.0.1');
    assert.deepEqual(config.database, { engine: 'sqlite', path: resolve('./data/roster.db'), timeoutMs: 5000 });
    assert.equal(config.dataDir, resolve('./data'));
    assert.deepEqual(config.auth, { mode: 'dev' });
    assert.equal(config.audience, null);
    assert.equal(config.authorizedParties, null);
    assert.equal(config.clockToleranceS, 5);
    assert.equal(config.userinfo, 'none');
    assert.deepEqual(config.clerk, { apiUrl: 'https://api.clerk.com', secretKey: null });
    assert.equal(config.metadataClaim, 'public_metadata');
    assert.equal(config.provisioning, true);
    assert.equal(config.defaultOrganizationId, null);
    assert.equal(config.defaultRole, 'member');
    assert.equal(config.adminToken, null);
    assert.equal(config.logLevel, 'info');
  });

  test('is frozen', () => {
    const config = loadConfig({});
    assert.ok(Object.isFrozen(config));
    assert.ok(Object.isFrozen(config.database));
    assert.throws(() => {
      (config as { port: number }).port = 1;
    }, TypeError);
  });

  test('reads every variable', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgres://u:p@db.internal:5432/roster',
      ROSTER_DATA_DIR: '/var/lib/roster',
      AUTH_ISSUER: 'https://clerk.example.com',
      AUTH_JWKS_URL: 'https://clerk.example.com/.well-known/jwks.json',
      AUTH_AUDIENCE: 'api, web',
      AUTH_AUTHORIZED_PARTIES: 'https://app.example.com',
      AUTH_CLOCK_TOLERANCE_S: '10',
      AUTH_USERINFO: 'clerk',
      CLERK_API_URL: 'https://clerk.internal/',
      CLERK_SECRET_KEY: 'sk_test_x',
      AUTH_METADATA_CLAIM: 'metadata',
      ROSTER_PROVISIONING: 'off',
      ROSTER_DEFAULT_ORGANIZATION_ID: '6F1C2B9A-0000-4000-8000-000000000001',
      ROSTER_DEFAULT_ROLE: 'learner',
      ROSTER_ADMIN_TOKEN: 'secret',
      LOG_LEVEL: 'warn',
    });
    assert.equal(config.port, 8080);
    assert.equal(config.host, '0.0.0.0');
    assert.deepEqual(config.database, {
      engine: 'postgres',
      url: 'postgres://u:p@db.internal:5432/roster',
      timeoutMs: 5000,
    });
    assert.equal(config.dataDir, '/var/lib/roster');
    assert.deepEqual(config.auth, {
      mode: 'issuer',
      issuer: 'https://clerk.example.com',
      jwksUrl: 'https://clerk.example.com/.well-known/jwks.json',
    });
    assert.deepEqual(config.audience, ['api', 'web']);
    assert.deepEqual(config.authorizedParties, ['https://app.example.com']);
    assert.equal(config.clockToleranceS, 10);
    assert.equal(config.userinfo, 'clerk');
    assert.deepEqual(config.clerk, { apiUrl: 'https://clerk.internal', secretKey: 'sk_test_x' });
    assert.equal(config.metadataClaim, 'metadata');
    assert.equal(config.provisioning, false);
    assert.equal(config.defaultOrganizationId, '6f1c2b9a-0000-4000-8000-000000000001');
    assert.equal(config.defaultRole, 'learner');
    assert.equal(config.adminToken, 'secret');
    assert.equal(config.logLevel, 'warn');
  });

  test('sqlite URLs: a relative path, an absolute one, and :memory:', () => {
    assert.deepEqual(loadConfig({ DATABASE_URL: 'sqlite:./x/y.db' }).database, {
      engine: 'sqlite',
      path: resolve('./x/y.db'),
      timeoutMs: 5000,
    });
    assert.deepEqual(loadConfig({ DATABASE_URL: 'sqlite:///tmp/r.db' }).database, {
      engine: 'sqlite',
      path: '/tmp/r.db',
      timeoutMs: 5000,
    });
    assert.deepEqual(loadConfig({ DATABASE_URL: 'sqlite::memory:' }).database, {
      engine: 'sqlite',
      path: ':memory:',
      timeoutMs: 5000,
    });
    assert.equal(loadConfig({ DATABASE_URL: 'postgresql://localhost/r' }).database.engine, 'postgres');
  });

  test('DATABASE_TIMEOUT_MS bounds database waits: an integer of milliseconds from 100', () => {
    assert.equal(loadConfig({ DATABASE_TIMEOUT_MS: '1500' }).database.timeoutMs, 1500);
    for (const bad of ['0', '99', '-1', '1.5', 'soon', '600001']) {
      assert.equal(configError({ DATABASE_TIMEOUT_MS: bad }).variable, 'DATABASE_TIMEOUT_MS');
    }
  });

  test('ROSTER_CACHE_ENTRIES and ROSTER_CACHE_TTL_S bound the caches: 10 000 entries, 60 s by default', () => {
    assert.deepEqual(loadConfig({}).cache, { entries: 10_000, ttlMs: 60_000 });
    assert.deepEqual(loadConfig({ ROSTER_CACHE_ENTRIES: '500', ROSTER_CACHE_TTL_S: '5' }).cache, {
      entries: 500,
      ttlMs: 5_000,
    });
    for (const bad of ['0', '-1', '1.5', 'many', '10000001']) {
      assert.equal(configError({ ROSTER_CACHE_ENTRIES: bad }).variable, 'ROSTER_CACHE_ENTRIES');
    }
    for (const bad of ['0', '3601', 'soon']) {
      assert.equal(configError({ ROSTER_CACHE_TTL_S: bad }).variable, 'ROSTER_CACHE_TTL_S');
    }
  });

  test('an empty AUTH_METADATA_CLAIM means metadata is ignored', () => {
    assert.equal(loadConfig({ AUTH_METADATA_CLAIM: '' }).metadataClaim, null);
  });

  const badValues: Array<[string, Record<string, string>, RegExp]> = [
    ['DATABASE_URL', { DATABASE_URL: 'mysql://localhost/roster' }, /unknown scheme "mysql"/],
    ['DATABASE_URL', { DATABASE_URL: 'sqlite:' }, /needs a path/],
    ['PORT', { PORT: 'eighty' }, /integer/],
    ['PORT', { PORT: '70000' }, /integer/],
    ['PORT', { PORT: '-1' }, /integer/],
    ['AUTH_ISSUER', { AUTH_ISSUER: 'not a url' }, /URL/],
    ['AUTH_ISSUER', { AUTH_ISSUER: 'ftp://issuer.example.com' }, /URL/],
    ['AUTH_JWKS_URL', { AUTH_ISSUER: 'https://i.example.com', AUTH_JWKS_URL: 'nope' }, /URL/],
    ['AUTH_JWKS_URL', { AUTH_JWKS_URL: 'https://i.example.com/jwks' }, /AUTH_ISSUER/],
    ['AUTH_CLOCK_TOLERANCE_S', { AUTH_CLOCK_TOLERANCE_S: '1.5' }, /integer/],
    ['AUTH_USERINFO', { AUTH_USERINFO: 'ldap' }, /one of none, oidc, clerk/],
    ['AUTH_USERINFO', { AUTH_USERINFO: 'oidc' }, /AUTH_ISSUER/],
    ['CLERK_SECRET_KEY', { AUTH_USERINFO: 'clerk' }, /required/],
    ['ROSTER_PROVISIONING', { ROSTER_PROVISIONING: 'maybe' }, /one of on, off/],
    ['ROSTER_DEFAULT_ORGANIZATION_ID', { ROSTER_DEFAULT_ORGANIZATION_ID: 'acme' }, /UUID/],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }, /one of/],
    ['AUTH_ISSUER', { NODE_ENV: 'production' }, /production/],
  ];
  for (const [variable, env, message] of badValues) {
    test(`rejects ${JSON.stringify(env)} naming ${variable}`, () => {
      const error = configError(env);
      assert.equal(error.variable, variable);
      assert.match(error.message, message);
      assert.ok(!error.message.includes('\n'), 'one line');
    });
  }

  test('reads .env beneath the real environment', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'roster-env-'));
    try {
      await writeFile(join(dir, '.env'), 'ROSTER_TEST_ONLY_A=from-file\nROSTER_TEST_ONLY_B=from-file\n');
      process.env.ROSTER_TEST_ONLY_B = 'from-process';
      const env = readEnvironment(dir);
      assert.equal(env.ROSTER_TEST_ONLY_A, 'from-file');
      assert.equal(env.ROSTER_TEST_ONLY_B, 'from-process');
    } finally {
      delete process.env.ROSTER_TEST_ONLY_B;
      await rm(dir, { recursive: true, force: true });
    }
  });
});
