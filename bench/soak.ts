/**
 * Soak: many users reading and writing against a real `roster serve` for a while, to see that
 * latency, errors and memory stay flat. Every 10 s it prints the window's requests, errors,
 * p50/p99 and the server's RSS and heap (from its own /metrics); at the end, the whole run.
 *
 *   npm run soak                                   # SQLite file, 300 s, 200 users
 *   SOAK_DURATION_S=60 npm run soak -- --engine postgres
 *
 * Settings (environment): SOAK_DURATION_S (300), SOAK_USERS (200), SOAK_RATE (requests a second
 * per user, 4), SOAK_WRITE_SHARE (0.1). The defaults keep every user inside the default rate
 * limits (1200 reads and 120 writes a minute), so a 429 is an error here. PostgreSQL uses
 * ROSTER_TEST_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/postgres) to create a
 * database for the run and drops it after.
 */
import { Agent, request } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadDevIssuer } from '../src/identity/dev-issuer.ts';
import { createTestDatabase, type TestDatabase } from '../test/helpers/databases.ts';
import { runCli } from '../test/helpers/cli.ts';
import { startRoster, type RosterProcess } from './harness.ts';

const durationS = Number(process.env.SOAK_DURATION_S ?? 300);
const users = Number(process.env.SOAK_USERS ?? 200);
const ratePerUser = Number(process.env.SOAK_RATE ?? 4);
const writeShare = Number(process.env.SOAK_WRITE_SHARE ?? 0.1);
const engine = process.argv.includes('--engine') ? process.argv[process.argv.indexOf('--engine') + 1] : 'sqlite';
const WINDOW_S = 10;
const READS = ['/api/users/me', '/api/auth/me', '/api/me/organizations', '/api/v1/me'];

interface Window {
  latenciesMs: number[];
  errors: Map<string, number>;
}
const newWindow = (): Window => ({ latenciesMs: [], errors: new Map() });
let window = newWindow();
const all = newWindow();

const agent = new Agent({ keepAlive: true, maxSockets: 128 });
const dataDir = await mkdtemp(join(tmpdir(), 'roster-soak-'));
let database: TestDatabase | undefined;
let roster: RosterProcess | undefined;
try {
  database = engine === 'postgres' ? await createTestDatabase('postgres') : undefined;
  const env = {
    ROSTER_DATA_DIR: dataDir,
    DATABASE_URL: database?.config.engine === 'postgres' ? database.config.url : `sqlite:${join(dataDir, 'roster.db')}`,
  };
  console.log(
    `soak on ${engine}: ${users} users × ${ratePerUser} req/s (${Math.round(writeShare * 100)}% writes) for ${durationS} s`,
  );
  console.log(
    `load average (1/5/15 min) at the start: ${loadavg()
      .map((value) => value.toFixed(2))
      .join(' / ')}`,
  );
  const seeded = await runCli(['seed-demo'], env);
  if (seeded.code !== 0) throw new Error(`seed-demo failed: ${seeded.stderr}`);
  roster = await startRoster(env, 20_000 + Math.floor(Math.random() * 20_000));
  const issuer = await loadDevIssuer(dataDir);
  const tokens = await Promise.all(
    Array.from({ length: users }, (_, index) =>
      issuer.sign({
        email: `soak-${index}@example.com`,
        name: `Soak User${index}`,
        sessionId: `soak-${index}`,
        expiresInS: durationS + 600,
      }),
    ),
  );
  const base = new URL(roster.url);
  const deadline = Date.now() + durationS * 1000;
  const reporter = setInterval(() => void report(base), WINDOW_S * 1000);
  const startedAt = Date.now();
  await Promise.all(tokens.map((token, index) => drive(base, token, index, deadline)));
  clearInterval(reporter);
  const died = roster.died();
  if (died) throw new Error(died);
  summarize(all, (Date.now() - startedAt) / 1000);
  console.log(
    `load average (1/5/15 min) at the end: ${loadavg()
      .map((value) => value.toFixed(2))
      .join(' / ')}`,
  );
  if (all.errors.size > 0) process.exitCode = 1;
} finally {
  agent.destroy();
  await roster?.stop();
  await database?.drop();
  await rm(dataDir, { recursive: true, force: true });
}

