/**
 * `npm run bench -- --scale-out`: one PostgreSQL database seeded by `roster seed-scale`, then 1, 2
 * and 3 real `roster serve` instances on it. For each count: the combined warm throughput of
 * `GET /api/users/me` spread over the instances (one autocannon per instance at once, many users),
 * the servers' and the database's CPU per request, the connections, the sequence reads and the
 * announcements the database served meanwhile; then write-to-visible: a PATCH through one
 * instance, polled through every other with the same user's token, idle and under that load.
 * Last, in this process, the heap a cached user costs.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import pg from 'pg';
import type { RosterProcess } from './harness.ts';
import { startRoster } from './harness.ts';
import { cpuMicros, oncePerToken, type LoadOptions } from './measure.ts';
import { measureAnnounceCeiling } from './announce-ceiling.ts';
import { measureCachedUserMemory } from './cached-user-memory.ts';
import {
  saveResults,
  writeReport,
  type InstancesResult,
  type ScaleOutResults,
  type ScaleOutThroughput,
  type VisibilityResult,
} from './report.ts';
import { postgresReachable, randomPort, seedBenchDatabase, type BenchDatabase } from './roster-under-test.ts';

/** The user every write is made as; the readers of the load are users 2, 3, … */
const WRITER = 1;
/** Longer than PostgreSQL's idle statistics flush (PGSTAT_IDLE_INTERVAL, 10 s): counters read after it are complete. */
const STATS_SETTLE_MS = 11_000;
/** A write not visible after this long counts as never visible. */
const GIVE_UP_MS = 5_000;
/** The measured span: a minute holds one renewal of every user's cache entries and lastLoginAt. */
const STEADY_S = 60;
/** Clients sending announcements at once when the database's ceiling is measured. */
const CEILING_CONNECTIONS = 8;

export interface ScaleOutOptions {
  /** Where servers and the load generator run; null when not pinned. */
  cores: { server: number; client: number } | null;
  machineCores: number;
  load: LoadOptions;
  users: number;
  readers: number;
  instances: number[];
  writes: number;
  memoryUsers: number;
}

export async function runScaleOut(options: ScaleOutOptions): Promise<void> {
  if (!(await postgresReachable())) throw new Error('--scale-out needs PostgreSQL (ROSTER_TEST_POSTGRES_URL)');
  const { load, cores } = options;
  const readers = Math.min(options.readers, options.users - 1);
  const pinning = cores
    ? `every roster serve on core ${cores.server}, the load generator (this process) on core ${cores.client}`
    : 'none (fewer than two cores, or no taskset)';
  console.log(
    `${options.machineCores} cores; pinning: ${pinning}. With two cores, pinning cannot give each instance a ` +
      'core of its own: the instances share one, so the combined figures show what scale-out costs, not what ' +
      'more machines would add. PostgreSQL is not pinned.',
  );
  const results: ScaleOutResults = {
    at: new Date().toISOString(),
    machine: { cores: options.machineCores, pinning, loadAverageAtStart: loadavg() },
    options: {
      users: options.users,
      readers,
      warmupS: load.warmupS,
      durationS: load.durationS,
      repetitions: load.repetitions,
      connections: load.connections,
      writes: options.writes,
    },
    seedSeconds: 0,
    instances: [],
    memory: null,
    announceCeiling: null,
    notRun: [],
  };
  console.log(`\nseeding ${options.users.toLocaleString('en')} users on PostgreSQL…`);
  const seeded = await seedBenchDatabase('postgres', { users: options.users });
  results.seedSeconds = seeded.seedSeconds;
  console.log(`  seeded in ${seeded.seedSeconds.toFixed(1)} s`);
  const stats = new pg.Client({ connectionString: seeded.env.DATABASE_URL! });
  await stats.connect();
  try {
    const readerTokens = await Promise.all(Array.from({ length: readers }, (_, index) => seeded.tokenOf(2 + index)));
    const writerToken = await seeded.tokenOf(WRITER);
    for (const count of options.instances) {
      console.log(`\n[${count} instance${count === 1 ? '' : 's'}]`);
      results.instances.push(await runInstances(count, seeded, stats, readerTokens, writerToken, options));
    }
    console.log(`\nheap per cached user (${options.memoryUsers} users, in this process)…`);
    results.memory = await measureCachedUserMemory(seeded, 2 + readers, options.memoryUsers);
    console.log(
      `  ${results.memory.bytesPerUser} bytes per user (${results.memory.userCachesBytesPerUser} in the identity ` +
        `and snapshot caches, ${results.memory.tokenCacheBytesPerUser} in the verified-token cache)`,
    );
    results.announceCeiling = await measureAnnounceCeiling(seeded.env.DATABASE_URL!, CEILING_CONNECTIONS, 3);
    console.log(
      `\nannouncements the database takes (${CEILING_CONNECTIONS} clients): ` +
        `${results.announceCeiling.announcementsPerSecond}/s; nextval alone ${results.announceCeiling.nextvalPerSecond}/s`,
    );
  } finally {
    await stats.end();
    await seeded.close();
  }
  results.machine.loadAverageAtEnd = loadavg();
  await saveResults('scale-out', results);
  await writeReport();
  console.log('\nwrote bench/results/scale-out.json and docs/performance.md');
  const stale = results.instances.flatMap((row) => [row.visibility?.idle, row.visibility?.underLoad]);
  if (stale.some((run) => run && (run.stalePolls > 0 || run.neverVisible > 0))) {
    console.error(
      '\n!!! A WRITE WAS NOT VISIBLE ON THE VERY NEXT REQUEST OF ANOTHER INSTANCE: see stalePolls above !!!',
    );
    process.exitCode = 1;
  }
  if (results.instances.some((row) => row.throughput.non2xx > 0 || row.throughput.errors > 0)) {
    console.error('some requests failed: the figures are not valid');
    process.exitCode = 1;
  }
}

