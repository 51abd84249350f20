import assert from 'node:assert/strict';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { decodeJwt } from 'jose';
import { loadConfig } from '../../../src/config/config.ts';
import { createConfiguredVerifier } from '../../../src/identity/configured-verifier.ts';
import { DEV_ISSUER, loadDevIssuer } from '../../../src/identity/dev-issuer.ts';
import { runCli } from '../../helpers/cli.ts';
import { createTestKey, signWithKey } from '../../helpers/test-keys.ts';

describe('dev issuer', () => {
  let dataDir: string;
  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'roster-dev-'));
  });
  after(() => rm(dataDir, { recursive: true, force: true }));

  const verifierFor = async (dir: string) => {
    const config = loadConfig({ ROSTER_DATA_DIR: dir });
    return createConfiguredVerifier(config, await loadDevIssuer(config.dataDir));
  };

  test('`roster token` prints a token the dev-mode verifier accepts', async () => {
    const result = await runCli(
      ['token', '--email', 'alice@example.com', '--name', 'Alice Doe', '--sid', 's1', '--metadata', '{"role":"admin"}'],
      { ROSTER_DATA_DIR: dataDir },
    );
    assert.equal(result.code, 0, result.stderr);
    const token = result.stdout.trim();
    const principal = await (await verifierFor(dataDir)).verify(`Bearer ${token}`);
    assert.equal(principal.issuer, DEV_ISSUER);
    assert.equal(principal.sessionId, 's1');
    assert.equal(principal.claims.email, 'alice@example.com');
    assert.equal(principal.claims.email_verified, true);
    assert.equal(principal.claims.given_name, 'Alice');
    assert.equal(principal.claims.family_name, 'Doe');
    assert.deepEqual(principal.claims.public_metadata, { role: 'admin' });
  });

  test('the key is made once, private to its owner, and the same email keeps its subject', async () => {
    const mode = (await stat(join(dataDir, 'dev-issuer-key.json'))).mode & 0o777;
    assert.equal(mode, 0o600);
    const first = await runCli(['token', '--email', 'bob@example.com'], { ROSTER_DATA_DIR: dataDir });
    const second = await runCli(['token', '--email', 'BOB@example.com'], { ROSTER_DATA_DIR: dataDir });
    assert.equal(decodeJwt(first.stdout.trim()).sub, decodeJwt(second.stdout.trim()).sub);
    const verifier = await verifierFor(dataDir);
    await verifier.verify(`Bearer ${first.stdout.trim()}`);
  });

  test('a token signed by another key with the same kid and issuer is rejected', async () => {
    const genuine = await loadDevIssuer(dataDir);
    const forger = await createTestKey('ES256', String(genuine.jwks.keys[0]!.kid));
    const forged = await signWithKey(forger, {
      iss: DEV_ISSUER,
      sub: 'dev_forged',
      iat: Math.floor(Date.now() / 1000),
      exp: Math.floor(Date.now() / 1000) + 300,
    });
    await assert.rejects((await verifierFor(dataDir)).verify(`Bearer ${forged}`), { code: 'InvalidToken' });
  });

  test('a token from another data directory (another dev key) is rejected', async () => {
    const otherDir = await mkdtemp(join(tmpdir(), 'roster-dev-'));
    try {
      const other = await runCli(['token', '--email', 'eve@example.com'], { ROSTER_DATA_DIR: otherDir });
      await assert.rejects((await verifierFor(dataDir)).verify(`Bearer ${other.stdout.trim()}`), {
        code: 'InvalidToken',
      });
    } finally {
      await rm(otherDir, { recursive: true, force: true });
    }
  });

  test('`roster token` refuses without --email, and when an issuer is configured', async () => {
    const missing = await runCli(['token'], { ROSTER_DATA_DIR: dataDir });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /--email/);
    const configured = await runCli(['token', '--email', 'a@example.com'], {
      ROSTER_DATA_DIR: dataDir,
      AUTH_ISSUER: 'https://issuer.example.com',
    });
    assert.equal(configured.code, 2);
    assert.match(configured.stderr, /AUTH_ISSUER/);
  });

  test('refuses to run under NODE_ENV=production without an issuer: one line, exit 1', async () => {
    const result = await runCli(['serve'], { ROSTER_DATA_DIR: dataDir, NODE_ENV: 'production' });
    assert.equal(result.code, 1);
    assert.equal(result.stderr.trim().split('\n').length, 1);
    assert.match(result.stderr, /AUTH_ISSUER/);
  });
});

describe('cli configuration errors', () => {
  for (const [variable, value] of [
    ['PORT', 'abc'],
    ['DATABASE_URL', 'mysql://x/y'],
    ['AUTH_ISSUER', 'not-a-url'],
  ] as const) {
    test(`a bad ${variable} stops the process with one line naming it and exit 1`, async () => {
      const result = await runCli(['serve'], { [variable]: value });
      assert.equal(result.code, 1);
      const lines = result.stderr.trim().split('\n');
      assert.equal(lines.length, 1, result.stderr);
      assert.match(lines[0]!, new RegExp(variable));
    });
  }

  test('`roster --help` lists the commands and each has --help', async () => {
    const overview = await runCli(['--help']);
    assert.equal(overview.code, 0);
    for (const name of ['serve', 'migrate', 'token']) {
      assert.match(overview.stdout, new RegExp(`\\b${name}\\b`));
      const help = await runCli([name, '--help']);
      assert.equal(help.code, 0);
      assert.match(help.stdout, new RegExp(`roster ${name}`));
    }
  });

  test('an unknown command exits 2', async () => {
    const result = await runCli(['frobnicate']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /unknown command/);
  });
});
