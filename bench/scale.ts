/**
 * `npm run bench -- --scale`: is Roster flat with size? For each size, a fresh PostgreSQL database
 * seeded by `roster seed-scale`; warm /me (one user), cold /me (distinct seeded users each once, on
 * a server that has not seen them), first sign-ins (new users); then, on the largest size, the
 * server's RSS after serving `--distinct` distinct users.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { measure, oncePerToken, rssMegabytes, warmUpSignIns, type LoadOptions } from './measure.ts';
import { saveResults, writeReport, type ScaleResults } from './report.ts';
import {
  postgresReachable,
  startRosterUnderTest,
  type BenchEngine,
  type RosterUnderTest,
} from './roster-under-test.ts';

const COLD_USERS = 2_000;
const SIGN_INS = 2_000;

export async function runScale(options: {
  cores: { server: number } | null;
  load: LoadOptions;
  sizes: string | undefined;
  distinct: string | undefined;
}): Promise<void> {
  const sizes = (options.sizes ?? '1000,100000').split(',').map(Number);
  const distinct = Number(options.distinct ?? 100_000);
  const engine: BenchEngine = (await postgresReachable()) ? 'postgres' : 'sqlite';
  const results: ScaleResults = {
    at: new Date().toISOString(),
    engine,
    loadAverageAtStart: loadavg(),
    sizes: [],
    rss: null,
    notRun: engine === 'postgres' ? [] : ['PostgreSQL (not reachable): SQLite instead'],
  };
  for (const [position, users] of sizes.entries()) {
    console.log(`\n[${users} users] seeding ${engine}…`);
    const target = await startRosterUnderTest(engine, { users, core: options.cores?.server ?? null });
    try {
      console.log(`  seeded in ${target.seedSeconds.toFixed(1)} s`);
      const url = `${target.roster.url}/api/users/me`;
      const headers = { authorization: `Bearer ${await target.tokenOf(1)}` };
      if (!(await fetch(url, { headers })).ok) throw new Error('the bench user could not sign in');
      const warm = await measure(url, headers, target.roster.pid, options.load);
      console.log(
        `  warm: ${warm.requestsPerSecond} req/s, ${warm.cpuUsPerRequest} µs CPU/request, p99 ${warm.p99Ms} ms`,
      );
      // New users' sign-ins run the cold path too (identity lookup, snapshot load): they compile it
      // before either is measured.
      await warmUpSignIns(url, target.roster.pid, target.newUserToken);
      const coldCount = Math.min(COLD_USERS, users - 2);
      const coldTokens = await Promise.all(
        Array.from({ length: coldCount }, (_, index) =>
          target.tokenOf(2 + Math.floor((index * (users - 2)) / coldCount)),
        ),
      );
      const cold = await oncePerToken(url, coldTokens, target.roster.pid, 50);
      console.log(
        `  cold: ${cold.perSecond}/s, ${cold.cpuUsPerRequest} µs CPU each, ` +
          `p99 ${cold.p99Ms} ms, ${cold.failures} failed`,
      );
      const signInTokens = await Promise.all(
        Array.from({ length: SIGN_INS }, (_, index) => target.newUserToken(`scale-${index}`)),
      );
      const firstSignIn = await oncePerToken(url, signInTokens, target.roster.pid, 50);
      console.log(
        `  first sign-ins: ${firstSignIn.perSecond}/s, p99 ${firstSignIn.p99Ms} ms, ${firstSignIn.failures} failed`,
      );
      results.sizes.push({
        users,
        seedSeconds: target.seedSeconds,
        warm,
        cold: { ...cold, users: coldCount },
        firstSignIn: { ...firstSignIn, users: SIGN_INS },
      });
      if (position === sizes.length - 1 && distinct > 0) results.rss = await rssAfterDistinct(target, users, distinct);
    } finally {
      await target.close();
    }
  }
  if (!sizes.includes(1_000_000)) results.notRun.push('1,000,000 users (pass --sizes …,1000000)');
  if (distinct < 100_000) results.notRun.push(`RSS after 100,000 distinct users (--distinct ${distinct})`);
  await saveResults('scale', results);
  await writeReport();
  console.log('\nwrote bench/results/scale.json and docs/performance.md');
}

async function rssAfterDistinct(target: RosterUnderTest, users: number, wanted: number): Promise<ScaleResults['rss']> {
  const distinctUsers = Math.min(wanted, users - 2);
  const rssMbBefore = rssMegabytes(target.roster.pid);
  console.log(`  RSS: ${distinctUsers} distinct users, one request each (signing between slices is not counted)…`);
  let seconds = 0;
  const url = `${target.roster.url}/api/users/me`;
  // In slices, so the tokens of the whole run are never all held at once.
  for (let offset = 0; offset < distinctUsers; offset += 10_000) {
    const count = Math.min(10_000, distinctUsers - offset);
    const tokens = await Promise.all(Array.from({ length: count }, (_, index) => target.tokenOf(2 + offset + index)));
    const started = performance.now();
    const slice = await oncePerToken(url, tokens, target.roster.pid, 50);
    seconds += (performance.now() - started) / 1000;
    if (slice.failures > 0) throw new Error(`${slice.failures} requests failed while serving distinct users`);
  }
  const rssMbAfter = rssMegabytes(target.roster.pid);
  console.log(
    `  RSS ${rssMbBefore?.toFixed(0)} MB → ${rssMbAfter?.toFixed(0)} MB ` +
      `after ${distinctUsers} users in ${seconds.toFixed(0)} s`,
  );
  return { distinctUsers, seconds, rssMbBefore, rssMbAfter };
}
