/**
 * `npm run bench -- --profile`: `roster serve` under `node --cpu-prof`, profiled only over the
 * measured window (start-up, seeding and warm-up left out), in two runs:
 *
 * - the warm `GET /api/users/me` on SQLite (1,000 seeded users), loaded by autocannon;
 * - first sign-ins on SQLite, and on PostgreSQL when it answers: new users, 50 at a time, each
 *   one request with its own new token.
 *
 * Each profile is written when its server stops, kept in bench/results/*.cpuprofile (gitignored)
 * and summarised into bench/results/profile.json and docs/performance.md.
 */
import { copyFile, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type LoadOptions, measure, oncePerToken, warmUp, warmUpSignIns } from './measure.ts';
import { type CpuProfile, monotonicMicros, type ProfileWindow, summariseProfile } from './profile-summary.ts';
import { type ProfileRun, saveResults, writeReport } from './report.ts';
import {
  type BenchEngine,
  postgresReachable,
  type RosterUnderTest,
  startRosterUnderTest,
} from './roster-under-test.ts';

interface ProfileOptions {
  cores: { server: number } | null;
  load: LoadOptions;
  signIns: number;
}

export async function runProfile(options: ProfileOptions): Promise<void> {
  const runs: ProfileRun[] = [];
  const notRun: string[] = [];
  runs.push(
    await profiled('me-warm', 'sqlite', options, async (target) => {
      const headers = { authorization: `Bearer ${await target.tokenOf(1)}` };
      const url = `${target.roster.url}/api/users/me`;
      if (!(await fetch(url, { headers })).ok) throw new Error('the bench user could not sign in');
      await warmUp(url, headers, options.load);
      console.log(`profiling ${options.load.durationS} s of GET /api/users/me (SQLite)…`);
      const fromUs = monotonicMicros();
      const result = await measure(url, headers, target.roster.pid, { ...options.load, warmupS: 0, repetitions: 1 });
      return {
        label: 'warm `GET /api/users/me`',
        rate: `${result.requestsPerSecond} req/s`,
        perRequest: result.requests,
        window: { fromUs, toUs: monotonicMicros() },
      };
    }),
  );
  const engines: BenchEngine[] = ['sqlite'];
  if (await postgresReachable()) engines.push('postgres');
  else notRun.push('first sign-ins on PostgreSQL (not reachable)');
  for (const engine of engines) {
    runs.push(
      await profiled(`sign-ins-${engine}`, engine, options, async (target) => {
        await warmUpSignIns(`${target.roster.url}/api/users/me`, target.roster.pid, target.newUserToken);
        const tokens = await Promise.all(
          Array.from({ length: options.signIns }, (_, i) => target.newUserToken(`profiled-${i}`)),
        );
        console.log(`profiling ${options.signIns} first sign-ins (${engine})…`);
        const fromUs = monotonicMicros();
        const result = await oncePerToken(`${target.roster.url}/api/users/me`, tokens, target.roster.pid, 50);
        if (result.failures > 0) throw new Error(`${result.failures} first sign-ins failed`);
        return {
          label: 'first sign-ins (50 at a time)',
          rate: `${result.perSecond} sign-ins/s`,
          perRequest: tokens.length,
          window: { fromUs, toUs: monotonicMicros() },
        };
      }),
    );
  }
  await saveResults('profile', { at: new Date().toISOString(), runs, notRun });
  await writeReport();
  for (const run of runs) {
    console.log(`\n${run.label} (${run.engine}), ${run.rate}: ${(run.totalMs / 1000).toFixed(2)} s of samples`);
    for (const row of run.functions) {
      console.log(
        `  ${row.selfMs.toFixed(0).padStart(6)} ms ${(row.share * 100).toFixed(1).padStart(5)} %  ` +
          `${row.name}  ${row.file}`,
      );
    }
  }
}

interface Profiled {
  label: string;
  rate: string;
  /** How many requests the window served (for CPU µs per request from the samples). */
  perRequest: number;
  window: ProfileWindow;
}

/** Starts a profiled `roster serve` on `engine`, runs `load` against it, stops it and summarises the window. */
async function profiled(
  name: string,
  engine: BenchEngine,
  options: ProfileOptions,
  load: (target: RosterUnderTest) => Promise<Profiled>,
): Promise<ProfileRun> {
  const dir = await mkdtemp(join(tmpdir(), 'roster-cpu-prof-'));
  const target = await startRosterUnderTest(engine, {
    users: 1_000,
    core: options.cores?.server ?? null,
    nodeArgs: ['--cpu-prof', '--cpu-prof-dir', dir],
  });
  let outcome: Profiled;
  try {
    outcome = await load(target);
  } finally {
    await target.close();
  }
  const file = (await readdir(dir)).find((entry) => entry.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no .cpuprofile was written in ${dir}`);
  const kept = resolve(import.meta.dirname, `results/${name}.cpuprofile`);
  await copyFile(join(dir, file), kept);
  const profile = JSON.parse(await readFile(kept, 'utf8')) as CpuProfile;
  const summary = summariseProfile(profile, 15, outcome.window);
  console.log(`profile: ${kept} (gitignored)`);
  return {
    label: outcome.label,
    engine,
    rate: outcome.rate,
    seconds: Math.round((outcome.window.toUs - outcome.window.fromUs) / 1e5) / 10,
    sampledUsPerRequest: Math.round((summary.totalMs * 1000) / outcome.perRequest),
    ...summary,
  };
}
