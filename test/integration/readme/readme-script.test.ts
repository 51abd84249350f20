import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';

const ROOT = resolve(import.meta.dirname, '../../..');
const MARKER = '<!-- readme-test -->';

/** The shell blocks of the README marked to run, in order: each `sh` fence right after the marker. */
export function readmeScript(markdown: string): string[] {
  const blocks: string[] = [];
  const pattern = new RegExp(`${MARKER}\\s*\\n\`\`\`(?:sh|bash)\\n([\\s\\S]*?)\\n\`\`\``, 'g');
  for (const match of markdown.matchAll(pattern)) blocks.push(match[1]!);
  return blocks;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

async function waitForReady(base: string, deadline = Date.now() + 60_000): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('roster serve did not become ready');
}

describe('the README as a script', () => {
  const markdown = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const blocks = readmeScript(markdown);
  let dir: string;
  let port: number;
  let server: ChildProcess;
  let serverLog = '';
  let env: Record<string, string>;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'roster-readme-'));
    port = await freePort();
    env = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? dir,
      DATABASE_URL: `sqlite:${join(dir, 'roster.db')}`,
      ROSTER_DATA_DIR: dir,
      LOG_LEVEL: 'warn',
    };
    server = spawn(process.execPath, [join(ROOT, 'bin/roster.js'), 'serve'], {
      cwd: ROOT,
      env: { ...env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (chunk) => (serverLog += chunk));
    server.stderr!.on('data', (chunk) => (serverLog += chunk));
    await waitForReady(`http://127.0.0.1:${port}`);
  });
  after(async () => {
    if (server.exitCode === null) {
      server.kill('SIGTERM');
      await once(server, 'exit');
    }
    await rm(dir, { recursive: true, force: true });
  });

  test('the quick start, the admin walkthrough and troubleshooting are marked to run', () => {
    assert.ok(blocks.length >= 4, `found ${blocks.length} marked blocks`);
  });

  test('every marked block runs as written, in order, on a fresh database', async () => {
    // The README talks to localhost:3000; this server listens on a free port instead.
    const script = ['set -euo pipefail', ...blocks.map((block, index) => `echo "### block ${index + 1}" >&2\n${block}`)]
      .join('\n')
      .replaceAll('localhost:3000', `127.0.0.1:${port}`);
    const bash = spawn('bash', ['-c', script], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    bash.stdout.on('data', (chunk) => (stdout += chunk));
    bash.stderr.on('data', (chunk) => (stderr += chunk));
    const [code] = (await once(bash, 'exit')) as [number];
    const report = `--- stderr\n${stderr}\n--- stdout\n${stdout.slice(-4000)}\n--- server\n${serverLog.slice(-2000)}`;
    assert.equal(code, 0, `the README script failed (exit ${code})\n${report}`);
    // What the walkthrough promises to show.
    assert.match(stdout, /"email":"fox@example.com"/);
    assert.match(stdout, /"included":\[\{"type":"membership"/);
    assert.match(stdout, /"slug":"initech"/);
    assert.match(stdout, /REFUSED/);
  });
});
