/**
 * The two timing rules of the front door, measured rather than asserted:
 *
 * 1. The JSON depth check decides a body of any depth in well under a millisecond: it is timed
 *    in-process on the worst 64 KiB bodies (30,000 levels, long and escape-heavy strings, many
 *    small values, one just at the limit), beside JSON.parse of the same text.
 * 2. A flood of forged tokens from one address does not raise valid users' p99 more than 2×: a
 *    real `roster serve` (SQLite file, dev issuer) answers one user's reads at a fixed rate, alone
 *    and then beside a flood of forged-signature tokens at full speed — with the anonymous limit
 *    (the default, 300 a minute) and, for comparison, without it. Each server is warmed up first.
 *
 *   node --import tsx bench/front-door.bench.ts          # 10 s per load phase
 *   BENCH_DURATION_S=20 node --import tsx bench/front-door.bench.ts
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { generateKeyPair, SignJWT } from 'jose';
import { nestsDeeperThan } from '../src/http/json-body-parser.ts';
import { loadDevIssuer } from '../src/identity/dev-issuer.ts';
import { startRoster } from './harness.ts';

const durationS = Number(process.env.BENCH_DURATION_S ?? 10);
const VALID_RATE = 500;

console.log(
  `load average (1/5/15 min) at the start: ${loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ')}`,
);
depthCheck();
await flood();
console.log(
  `\nload average (1/5/15 min) at the end: ${loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ')}`,
);

function depthCheck(): void {
  const limit = 64 * 1024;
  const bodies: Record<string, string> = {
    '30,000 levels of [': `${'['.repeat(30_000)}1${']'.repeat(30_000)}`,
    '10,000 levels of {"a":': `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`,
    'one 64 KiB string': JSON.stringify({ text: 'x'.repeat(limit - 20) }),
    '64 KiB of escaped quotes': JSON.stringify({ text: '\\"'.repeat((limit - 20) / 4) }),
    '6,000 short strings': JSON.stringify(Array.from({ length: 6_000 }, (_, index) => `s${index}`)),
    '2,000 small objects': JSON.stringify(Array.from({ length: 2_000 }, (_, index) => ({ a: index, b: 'x' }))),
    '32 levels, then 64 KiB': `${'['.repeat(32)}${JSON.stringify('y'.repeat(limit - 80))}${']'.repeat(32)}`,
  };
  console.log(
    '\n[1/2] JSON depth check (one pass over the text, before JSON.parse), beside JSON.parse of the same text',
  );
  console.log('| body | bytes | refused | scan p50 µs | scan p99 µs | JSON.parse p50 µs |');
  console.log('|---|---|---|---|---|---|');
  for (const [label, body] of Object.entries(bodies)) {
    const refused = nestsDeeperThan(body, 32);
    const scan = timings(() => nestsDeeperThan(body, 32));
    const parse = refused ? null : timings(() => JSON.parse(body));
    const parsed = parse === null ? '—' : parse.p50.toFixed(1);
    console.log(
      `| ${label} | ${body.length} | ${refused} | ${scan.p50.toFixed(1)} | ${scan.p99.toFixed(1)} | ${parsed} |`,
    );
  }
}

function timings(work: () => unknown): { p50: number; p99: number } {
  for (let round = 0; round < 200; round++) work();
  const samples: number[] = [];
  for (let round = 0; round < 2_000; round++) {
    const start = performance.now();
    work();
    samples.push((performance.now() - start) * 1000);
  }
  samples.sort((a, b) => a - b);
  return { p50: samples[1_000]!, p99: samples[1_980]! };
}

async function flood(): Promise<void> {
  console.log(`\n[2/2] valid reads at ${VALID_RATE} req/s beside a forged-token flood (${durationS} s per phase)`);
  const rows: string[] = [];
  for (const anonymousLimit of ['300', '0']) {
    const dataDir = await mkdtemp(join(tmpdir(), 'roster-front-door-bench-'));
    const env = {
      ROSTER_DATA_DIR: dataDir,
      DATABASE_URL: `sqlite:${join(dataDir, 'roster.db')}`,
      // One user drives the valid load, far over a person's 1200 reads a minute: not what is measured here.
      ROSTER_RATE_LIMIT_READS: '0',
      ROSTER_RATE_LIMIT_ANONYMOUS: anonymousLimit,
    };
    const roster = await startRoster(env, 20_000 + Math.floor(Math.random() * 20_000));
    try {
      const issuer = await loadDevIssuer(dataDir);
      const valid = await issuer.sign({
        email: 'bench@example.com',
        name: 'Bench User',
        sessionId: 'bench',
        expiresInS: 3600,
      });
      const first = await fetch(`${roster.url}/api/users/me`, { headers: { authorization: `Bearer ${valid}` } });
      if (!first.ok) throw new Error(`sign-in failed: ${first.status}`);
      const forged = await forgedToken(issuer.jwks.keys[0] as { kid: string; alg: string });
      const url = `${roster.url}/api/users/me`;
      await run(url, valid, { connections: 10, overallRate: VALID_RATE }, 3);
      // Alone before and after the flood: on a shared machine the spread between the two is the noise.
      const before = await run(url, valid, { connections: 10, overallRate: VALID_RATE });
      const [beside, flooded] = await Promise.all([
        run(url, valid, { connections: 10, overallRate: VALID_RATE }),
        run(url, forged, { connections: 10 }),
      ]);
      const afterwards = await run(url, valid, { connections: 10, overallRate: VALID_RATE });
      const died = roster.died();
      if (died) throw new Error(died);
      const label = anonymousLimit === '0' ? 'anonymous limit off' : `anonymous limit ${anonymousLimit}/min`;
      const aloneP99 = Math.max(1, Math.min(before.p99, afterwards.p99));
      rows.push(
        `| ${label} | ${before.p50} / ${before.p99} | ${afterwards.p50} / ${afterwards.p99} | ` +
          `${beside.p50} / ${beside.p99} | ${(beside.p99 / aloneP99).toFixed(2)}× | ` +
          `${flooded.rps} (${flooded.statuses}) | ${before.errors + beside.errors + afterwards.errors} |`,
      );
    } finally {
      await roster.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  }
  console.log(
    '| server | valid alone before, p50 / p99 ms | alone after | during the flood | p99 ratio (to the lower alone) | ' +
      'flood req/s (statuses) | valid non-2xx |',
  );
  console.log('|---|---|---|---|---|---|---|');
  for (const row of rows) console.log(row);
}

// A token with the dev issuer's kid and algorithm but another key's signature: each costs a signature check to refuse.
async function forgedToken(key: { kid: string; alg: string }): Promise<string> {
  const { privateKey } = await generateKeyPair(key.alg);
  return new SignJWT({ sub: 'forger', iss: 'urn:roster:dev-issuer' })
    .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: 'JWT' })
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(privateKey);
}

interface Run {
  p50: number;
  p99: number;
  rps: number;
  errors: number;
  statuses: string;
}

async function run(
  url: string,
  token: string,
  options: { connections: number; overallRate?: number },
  seconds = durationS,
): Promise<Run> {
  const headers = { authorization: `Bearer ${token}` };
  const result = await autocannon({ url, headers, duration: seconds, pipelining: 1, ...options });
  const statuses = Object.entries(result.statusCodeStats ?? {})
    .map(([status, { count }]) => `${status}: ${count}`)
    .join(', ');
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: Math.round(result.requests.average),
    errors: result.non2xx + result.errors,
    statuses,
  };
}