/** One user: a request every 1/rate seconds (spread out at the start), reads and writes mixed. */
async function drive(base: URL, token: string, index: number, deadline: number): Promise<void> {
  const intervalMs = 1000 / ratePerUser;
  await sleep(Math.random() * intervalMs);
  let etag: string | undefined;
  for (let step = 0; Date.now() < deadline; step++) {
    const began = Date.now();
    const write = Math.random() < writeShare;
    const path = write ? '/api/users/me' : READS[step % READS.length]!;
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    let body: string | undefined;
    if (write) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify({ firstName: `Soak${step % 7}`, lastName: `User${index}` });
    } else if (path === '/api/users/me' && etag) {
      headers['if-none-match'] = etag;
    }
    const answer = await send(base, write ? 'PATCH' : 'GET', path, headers, body);
    if (path === '/api/users/me' && answer.etag) etag = answer.etag;
    await sleep(Math.max(0, intervalMs - (Date.now() - began)));
  }
}

function send(
  base: URL,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ etag?: string }> {
  const started = process.hrtime.bigint();
  return new Promise((resolve) => {
    const done = (outcome: string | null, etag?: string) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      for (const target of [window, all]) {
        target.latenciesMs.push(ms);
        if (outcome) target.errors.set(outcome, (target.errors.get(outcome) ?? 0) + 1);
      }
      resolve(etag ? { etag } : {});
    };
    const outgoing = request({ host: base.hostname, port: base.port, method, path, headers, agent }, (response) => {
      response.resume();
      response.on('end', () => {
        const status = response.statusCode ?? 0;
        const ok = (status >= 200 && status < 300) || status === 304;
        done(ok ? null : `${method} ${path} ${status}`, response.headers.etag);
      });
    });
    outgoing.on('error', (error) => done(`${method} ${path} ${error.message}`));
    outgoing.end(body);
  });
}

async function report(base: URL): Promise<void> {
  const current = window;
  window = newWindow();
  const memory = await serverMemory(base);
  const sorted = current.latenciesMs.sort((a, b) => a - b);
  const errors = [...current.errors.values()].reduce((sum, count) => sum + count, 0);
  console.log(
    `[${new Date().toISOString().slice(11, 19)}] ${sorted.length} requests (${Math.round(sorted.length / WINDOW_S)}/s), ${errors} errors, ` +
      `p50 ${percentile(sorted, 0.5).toFixed(1)} ms, p99 ${percentile(sorted, 0.99).toFixed(1)} ms, ${memory}`,
  );
}

async function serverMemory(base: URL): Promise<string> {
  try {
    const text = await (await fetch(new URL('/metrics', base))).text();
    const metric = (name: string) =>
      Number(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'm').exec(text)?.[1] ?? Number.NaN);
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    return `server RSS ${mb(metric('roster_process_resident_memory_bytes'))}, heap used ${mb(metric('roster_nodejs_heap_size_used_bytes'))}`;
  } catch (error) {
    return `server memory unknown (${(error as Error).message})`;
  }
}

function summarize(totals: Window, elapsedS: number): void {
  const sorted = totals.latenciesMs.sort((a, b) => a - b);
  console.log(
    `\nwhole run: ${sorted.length} requests in ${elapsedS.toFixed(0)} s (${Math.round(sorted.length / elapsedS)}/s)`,
  );
  console.log(
    `p50 ${percentile(sorted, 0.5).toFixed(1)} ms, p99 ${percentile(sorted, 0.99).toFixed(1)} ms, max ${(sorted.at(-1) ?? 0).toFixed(1)} ms`,
  );
  if (totals.errors.size === 0) console.log('errors: none');
  for (const [what, count] of totals.errors) console.log(`error: ${what} × ${count}`);
}

function percentile(sorted: number[], fraction: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]!;
}
