/**
 * Throughput of the /me family against a real `roster serve` (SQLite file, dev issuer, demo
 * data), beside a plain node:http server answering /api/users/me's own body: the yardstick.
 * Reported as a ratio, so the figure means the same on any machine.
 *
 *   npm run bench                      # 10 s per endpoint
 *   BENCH_DURATION_S=30 npm run bench
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/roster_bench npm run bench
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDevIssuer } from '../src/identity/dev-issuer.ts';
import { runCli } from '../test/helpers/cli.ts';
import { load, startRoster, startYardstick, type LoadResult, type RosterProcess } from './harness.ts';

const durationS = Number(process.env.BENCH_DURATION_S ?? 10);
const endpoints = [
  '/api/users/me',
  '/api/auth/me',
  '/api/me/organizations',
  '/api/me/current-organization',
  '/api/v1/me',
  '/api/v1/me?include=memberships.organization,memberships.roles.permissions,roles.permissions',
];

const dataDir = await mkdtemp(join(tmpdir(), 'roster-bench-'));
const env = {
  ROSTER_DATA_DIR: dataDir,
  DATABASE_URL: process.env.BENCH_DATABASE_URL ?? `sqlite:${join(dataDir, 'roster.db')}`,
  // One user at thousands of requests a second: far past a person's read limit, which is not what is measured.
  ROSTER_RATE_LIMIT_READS: '0',
};
let roster: RosterProcess | undefined;
try {
  console.log(`load average (1/5/15 min) at the start: ${loadavg().map((value) => value.toFixed(2)).join(' / ')}`);
  console.log(`[1/4] seeding demo data into ${env.DATABASE_URL.replace(/\/\/[^@]*@/, '//…@')}`);
  const seeded = await runCli(['seed-demo'], env);
  if (seeded.code !== 0) throw new Error(`seed-demo failed: ${seeded.stderr}`);

  console.log('[2/4] starting roster serve');
  roster = await startRoster(env, 20_000 + Math.floor(Math.random() * 20_000));
  const issuer = await loadDevIssuer(dataDir);
  const token = await issuer.sign({ email: 'alice@example.com', name: 'Alice Doe', sessionId: 'bench', expiresInS: 3600 });
  const headers = { authorization: `Bearer ${token}` };
  const first = await fetch(`${roster.url}/api/users/me`, { headers });
  if (!first.ok) throw new Error(`first sign-in failed: ${first.status} ${await first.text()}`);
  const body = await first.text();

  console.log('[3/4] yardstick: node:http answering the same body');
  const yardstick = await startYardstick(body);
  const baseline = await load('node:http fixed body', yardstick.url, {}, durationS);
  await yardstick.close();

  console.log('[4/4] roster');
  const results: LoadResult[] = [];
  for (const path of endpoints) {
    results.push(await load(`GET ${path}`, `${roster.url}${path}`, headers, durationS));
    const died = roster.died();
    if (died) throw new Error(`the server died during GET ${path}:\n${died}`);
  }

  console.log(`\nload average (1/5/15 min) at the end: ${loadavg().map((value) => value.toFixed(2)).join(' / ')}`);
  console.log(`\n| endpoint | req/s | p50 ms | p99 ms | vs node:http (${baseline.requestsPerSecond} req/s) |`);
  console.log('|---|---|---|---|---|');
  for (const result of results) {
    const ratio = (result.requestsPerSecond / baseline.requestsPerSecond).toFixed(2);
    console.log(`| ${result.label} | ${result.requestsPerSecond} | ${result.p50Ms} | ${result.p99Ms} | ${ratio} |`);
  }
  if (results.some((result) => result.non2xx > 0)) {
    console.error('\nsome requests were not 2xx: the figures above are not valid');
    process.exitCode = 1;
  }
} finally {
  await roster?.stop();
  await rm(dataDir, { recursive: true, force: true });
}