async function runInstances(
  count: number,
  seeded: BenchDatabase,
  stats: pg.Client,
  readerTokens: string[],
  writerToken: string,
  options: ScaleOutOptions,
): Promise<InstancesResult> {
  const { load } = options;
  const firstPort = randomPort();
  const servers: RosterProcess[] = [];
  try {
    for (let index = 0; index < count; index++) {
      servers.push(await startRoster(seeded.env, firstPort + index, { core: options.cores?.server ?? null }));
    }
    // Every instance serves every user, as behind a round-robin balancer: load each one's caches first.
    for (const server of servers) {
      const primed = await oncePerToken(`${server.url}/api/users/me`, [...readerTokens, writerToken], server.pid, 50);
      if (primed.failures > 0) throw new Error(`${primed.failures} first requests failed on ${server.url}`);
    }
    const perInstance = Math.ceil(load.connections / count);
    const { throughput, steady, database } = await measureThroughput(servers, stats, readerTokens, load, perInstance);
    let visibility: InstancesResult['visibility'] = null;
    if (count > 1) {
      const idle = await writeToVisible(servers, writerToken, options.writes, stats, 'idle');
      const background = servers.map((server, position) =>
        startLoad(server, rotate(readerTokens, position), 3600, perInstance),
      );
      let underLoad: VisibilityResult;
      try {
        underLoad = await writeToVisible(servers, writerToken, options.writes, stats, 'under load');
      } finally {
        for (const run of background) run.stop();
        await Promise.all(background);
      }
      assertAlive(servers);
      visibility = { idle, underLoad };
    }
    return { count, throughput, steady, database, visibility };
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
}

/**
 * Warm-up, then back-to-back windows covering a minute: the median window is the warm path, the
 * whole minute the steady state — each user's cache entries live 60 s and its lastLoginAt is due
 * every minute, so a minute holds one renewal per user.
 */
async function measureThroughput(
  servers: RosterProcess[],
  stats: pg.Client,
  tokens: string[],
  load: LoadOptions,
  connections: number,
): Promise<Pick<InstancesResult, 'throughput' | 'steady' | 'database'>> {
  await concurrentLoad(servers, tokens, load.warmupS, connections);
  await sleep(STATS_SETTLE_MS);
  const before = await databaseCounters(stats);
  const windows: Window[] = [];
  const count = Math.max(load.repetitions, Math.ceil(STEADY_S / load.durationS));
  for (let repetition = 0; repetition < count; repetition++) {
    windows.push(await concurrentLoad(servers, tokens, load.durationS, connections));
    assertAlive(servers);
  }
  const connectionsUsed = await connectionCounts(stats);
  await sleep(STATS_SETTLE_MS);
  const after = await databaseCounters(stats);
  const requests = windows.reduce((sum, run) => sum + run.requests, 0);
  const seconds = count * load.durationS;
  const sorted = [...windows].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
  const { cpuUs: _cpu, ...median } = sorted[Math.floor((sorted.length - 1) / 2)]!;
  const throughput: ScaleOutThroughput = {
    ...median,
    runs: windows.map((run) => run.requestsPerSecond),
    non2xx: windows.reduce((sum, run) => sum + run.non2xx, 0),
    errors: windows.reduce((sum, run) => sum + run.errors, 0),
  };
  const cpuUs = windows.every((run) => run.cpuUs !== null) ? windows.reduce((sum, run) => sum + run.cpuUs!, 0) : null;
  const steady = {
    seconds,
    requestsPerSecond: Math.round(requests / seconds),
    cpuUsPerRequest: cpuUs === null || requests === 0 ? null : Math.round(cpuUs / requests),
  };
  const perSecond = (delta: number) => Math.round(delta / seconds);
  const sequenceReads = after.sequenceReads - before.sequenceReads;
  const database = {
    connections: connectionsUsed,
    sequenceReadsPerSecond: perSecond(sequenceReads),
    requestsPerSequenceRead: sequenceReads > 0 ? Math.round((requests / sequenceReads) * 10) / 10 : null,
    transactionsPerSecond: perSecond(after.commits - before.commits),
    identityLoadsPerSecond: perSecond(after.identityLoads - before.identityLoads),
    snapshotLoadsPerSecond: perSecond(after.snapshotLoads - before.snapshotLoads),
    announcements: after.sequence - before.sequence,
    cpuUsPerRequest:
      after.backendCpuUs === null || before.backendCpuUs === null
        ? null
        : Math.round(backendCpuDelta(before.backendCpuUs, after.backendCpuUs) / requests),
  };
  console.log(
    `  warm (median ${load.durationS}-s window): ${throughput.requestsPerSecond} req/s over ${servers.length} ` +
      `(per instance ${throughput.perInstance.join(' / ')}), ${throughput.cpuUsPerRequest} µs server CPU/request, ` +
      `p99 ${throughput.p99Ms} ms; windows ${throughput.runs.join(', ')}`,
  );
  console.log(
    `  steady (${seconds} s): ${steady.requestsPerSecond} req/s, ${steady.cpuUsPerRequest} µs server CPU/request`,
  );
  console.log(
    `  database: ${connectionsUsed.total} connections (${connectionsUsed.pool} pool, ${connectionsUsed.listen} ` +
      `LISTEN), ${database.sequenceReadsPerSecond} sequence reads/s (${database.requestsPerSequenceRead} requests ` +
      `each), ${database.transactionsPerSecond} commits/s, ${database.announcements} announcements, ` +
      `${database.identityLoadsPerSecond} identity and ${database.snapshotLoadsPerSecond} snapshot loads/s, ` +
      `${database.cpuUsPerRequest} µs PostgreSQL CPU/request`,
  );
  return { throughput, steady, database };
}

function assertAlive(servers: RosterProcess[]): void {
  for (const server of servers) {
    const died = server.died();
    if (died) throw new Error(`an instance died:\n${died}`);
  }
}

type Run = Promise<autocannon.Result> & { stop(): void };
/** One window's totals, with the CPU the instances spent in it. */
type Window = Omit<ScaleOutThroughput, 'runs'> & { cpuUs: number | null };

/**
 * autocannon against one instance; each request takes the next of `tokens`, so the connections
 * never ask for one user all at once (as a few users' browsers would not).
 */
function startLoad(server: RosterProcess, tokens: string[], durationS: number, connections: number): Run {
  let next = 0;
  return autocannon({
    url: server.url,
    duration: durationS,
    connections,
    pipelining: 1,
    requests: [
      {
        method: 'GET',
        path: '/api/users/me',
        setupRequest: (request) => ({
          ...request,
          headers: { authorization: `Bearer ${tokens[next++ % tokens.length]}` },
        }),
      },
    ],
  }) as Run;
}

/** One window: autocannon against every instance at once; totals, and CPU summed over the instances. */
async function concurrentLoad(
  servers: RosterProcess[],
  tokens: string[],
  durationS: number,
  connections: number,
): Promise<Window> {
  const before = servers.map((server) => cpuMicros(server.pid));
  const runs = await Promise.all(
    servers.map((server, position) => startLoad(server, rotate(tokens, position), durationS, connections)),
  );
  const after = servers.map((server) => cpuMicros(server.pid));
  const requests = runs.reduce((sum, run) => sum + run.requests.total, 0);
  const cpu = after.every((value) => value !== null) && before.every((value) => value !== null);
  const spent = cpu ? after.reduce((sum, value, index) => sum + value! - before[index]!, 0) : 0;
  const p50s = runs.map((run) => run.latency.p50).sort((a, b) => a - b);
  return {
    requestsPerSecond: runs.reduce((sum, run) => sum + Math.round(run.requests.average), 0),
    perInstance: runs.map((run) => Math.round(run.requests.average)),
    cpuUsPerRequest: cpu && requests > 0 ? Math.round(spent / requests) : null,
    cpuUs: cpu ? spent : null,
    p50Ms: p50s[Math.floor((p50s.length - 1) / 2)]!,
    p99Ms: Math.max(...runs.map((run) => run.latency.p99)),
    requests,
    non2xx: runs.reduce((sum, run) => sum + run.non2xx, 0),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
    connectionsPerInstance: connections,
  };
}

/** The same users from another starting point, so the instances are not asked for the same user at once. */
function rotate<T>(items: readonly T[], position: number): T[] {
  const offset = Math.floor((items.length * position) / 3) % Math.max(1, items.length);
  return [...items.slice(offset), ...items.slice(0, offset)];
}

/**
 * `writes` PATCHes of the writer's first name, each through the next instance in turn; after each
 * returns, every other instance is asked with the same token until it answers the new name.
 */
async function writeToVisible(
  servers: RosterProcess[],
  token: string,
  writes: number,
  stats: pg.Client,
  label: string,
): Promise<VisibilityResult> {
  const headers = { authorization: `Bearer ${token}` };
  const firstName = async (server: RosterProcess) => {
    const response = await fetch(`${server.url}/api/users/me`, { headers });
    if (!response.ok) throw new Error(`GET through ${server.url}: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { data: { firstName: string | null } }).data.firstName;
  };
  // The writer's snapshot is cached on every instance before the first write.
  for (const server of servers) await firstName(server);
  const sequenceBefore = await currentSequence(stats);
  const writeMs: number[] = [];
  const visibleMs: number[] = [];
  let stalePolls = 0;
  let neverVisible = 0;
  for (let write = 0; write < writes; write++) {
    const writer = servers[write % servers.length]!;
    const value = `Visible ${label} ${write}`;
    const sent = performance.now();
    const response = await fetch(`${writer.url}/api/users/me`, {
      method: 'PATCH',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ firstName: value }),
    });
    if (!response.ok) throw new Error(`PATCH through ${writer.url}: ${response.status} ${await response.text()}`);
    await response.arrayBuffer();
    const written = performance.now();
    writeMs.push(written - sent);
    await Promise.all(
      servers
        .filter((server) => server !== writer)
        .map(async (reader) => {
          for (;;) {
            const seen = await firstName(reader);
            if (seen === value) {
              visibleMs.push(performance.now() - written);
              return;
            }
            stalePolls++;
            console.error(`  !!! ${reader.url} answered "${seen}" after "${value}" was written through ${writer.url}`);
            if (performance.now() - written > GIVE_UP_MS) {
              neverVisible++;
              return;
            }
          }
        }),
    );
  }
  const announcements = (await currentSequence(stats)) - sequenceBefore;
  const result: VisibilityResult = {
    writes,
    readersPerWrite: servers.length - 1,
    writeMedianMs: round1(quantile(writeMs, 0.5)),
    writeMaxMs: round1(Math.max(...writeMs)),
    visibleMedianMs: round1(quantile(visibleMs, 0.5)),
    visibleP99Ms: round1(quantile(visibleMs, 0.99)),
    visibleMaxMs: round1(Math.max(...visibleMs)),
    stalePolls,
    neverVisible,
    announcements,
  };
  console.log(
    `  write-to-visible (${label}): ${writes} writes, write median ${result.writeMedianMs} ms; visible on ` +
      `${result.readersPerWrite} other instance(s) after median ${result.visibleMedianMs} ms, ` +
      `worst ${result.visibleMaxMs} ms; ${stalePolls} polls saw the old value; ${announcements} announcements`,
  );
  return result;
}

interface DatabaseCounters {
  /** Buffer reads of `roster_change_seq`: one per read of the sequence (and per `nextval`). */
  sequenceReads: number;
  commits: number;
  /** The sequence's value: one number per announced change. */
  sequence: number;
  /** Index scans of identities by (issuer, subject): identity-cache misses (`findKnownIdentity`). */
  identityLoads: number;
  /** Scans of session_contexts: snapshot loads (nothing else reads that table while only GETs run). */
  snapshotLoads: number;
  /** CPU so far of each backend of this database but ours, by pid (null off Linux). */
  backendCpuUs: Map<number, number> | null;
}

async function databaseCounters(stats: pg.Client): Promise<DatabaseCounters> {
  const { rows } = await stats.query<{ reads: string; commits: string; identity: string; snapshot: string }>(
    `select (select blks_hit + blks_read from pg_statio_user_sequences where relname = 'roster_change_seq') as reads,
            (select xact_commit from pg_stat_database where datname = current_database()) as commits,
            (select idx_scan from pg_stat_user_indexes where indexrelname = 'identities_issuer_subject_key') as identity,
            (select seq_scan + coalesce(idx_scan, 0) from pg_stat_user_tables where relname = 'session_contexts')
              as snapshot`,
  );
  const backends = await stats.query<{ pid: number }>(
    'select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
  );
  const cpu = new Map<number, number>();
  for (const { pid } of backends.rows) {
    const micros = cpuMicros(pid);
    if (micros === null) return { ...(await base()), backendCpuUs: null };
    cpu.set(pid, micros);
  }
  return { ...(await base()), backendCpuUs: cpu };
  async function base() {
    return {
      sequenceReads: Number(rows[0]!.reads),
      commits: Number(rows[0]!.commits),
      identityLoads: Number(rows[0]!.identity),
      snapshotLoads: Number(rows[0]!.snapshot),
      sequence: await currentSequence(stats),
    };
  }
}

/** CPU the backends spent between two readings; a backend opened meanwhile counts from zero. */
function backendCpuDelta(before: Map<number, number>, after: Map<number, number>): number {
  let spent = 0;
  for (const [pid, micros] of after) spent += micros - (before.get(pid) ?? 0);
  return spent;
}

async function currentSequence(stats: pg.Client): Promise<number> {
  const { rows } = await stats.query<{ seq: string }>(
    'select case when is_called then last_value else 0 end as seq from roster_change_seq',
  );
  return Number(rows[0]!.seq);
}

async function connectionCounts(stats: pg.Client): Promise<InstancesResult['database']['connections']> {
  const { rows } = await stats.query<{ name: string; n: string }>(
    `select application_name as name, count(*) as n from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid() group by application_name`,
  );
  const of = (name: string) => Number(rows.find((row) => row.name === name)?.n ?? 0);
  const pool = of('roster');
  const listen = of('roster-change-listener');
  return { pool, listen, total: rows.reduce((sum, row) => sum + Number(row.n), 0) };
}

function quantile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
