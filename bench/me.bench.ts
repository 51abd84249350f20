/**
 * `npm run bench`: the /me family on a real `roster serve` beside two yardsticks in the same run —
 * a node:http server answering a fixed body of the same size as `/api/users/me` (the ceiling) and
 * Fastify 5 answering it through a response schema — then first sign-ins. Writes
 * bench/results/me.json and regenerates docs/performance.md.
 *
 *   npm run bench                          # SQLite and (when it answers) PostgreSQL; 3 s + 10 s, median of 3
 *   npm run bench -- --quick               # 1 × (1 s + 3 s)
 *   npm run bench -- --engine sqlite --warmup 2 --duration 5 --reps 3 --connections 50
 *   npm run bench -- --scale [--sizes 1000,100000] [--distinct 100000]   # flat with size (bench/scale.ts)
 *   npm run bench -- --profile             # CPU profiles: warm /api/users/me, first sign-ins (bench/profile.ts)
 *   npm run bench -- --scale-out [--users 10000] [--readers 1000] [--instances 1,2,3] [--writes 200]
 *                                          # several instances on one PostgreSQL (bench/scale-out.ts)
 */
import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  measure,
  oncePerToken,
  pinning,
  pinSelf,
  startYardstickProcess,
  warmUp,
  warmUpSignIns,
  type LoadOptions,
} from './measure.ts';
import { writeReport, saveResults, type EndpointResult, type MeResults } from './report.ts';
import { postgresReachable, startRosterUnderTest, type BenchEngine } from './roster-under-test.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean' },
    engine: { type: 'string', default: 'all' },
    warmup: { type: 'string' },
    duration: { type: 'string' },
    reps: { type: 'string' },
    connections: { type: 'string', default: '50' },
    'sign-ins': { type: 'string', default: '2000' },
    scale: { type: 'boolean' },
    sizes: { type: 'string' },
    distinct: { type: 'string' },
    profile: { type: 'boolean' },
    'scale-out': { type: 'boolean' },
    users: { type: 'string', default: '10000' },
    readers: { type: 'string', default: '1000' },
    instances: { type: 'string', default: '1,2,3' },
    writes: { type: 'string', default: '200' },
    'memory-users': { type: 'string', default: '2000' },
  },
});

/** The seeded user every warm request is made as: 2 memberships, a resource grant. */
const BENCH_USER = 1;
const PERMISSION = 'scale.projects.read';

// Read before pinning: afterwards this process sees only its own core.
const machineCores = availableParallelism();
const cores = pinning();
if (cores) pinSelf(cores.client);
const load: LoadOptions = {
  warmupS: Number(values.warmup ?? (values.quick ? 1 : 3)),
  durationS: Number(values.duration ?? (values.quick ? 3 : 10)),
  repetitions: Number(values.reps ?? (values.quick ? 1 : 3)),
  connections: Number(values.connections),
};

if (values.scale) {
  const { runScale } = await import('./scale.ts');
  await runScale({ cores, load, sizes: values.sizes, distinct: values.distinct });
} else if (values['scale-out']) {
  const { runScaleOut } = await import('./scale-out.ts');
  await runScaleOut({
    cores,
    machineCores,
    load,
    users: Number(values.users),
    readers: Number(values.readers),
    instances: values.instances.split(',').map(Number),
    writes: Number(values.writes),
    memoryUsers: Number(values['memory-users']),
  });
} else if (values.profile) {
  const { runProfile } = await import('./profile.ts');
  await runProfile({ cores, load, signIns: Number(values['sign-ins']) });
} else {
  await runMe();
}

function endpoints(): string[] {
  return [
    '/api/users/me',
    '/api/auth/me',
    '/api/me/organizations',
    '/api/me/current-organization',
    '/api/v1/me',
    '/api/v1/me?include=memberships.organization,memberships.roles.permissions,roles.permissions',
    `/api/me/permissions/check?permission=${PERMISSION}`,
  ];
}

