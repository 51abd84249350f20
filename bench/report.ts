/**
 * Bench results as JSON (bench/results/<kind>.json, committed: the docs are drawn from them) and
 * docs/performance.md regenerated from whatever results exist, with the SVG chart beside it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { drawChart } from './chart.ts';
import type { Measurement } from './measure.ts';
import { scaleOutSection, whatGrowsSection } from './scale-out-report.ts';

export interface Row extends Measurement {
  runs: number[];
}
export interface EndpointResult extends Row {
  path: string;
}
export interface SignInResult {
  perSecond: number;
  cpuUsPerRequest: number | null;
  p50Ms: number;
  p99Ms: number;
  failures: number;
}
export interface MeResults {
  at: string;
  machine: { cores: number; pinned: boolean; loadAverageAtStart: number[]; loadAverageAtEnd?: number[] };
  options: {
    warmupS: number;
    durationS: number;
    repetitions: number;
    connections: number;
    signIns: number;
    signInConcurrency: number;
  };
  bodyBytes: number;
  yardsticks: (Row & { label: string })[];
  engines: { engine: string; endpoints: EndpointResult[]; signIns: SignInResult }[];
  notRun: string[];
}
export interface ScaleRow {
  users: number;
  seedSeconds: number;
  warm: Row;
  cold: SignInResult & { users: number };
  firstSignIn: SignInResult & { users: number };
}
export interface ScaleResults {
  at: string;
  engine: string;
  loadAverageAtStart: number[];
  sizes: ScaleRow[];
  rss: { distinctUsers: number; seconds: number; rssMbBefore: number | null; rssMbAfter: number | null } | null;
  notRun: string[];
}
/** One window of load on every instance at once: totals over the instances. */
export interface ScaleOutThroughput {
  /** Sum of the instances' average req/s. */
  requestsPerSecond: number;
  /** Every window's total req/s, in order. */
  runs: number[];
  perInstance: number[];
  /** Server CPU (user + system) summed over the instances, per request answered, in µs. */
  cpuUsPerRequest: number | null;
  /** The median of the instances' p50. */
  p50Ms: number;
  /** The worst instance's p99. */
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
  connectionsPerInstance: number;
}
export interface VisibilityResult {
  writes: number;
  /** Instances polled after each write (all but the writer). */
  readersPerWrite: number;
  writeMedianMs: number;
  writeMaxMs: number;
  /** From the PATCH's answer to another instance's answer showing the new value. */
  visibleMedianMs: number;
  visibleP99Ms: number;
  visibleMaxMs: number;
  /** Answers, after the PATCH had returned, that still showed the old value (must be 0). */
  stalePolls: number;
  /** Writes some instance had not shown after 5 s. */
  neverVisible: number;
  /** How far `roster_change_seq` moved meanwhile: one per announced change (one NOTIFY each). */
  announcements: number;
}
export interface InstancesResult {
  count: number;
  /** The median window (by total req/s): the warm path; non2xx and errors over all windows. */
  throughput: ScaleOutThroughput;
  /** All the windows together (a minute): renewals included. */
  steady: { seconds: number; requestsPerSecond: number; cpuUsPerRequest: number | null };
  database: {
    connections: { pool: number; listen: number; total: number };
    sequenceReadsPerSecond: number;
    requestsPerSequenceRead: number | null;
    transactionsPerSecond: number;
    /** Identity-cache misses a second (index scans of identities by issuer and subject). */
    identityLoadsPerSecond: number;
    /** Snapshot loads a second (scans of session_contexts, one per load). */
    snapshotLoadsPerSecond: number;
    /** Changes announced during the measured windows (lastLoginAt bookkeeping of the readers). */
    announcements: number;
    /** CPU of this database's backends per request answered, in µs. */
    cpuUsPerRequest: number | null;
  };
  visibility: { idle: VisibilityResult; underLoad: VisibilityResult } | null;
}
export interface ScaleOutResults {
  at: string;
  machine: { cores: number; pinning: string; loadAverageAtStart: number[]; loadAverageAtEnd?: number[] };
  options: {
    users: number;
    readers: number;
    warmupS: number;
    durationS: number;
    repetitions: number;
    connections: number;
    writes: number;
  };
  seedSeconds: number;
  instances: InstancesResult[];
  memory: {
    users: number;
    bytesPerUser: number;
    userCachesBytesPerUser: number;
    tokenCacheBytesPerUser: number;
    tokenBytes: number;
  } | null;
  /** What the database takes of the announce statement alone, and of its `nextval` without the NOTIFY. */
  announceCeiling: {
    connections: number;
    seconds: number;
    announcementsPerSecond: number;
    nextvalPerSecond: number;
  } | null;
  notRun: string[];
}
/** One profiled window of `npm run bench -- --profile`. */
export interface ProfileRun {
  label: string;
  engine: string;
  /** What the server did while profiled, e.g. `25000 req/s`. */
  rate: string;
  /** Length of the window the samples were kept from. */
  seconds: number;
  /** Non-idle main-thread samples in the window per request served, in µs. */
  sampledUsPerRequest: number;
  totalMs: number;
  functions: { name: string; file: string; selfMs: number; share: number }[];
  files: { file: string; selfMs: number; share: number }[];
}

