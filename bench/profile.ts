/**
 * `npm run bench -- --profile`: `roster serve` (SQLite, 1,000 seeded users) under `node --cpu-prof`,
 * warmed up, then loaded on the warm `GET /api/users/me` by autocannon; the profile is written when
 * the server stops and summarised into bench/results/profile.json and docs/performance.md.
 */
import { readdir, mkdtemp, readFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { measure, type LoadOptions } from './measure.ts';
import { summariseProfile } from './profile-summary.ts';
import { saveResults, writeReport } from './report.ts';
import { startRosterUnderTest } from './roster-under-test.ts';

export async function runProfile(options: { cores: { server: number } | null; load: LoadOptions }): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'roster-cpu-prof-'));
  const target = await startRosterUnderTest('sqlite', {
    users: 1_000,
    core: options.cores?.server ?? null,
    nodeArgs: ['--cpu-prof', '--cpu-prof-dir', dir],
  });
  let requestsPerSecond = 0;
  const seconds = options.load.durationS;
  try {
    const headers = { authorization: `Bearer ${await target.tokenOf(1)}` };
    const url = `${target.roster.url}/api/users/me`;
    if (!(await fetch(url, { headers })).ok) throw new Error('the bench user could not sign in');
    console.log(`profiling ${seconds} s of GET /api/users/me…`);
    const result = await measure(url, headers, target.roster.pid, { ...options.load, repetitions: 1 });
    requestsPerSecond = result.requestsPerSecond;
  } finally {
    await target.close();
  }
  const file = (await readdir(dir)).find((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no .cpuprofile was written in ${dir}`);
  const kept = resolve(import.meta.dirname, 'results/me-warm.cpuprofile');
  await copyFile(join(dir, file), kept);
  const summary = summariseProfile(JSON.parse(await readFile(kept, 'utf8')));
  await saveResults('profile', {
    at: new Date().toISOString(),
    engine: 'sqlite',
    seconds,
    requestsPerSecond,
    ...summary,
  });
  await writeReport();
  console.log(`profile: ${kept} (gitignored); summary in bench/results/profile.json and docs/performance.md`);
  for (const row of summary.functions) {
    console.log(
      `  ${row.selfMs.toFixed(0).padStart(6)} ms ${(row.share * 100).toFixed(1).padStart(5)} %  ` +
        `${row.name}  ${row.file}`,
    );
  }
}
