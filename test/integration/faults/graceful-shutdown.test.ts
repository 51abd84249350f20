import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { Agent, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, test } from 'node:test';
import { loadDevIssuer } from '../../../src/identity/dev-issuer.ts';

const BIN = resolve(import.meta.dirname, '../../../bin/roster.js');

interface Outcome {
  status?: number;
  error?: string;
}

/** One GET over `agent` (keep-alive), reporting a status or the socket error. */
function get(port: number, path: string, agent: Agent | false, token?: string): Promise<Outcome> {
  return new Promise((done) => {
    const request = httpRequest(
      { host: '127.0.0.1', port, path, agent, headers: token ? { authorization: `Bearer ${token}` } : {} },
      (response) => {
        response.resume();
        response.on('end', () => done({ status: response.statusCode ?? 0 }));
        response.on('error', (error: NodeJS.ErrnoException) => done({ error: error.code ?? error.message }));
      },
    );
    request.on('error', (error: NodeJS.ErrnoException) => done({ error: error.code ?? error.message }));
    request.end();
  });
}

/** The same over fetch (undici's own keep-alive pool). */
async function fetchGet(port: number, path: string, token: string): Promise<Outcome> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, { headers: { authorization: `Bearer ${token}` } });
    await response.arrayBuffer();
    return { status: response.status };
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { error: cause?.code ?? cause?.message ?? String(error) };
  }
}

async function waitForHealth(port: number): Promise<void> {
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; await sleep(100)) {
    if ((await get(port, '/healthz', false)).status === 200) return;
  }
  throw new Error('server did not become healthy');
}

describe('SIGTERM under load (a real `roster serve`)', () => {
  let dataDir: string;
  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'roster-shutdown-'));
  });
  after(() => rm(dataDir, { recursive: true, force: true }));

  test('/readyz turns 503 at once, requests in flight finish, no request meets a reset, exit 0', async (t) => {
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const env = {
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      ROSTER_DATA_DIR: dataDir,
      DATABASE_URL: `sqlite:${join(dataDir, 'roster.db')}`,
      LOG_LEVEL: 'warn',
      ROSTER_RATE_LIMIT_READS: '0',
      ROSTER_RATE_LIMIT_WRITES: '0',
      ROSTER_RATE_LIMIT_ANONYMOUS: '0',
    };
    const child = spawn(process.execPath, [BIN, 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const exited = once(child, 'exit');
    await waitForHealth(port);
    const token = await (await loadDevIssuer(dataDir)).sign({ email: 'load@example.com' });
    assert.equal((await get(port, '/api/users/me', false, token)).status, 200);

    const agent = new Agent({ keepAlive: true, maxSockets: 16 });
    const outcomes: Outcome[] = [];
    let refused = false;
    const workers = Array.from({ length: 20 }, async (_, worker) => {
      // Until the server stops listening: a refused connection is the clean end, anything else is a failure.
      while (!refused) {
        const outcome =
          worker < 16 ? await get(port, '/api/users/me', agent, token) : await fetchGet(port, '/api/users/me', token);
        if (outcome.error === 'ECONNREFUSED') refused = true;
        else outcomes.push(outcome);
      }
    });
    await sleep(500);
    const signalledAt = Date.now();
    child.kill('SIGTERM');
    await sleep(50);
    const ready = await get(port, '/readyz', false);
    await Promise.all(workers);
    const [code] = await exited;
    agent.destroy();
    t.diagnostic(`${outcomes.length} requests; exit ${code} ${Date.now() - signalledAt} ms after SIGTERM`);

    assert.equal(ready.status, 503, `/readyz after SIGTERM: ${JSON.stringify(ready)}`);
    const failures = outcomes.filter(({ error, status }) => error !== undefined || (status !== 200 && status !== 503));
    assert.deepEqual(failures, [], 'no request was reset or failed');
    assert.ok(outcomes.filter((outcome) => outcome.status === 200).length > 50, 'the load was real');
    assert.equal(code, 0, output);
  });
});