async function runMe(): Promise<void> {
  const engines: BenchEngine[] =
    values.engine === 'all'
      ? ['sqlite', ...((await postgresReachable()) ? ['postgres' as const] : [])]
      : [values.engine as BenchEngine];
  const signIns = Number(values['sign-ins']);
  const results: MeResults = {
    at: new Date().toISOString(),
    machine: { cores: machineCores, pinned: cores !== null, loadAverageAtStart: loadavg() },
    options: { ...load, signIns, signInConcurrency: 50 },
    bodyBytes: 0,
    yardsticks: [],
    engines: [],
    notRun: values.engine === 'all' && !engines.includes('postgres') ? ['PostgreSQL (not reachable)'] : [],
  };
  console.log(
    `load average at the start: ${loadavg()
      .map((value) => value.toFixed(2))
      .join(' / ')}; pinned: ${cores !== null}`,
  );
  const scratch = await mkdtemp(join(tmpdir(), 'roster-bench-body-'));
  try {
    for (const engine of engines) {
      console.log(`\n[${engine}] seeding 1,000 users and starting roster serve`);
      const target = await startRosterUnderTest(engine, { users: 1_000, core: cores?.server ?? null });
      try {
        const headers = { authorization: `Bearer ${await target.tokenOf(BENCH_USER)}` };
        const first = await fetch(`${target.roster.url}/api/users/me`, { headers });
        if (!first.ok) throw new Error(`the bench user's first request failed: ${first.status} ${await first.text()}`);
        const body = await first.text();
        if (results.yardsticks.length === 0) {
          results.bodyBytes = Buffer.byteLength(body);
          const bodyFile = join(scratch, 'body.json');
          await writeFile(bodyFile, body);
          for (const [kind, label] of [
            ['node', 'node:http, fixed body'],
            ['fastify', 'Fastify 5, schema-serialized body'],
          ] as const) {
            const yardstick = await startYardstickProcess(kind, bodyFile, cores?.server ?? null);
            try {
              const result = await measure(yardstick.url, {}, yardstick.pid, load);
              results.yardsticks.push({ label, ...result });
              print(label, result);
            } finally {
              await yardstick.stop();
            }
          }
        }
        // A fresh process compiles its hot path during the first seconds: warm the server as a whole first.
        await warmUp(`${target.roster.url}/api/users/me`, headers, { ...load, warmupS: load.warmupS * 2 });
        const measured: EndpointResult[] = [];
        for (const path of endpoints()) {
          const result = await measure(`${target.roster.url}${path}`, headers, target.roster.pid, load);
          const died = target.roster.died();
          if (died) throw new Error(`the server died during GET ${path}:\n${died}`);
          measured.push({ path, ...result });
          print(`GET ${path}`, result);
        }
        await warmUpSignIns(`${target.roster.url}/api/users/me`, target.roster.pid, target.newUserToken);
        console.log(`  first sign-ins: signing ${signIns} tokens beforehand…`);
        const tokens = await Promise.all(
          Array.from({ length: signIns }, (_, index) => target.newUserToken(`signin-${index}`)),
        );
        const signIn = await oncePerToken(`${target.roster.url}/api/users/me`, tokens, target.roster.pid, 50);
        console.log(
          `  first sign-ins: ${signIn.perSecond}/s, ${signIn.cpuUsPerRequest} µs CPU each ` +
            `(the client: ${signIn.clientCpuUsPerRequest} µs), ` +
            `p99 ${signIn.p99Ms} ms, ${signIn.failures} failed`,
        );
        results.engines.push({ engine, endpoints: measured, signIns: signIn });
      } finally {
        await target.close();
      }
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  results.machine.loadAverageAtEnd = loadavg();
  await saveResults('me', results);
  await writeReport();
  console.log('\nwrote bench/results/me.json and docs/performance.md');
  const bad = [...results.yardsticks, ...results.engines.flatMap((engine) => engine.endpoints)].filter(
    (row) => row.non2xx > 0,
  );
  const failedSignIns = results.engines.some((engine) => engine.signIns.failures > 0);
  if (bad.length > 0 || failedSignIns) {
    console.error('some requests were not 2xx: the figures are not valid');
    process.exitCode = 1;
  }
}

function print(
  label: string,
  result: { requestsPerSecond: number; p99Ms: number; cpuUsPerRequest: number | null; runs: number[] },
) {
  console.log(
    `  ${label}: ${result.requestsPerSecond} req/s (runs ${result.runs.join(', ')}), ` +
      `p99 ${result.p99Ms} ms, ${result.cpuUsPerRequest} µs CPU/request`,
  );
}
