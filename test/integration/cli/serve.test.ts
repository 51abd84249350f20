import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { connect } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { loadDevIssuer } from '../../../src/identity/dev-issuer.ts';
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
    const env = {
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      ROSTER_DATA_DIR: dataDir,
      DATABASE_URL: `sqlite:${join(dataDir, 'roster.db')}`,
    };
    const child = spawn(process.execPath, [BIN, 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    try {
      const base = `http://127.0.0.1:${port}`;
      await waitForHealth(base);
      assert.equal((await fetch(`${base}/readyz`)).status, 200);
      const jwks = (await (await fetch(`${base}/.well-known/jwks.json`)).json()) as {
        keys: Array<Record<string, unknown>>;
      };
      assert.equal(jwks.keys.length, 1);
      assert.equal(jwks.keys[0]!.d, undefined, 'no private part');
      assert.equal(((await (await fetch(`${base}/openapi.json`)).json()) as { openapi: string }).openapi, '3.1.0');
      assert.match(output, /dev issuer mode/);
      assert.ok(!output.includes('"d":'), 'the key never reaches the log');
    } finally {
      child.kill('SIGTERM');
    }
    const [code] = await once(child, 'exit');
    assert.equal(code, 0, output);
    assert.match(output, /stopped/);
  });

  test('SIGTERM drains a request in flight: its body arrives after the signal and it still gets its answer', async () => {
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const env = {
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      ROSTER_DATA_DIR: dataDir,
      DATABASE_URL: `sqlite:${join(dataDir, 'drain.db')}`,
    };
    const child = spawn(process.execPath, [BIN, 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    await waitForHealth(`http://127.0.0.1:${port}`);
    const token = await (await loadDevIssuer(dataDir)).sign({ email: 'drain@example.com' });
    const body = JSON.stringify({ firstName: 'Drained' });
    const socket = connect(port, '127.0.0.1');
    await once(socket, 'connect');
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk));
    socket.write(
      `PATCH /api/users/me HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body.slice(0, 5)}`,
    );
    await new Promise((resolveWait) => setTimeout(resolveWait, 300));
    child.kill('SIGTERM');
    await new Promise((resolveWait) => setTimeout(resolveWait, 300));
    socket.write(body.slice(5));
    await once(socket, 'end');
    const [code] = await once(child, 'exit');
    assert.match(answer, /^HTTP\/1\.1 200 /, answer);
    assert.match(answer, /"firstName":"Drained"/);
    assert.equal(code, 0, output);
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