export interface ProfileResults {
  at: string;
  runs: ProfileRun[];
  notRun: string[];
}

const root = resolve(import.meta.dirname, '..');
const resultsDir = resolve(import.meta.dirname, 'results');

export async function saveResults(kind: 'me' | 'scale' | 'scale-out' | 'profile', results: unknown): Promise<void> {
  await mkdir(resultsDir, { recursive: true });
  await writeFile(resolve(resultsDir, `${kind}.json`), `${JSON.stringify(results, null, 2)}\n`);
}

function read<T>(kind: string): T | null {
  const file = resolve(resultsDir, `${kind}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : null;
}

/** Rewrites docs/performance.md (and docs/performance.svg) from bench/results/*.json. */
export async function writeReport(): Promise<void> {
  const me = read<MeResults>('me');
  const scale = read<ScaleResults>('scale');
  const scaleOut = read<ScaleOutResults>('scale-out');
  const profile = read<ProfileResults>('profile');
  if (me) await writeFile(resolve(root, 'docs/performance.svg'), drawChart(me));
  const parts = [HEADER, METHOD, me ? meSection(me) : '_`npm run bench` has not been run yet._\n'];
  parts.push(scale ? scaleSection(scale) : '## Flat with size\n\n_`npm run bench -- --scale` has not been run yet._\n');
  parts.push(
    scaleOut ? scaleOutSection(scaleOut) : '## Scale-out\n\n_`npm run bench -- --scale-out` has not been run yet._\n',
  );
  parts.push(whatGrowsSection(scaleOut, scale));
  parts.push(
    profile
      ? profileSection(profile)
      : '## Where the time goes\n\n_`npm run bench -- --profile` has not been run yet._\n',
  );
  parts.push(REPRODUCE);
  await writeFile(resolve(root, 'docs/performance.md'), parts.join('\n'));
}

const HEADER = `# Performance

_This file is generated by \`npm run bench\` (bench/report.ts) from bench/results/*.json; edit those
scripts, not this file._
`;

const METHOD = `## Method

- A real \`roster serve\` in a child process: \`NODE_ENV=production\`, \`LOG_LEVEL=warn\`, rate
  limits off (\`ROSTER_RATE_LIMIT_*=0\`), trusting a real ES256 issuer on loopback, on a fresh
  database filled by \`roster seed-scale --users 1000\` (SQLite file, or a PostgreSQL database made
  for the run and dropped after).
- With two or more cores the server (and each yardstick) is pinned to core 0 with \`taskset\` and
  the load generator (autocannon, in the bench process) to core 1.
- Yardsticks, in the same run, on the same core: a plain \`node:http\` server answering a fixed
  body of the same bytes as Roster's \`/api/users/me\` answer (the ceiling for Node), and a Fastify 5
  server answering the same body through a response schema (what a framework route costs).
- Each line: a warm-up, then the median (by req/s) of N measured windows, 50 connections, one
  signed-in user (seeded user 1: two memberships, a resource grant) whose snapshot is cached after
  the first request — the warm path. The ratio to node:http is the figure that travels between
  machines; absolute numbers move with the machine and its load.
- Server CPU per request: the server's utime + stime from \`/proc/<pid>/stat\` over the measured
  window, divided by the requests answered (10 ms clock ticks, so ±1 tick over the window).
- First sign-ins: N users Roster has never seen, 50 at a time, each one request
  (\`GET /api/users/me\`) with its own new token — tokens are signed beforehand, so signing is not
  counted; each request verifies a signature and provisions a user. Before them, 500 other new
  users sign in unmeasured: the warm-up of this path, as the endpoints have theirs (a fresh
  process runs its first few hundred sign-ins at two thirds of the later rate while it compiles).
  The client's own CPU per sign-in (Node's \`fetch\`, about 0.8 ms) shares the machine and is
  printed beside the server's.
`;

function meSection(me: MeResults): string {
  const ceiling = me.yardsticks[0]?.requestsPerSecond ?? 0;
  const ratio = (rps: number) => (ceiling ? (rps / ceiling).toFixed(3) : '—');
  const cpu = (value: number | null) => (value === null ? '—' : `${value}`);
  // The same comparison by CPU spent per request: steadier than req/s when other jobs share the cores.
  const ceilingCpu = me.yardsticks[0]?.cpuUsPerRequest ?? null;
  const cpuRatio = (value: number | null) => (value && ceilingCpu ? (ceilingCpu / value).toFixed(3) : '—');
  const lines = [
    '## Throughput of the /me family',
    '',
    `Run at ${me.at}: ${me.machine.cores} cores, pinned: ${me.machine.pinned ? 'yes' : 'no'}; ` +
      `${me.options.warmupS} s warm-up + ${me.options.durationS} s measured, median of ${me.options.repetitions}, ` +
      `${me.options.connections} connections; body ${me.bodyBytes} bytes. Load average ` +
      `${fmtLoad(me.machine.loadAverageAtStart)} at the start, ` +
      `${fmtLoad(me.machine.loadAverageAtEnd ?? [])} at the end ` +
      '(other jobs share the machine: read the ratios, not the absolute figures). "CPU ratio" is node:http\'s CPU ' +
      "per request divided by the line's: the share of the ceiling by CPU spent, steadier than req/s when the " +
      "machine is loaded (each line's repetitions are in bench/results/me.json).",
    '',
    '| server | req/s | ratio to node:http | CPU µs/request | CPU ratio to node:http | p50 ms | p99 ms |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...me.yardsticks.map(
      (row) =>
        `| ${row.label} | ${row.requestsPerSecond} | ${ratio(row.requestsPerSecond)} | ` +
        `${cpu(row.cpuUsPerRequest)} | ${cpuRatio(row.cpuUsPerRequest)} | ${row.p50Ms} | ${row.p99Ms} |`,
    ),
    ...me.engines.flatMap((engine) =>
      engine.endpoints.map(
        (row) =>
          `| Roster ${engineName(engine.engine)} \`GET ${row.path}\` | ${row.requestsPerSecond} | ` +
          `${ratio(row.requestsPerSecond)} | ${cpu(row.cpuUsPerRequest)} | ${cpuRatio(row.cpuUsPerRequest)} | ` +
          `${row.p50Ms} | ${row.p99Ms} |`,
      ),
    ),
    '',
    `| first sign-ins (${me.options.signIns} new users, ${me.options.signInConcurrency} at a time) ` +
      '| per second | CPU µs each | p50 ms | p99 ms | failed |',
    '|---|---:|---:|---:|---:|---:|',
    ...me.engines.map(
      (engine) =>
        `| ${engineName(engine.engine)} | ${engine.signIns.perSecond} | ${cpu(engine.signIns.cpuUsPerRequest)} | ` +
        `${engine.signIns.p50Ms} | ${engine.signIns.p99Ms} | ${engine.signIns.failures} |`,
    ),
    '',
    ...(me.notRun.length > 0 ? [`Not run: ${me.notRun.join('; ')}.`, ''] : []),
    '![req/s and server CPU per request, per endpoint, beside the yardsticks](performance.svg)',
    '',
  ];
  return lines.join('\n');
}

function scaleSection(scale: ScaleResults): string {
  const lines = [
    '## Flat with size',
    '',
    `Run at ${scale.at} on ${engineName(scale.engine)}, ` +
      `load average ${fmtLoad(scale.loadAverageAtStart)} at the start. ` +
      'Each size is a fresh database seeded by `roster seed-scale` (1 organization per 100 users, 1–3 memberships ' +
      'each, 3 users in 10 a resource grant). Warm: one user, autocannon as above. Cold: distinct seeded users each ' +
      'requested once, 50 at a time, on a server that has not seen them (token verification, identity lookup and ' +
      'snapshot load each time). Before the cold users, 500 new users sign in unmeasured (they run ' +
      'the same cold path, so it is compiled). First sign-in: new users, as above.',
    '',
    '| users | seed time | warm req/s | warm CPU µs/req | cold req/s | cold CPU µs/req | cold p99 ms ' +
      '| first sign-ins/s | sign-in p99 ms |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...scale.sizes.map(
      (row) =>
        `| ${row.users.toLocaleString('en')} | ${row.seedSeconds.toFixed(1)} s | ${row.warm.requestsPerSecond} | ` +
        `${row.warm.cpuUsPerRequest ?? '—'} | ${row.cold.perSecond} | ` +
        `${row.cold.cpuUsPerRequest ?? '—'} | ${row.cold.p99Ms} | ` +
        `${row.firstSignIn.perSecond} | ${row.firstSignIn.p99Ms} |`,
    ),
    '',
  ];
  lines.push(
    'Read CPU µs per request beside req/s: when other jobs load the machine, req/s and p99 swing far more than ' +
      'the CPU the server spends per request.',
    '',
  );
  if (scale.sizes.length > 1) {
    const first = scale.sizes[0]!;
    const spread = (pick: (row: ScaleRow) => number) => {
      const values = scale.sizes.map(pick);
      return `${(((Math.max(...values) - Math.min(...values)) / Math.max(...values)) * 100).toFixed(0)} %`;
    };
    lines.push(
      `Spread between the sizes (max − min) / max: warm ${spread((row) => row.warm.requestsPerSecond)}, ` +
        `cold ${spread((row) => row.cold.perSecond)}, first sign-in ${spread((row) => row.firstSignIn.perSecond)} ` +
        `(smallest size ${first.users.toLocaleString('en')}).`,
      '',
    );
  }
  if (scale.rss) {
    lines.push(
      `RSS: ${fmtMb(scale.rss.rssMbBefore)} before and ${fmtMb(scale.rss.rssMbAfter)} after serving ` +
        `${scale.rss.distinctUsers.toLocaleString('en')} more distinct users in ${scale.rss.seconds.toFixed(0)} s ` +
        '(on the largest database, after its cold and first-sign-in users above).',
      '',
    );
  }
  lines.push(
    '`roster seed-scale` ends with `ANALYZE`. Without it PostgreSQL planned the snapshot queries on the freshly ' +
      'loaded tables as if they were empty — a sequential scan of `membership_roles` per cold request, 186 ms at ' +
      '100k users — and cold `/me` fell from 86/s at 1k users to 20/s at 100k on this machine. A real bulk import ' +
      'needs the same (autovacuum analyzes eventually, not at once).',
    '',
  );
  if (scale.notRun.length > 0) lines.push(`Not run: ${scale.notRun.join('; ')}.`, '');
  return lines.join('\n');
}

