import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runCli } from '../../helpers/cli.ts';

const BIN = resolve(import.meta.dirname, '../../../bin/roster.js');

async function waitForHealth(base: string, deadline = Date.now() + 30_000): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
  }
  throw new Error('server did not become healthy');
}

describe('roster serve (dev issuer, SQLite file)', () => {
  let dataDir: string;
  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'roster-serve-'));
  });
  after(() => rm(dataDir, { recursive: true, force: true }));

  test('migrates, serves health, readiness, JWKS and OpenAPI, then stops cleanly on SIGTERM', async () => {
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const env = { PATH: process.env.PATH ?? '', PORT: String(port), ROSTER_DATA_DIR: dataDir, DATABASE_URL: `sqlite:${join(dataDir, 'roster.db')}` };
    const child = spawn(process.execPath, [BIN, 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    try {
      const base = `http://127.0.0.1:${port}`;
      await waitForHealth(base);
      assert.equal((await fetch(`${base}/readyz`)).status, 200);
      const jwks = (await (await fetch(`${base}/.well-known/jwks.json`)).json()) as { keys: Array<Record<string, unknown>> };
      assert.equal(jwks.keys.length, 1);
      assert.equal(jwks.keys[0]!.d, undefined, 'no private part');
      assert.equal((await (await fetch(`${base}/openapi.json`)).json() as { openapi: string }).openapi, '3.1.0');
      assert.match(output, /dev issuer mode/);
      assert.ok(!output.includes('"d":'), 'the key never reaches the log');
    } finally {
      child.kill('SIGTERM');
    }
    const [code] = await once(child, 'exit');
    assert.equal(code, 0, output);
    assert.match(output, /stopped/);
  });

  test('`roster migrate` shows progress and is idempotent', async () => {
    const env = { DATABASE_URL: `sqlite:${join(dataDir, 'migrate.db')}` };
    const first = await runCli(['migrate'], env);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /applied 2026-11-22-001-initial-model/);
    const second = await runCli(['migrate'], env);
    assert.equal(second.code, 0);
    assert.match(second.stdout, /already up to date/);
  });
});