function profileSection(profile: ProfileResults): string {
  const lines = [
    '## Where the time goes',
    '',
    `\`node --cpu-prof\` of \`roster serve\`, recorded ${profile.at} and summarised by \`bench/profile-summary.ts\`. ` +
      'Only the samples inside the measured window count (start-up, seeding and warm-up are left out), and ' +
      'idle time is left out. `(V8 / native)` is time outside JavaScript: `writev` (the socket writes), the ' +
      'garbage collector, `(program)`. Line numbers of our own files are omitted: tsx compiles each module onto ' +
      'few lines. The server runs pinned to one core as in the table above, and the profiler itself slows it.',
    '',
  ];
  for (const run of profile.runs) {
    lines.push(
      `### ${run.label}, ${engineName(run.engine)}`,
      '',
      `${run.rate} while profiled; ${run.seconds} s window, ${(run.totalMs / 1000).toFixed(1)} s of samples, ` +
        `${run.sampledUsPerRequest} µs of main-thread samples per request.`,
      '',
      '| function | file | self ms | share |',
      '|---|---|---:|---:|',
      ...run.functions.map((row) => `| \`${row.name}\` | ${row.file} | ${row.selfMs.toFixed(0)} | ${pct(row.share)} |`),
      '',
      '| file | self ms | share |',
      '|---|---:|---:|',
      ...run.files.map((row) => `| ${row.file} | ${row.selfMs.toFixed(0)} | ${pct(row.share)} |`),
      '',
    );
  }
  if (profile.notRun.length > 0) lines.push(`Not run: ${profile.notRun.join('; ')}.`, '');
  return lines.join('\n');
}

const REPRODUCE = `## How to reproduce

\`\`\`sh
npm ci
npm run bench                       # SQLite, and PostgreSQL at ROSTER_TEST_POSTGRES_URL when it answers
npm run bench -- --quick            # 1 × (1 s + 3 s) per line
npm run bench -- --engine sqlite --warmup 3 --duration 10 --reps 3 --connections 50 --sign-ins 2000
npm run bench -- --scale --sizes 1000,100000,1000000 --distinct 100000   # PostgreSQL
npm run bench -- --scale-out --users 10000 --readers 1000 --instances 1,2,3 --writes 200   # PostgreSQL
npm run bench -- --profile          # warm /api/users/me (SQLite) and first sign-ins (both engines) profiled
node --import tsx bench/profile-summary.ts <file.cpuprofile>              # summarise any profile
roster seed-scale --users 100000    # the seeding command on its own (DATABASE_URL, AUTH_ISSUER)
\`\`\`

Each mode writes bench/results/<mode>.json and regenerates this file from all of them. On a machine
with fewer than two cores nothing is pinned and client and server compete for the core.
`;

function engineName(engine: string): string {
  return engine === 'postgres' ? 'PostgreSQL' : 'SQLite';
}
function fmtLoad(values: number[]): string {
  return values.length === 0 ? '—' : values.map((value) => value.toFixed(2)).join(' / ');
}
function fmtMb(value: number | null): string {
  return value === null ? '—' : `${value.toFixed(0)} MB`;
}
function pct(value: number): string {
  return `${(value * 100).toFixed(1)} %`;
}
