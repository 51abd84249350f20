/**
 * The measuring parts of `npm run bench`: core pinning, server CPU from /proc, autocannon runs
 * with a warm-up, the median of repetitions, and batches of first sign-ins.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';

/** One measured window against one URL. */
export interface Measurement {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Server CPU (user + system) per request, in µs; null when /proc cannot be read. */
  cpuUsPerRequest: number | null;
  requests: number;
  non2xx: number;
  errors: number;
}

export interface LoadOptions {
  warmupS: number;
  durationS: number;
  repetitions: number;
  connections: number;
}

/** Cores to pin to: the server on `server`, this process (autocannon) on `client`; null when fewer than two. */
export function pinning(): { server: number; client: number } | null {
  if (availableParallelism() < 2) return null;
  try {
    execFileSync('taskset', ['-V'], { stdio: 'ignore' });
  } catch {
    return null;
  }
  return { server: 0, client: 1 };
}

/** Moves every thread of this process to `core`. */
export function pinSelf(core: number): void {
  execFileSync('taskset', ['-a', '-p', '-c', String(core), String(process.pid)], { stdio: 'ignore' });
}

const ticksPerSecond = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** User + system CPU time of `pid` so far, in µs (null off Linux). */
export function cpuMicros(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesized command name; utime and stime are the 14th and 15th overall.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) / ticksPerSecond) * 1e6;
  } catch {
    return null;
  }
}

/** Resident set size of `pid` in MB (null off Linux). */
export function rssMegabytes(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** One autocannon window; the server's CPU is read around it. */
export async function measureOnce(
  url: string,
  headers: Record<string, string>,
  pid: number,
  durationS: number,
  connections: number,
): Promise<Measurement> {
  const before = cpuMicros(pid);
  const result = await autocannon({ url, headers, duration: durationS, connections, pipelining: 1 });
  const after = cpuMicros(pid);
  const requests = result.requests.total;
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    cpuUsPerRequest:
      before === null || after === null || requests === 0 ? null : Math.round((after - before) / requests),
    requests,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/** Load without measuring, so the server has compiled its hot path before a window counts. */
export async function warmUp(url: string, headers: Record<string, string>, options: LoadOptions): Promise<void> {
  if (options.warmupS > 0) {
    await autocannon({ url, headers, duration: options.warmupS, connections: options.connections, pipelining: 1 });
  }
}

/** Warm-up, then the median (by req/s) of `repetitions` measured windows. */
export async function measure(
  url: string,
  headers: Record<string, string>,
  pid: number,
  options: LoadOptions,
): Promise<Measurement & { runs: number[] }> {
  await warmUp(url, headers, options);
  const runs: Measurement[] = [];
  for (let repetition = 0; repetition < options.repetitions; repetition++) {
    runs.push(await measureOnce(url, headers, pid, options.durationS, options.connections));
  }
  const sorted = [...runs].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  const non2xx = runs.reduce((sum, run) => sum + run.non2xx, 0);
  return { ...median, non2xx, runs: runs.map((run) => run.requestsPerSecond) };
}

/**
 * First sign-ins before a measured batch: a fresh server compiles its provisioning path during
 * its first few hundred, as it compiles its read path during the warm-up of the endpoints.
 */
export const SIGN_IN_WARMUP = 500;

/** Signs in {@link SIGN_IN_WARMUP} new users, 50 at a time, unmeasured; `newUserToken` makes each one's token. */
export async function warmUpSignIns(
  url: string,
  pid: number,
  newUserToken: (label: string) => Promise<string>,
): Promise<void> {
  const tokens = await Promise.all(
    Array.from({ length: SIGN_IN_WARMUP }, (_, index) => newUserToken(`warm-up-${index}`)),
  );
  const result = await oncePerToken(url, tokens, pid, 50);
  if (result.failures > 0) throw new Error(`${result.failures} warm-up sign-ins failed`);
}

/** Requests each of `tokens` once at `path`, `concurrency` at a time: requests a second, CPU and latency. */
export async function oncePerToken(
  url: string,
  tokens: readonly string[],
  pid: number,
  concurrency: number,
): Promise<{
  perSecond: number;
  cpuUsPerRequest: number | null;
  clientCpuUsPerRequest: number;
  p50Ms: number;
  p99Ms: number;
  failures: number;
}> {
  let next = 0;
  const clientBefore = process.cpuUsage();
  let failures = 0;
  const latencies: number[] = [];
  const cpuBefore = cpuMicros(pid);
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < tokens.length) {
        const token = tokens[next++]!;
        const sent = performance.now();
        const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
        await response.arrayBuffer();
        latencies.push(performance.now() - sent);
        if (!response.ok) failures++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = cpuMicros(pid);
  const client = process.cpuUsage(clientBefore);
  latencies.sort((a, b) => a - b);
  const at = (fraction: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * fraction))]! * 10) / 10;
  return {
    perSecond: Math.round(tokens.length / seconds),
    cpuUsPerRequest:
      cpuBefore === null || cpuAfter === null ? null : Math.round((cpuAfter - cpuBefore) / tokens.length),
    clientCpuUsPerRequest: Math.round((client.user + client.system) / tokens.length),
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    failures,
  };
}

/** A yardstick server (`bench/yardstick-server.ts`) in its own process, pinned to `core` when given. */
export async function startYardstickProcess(
  kind: 'node' | 'fastify',
  bodyFile: string,
  core: number | null,
): Promise<{ url: string; pid: number; stop(): Promise<void> }> {
  const argv = [
    process.execPath,
    '--import',
    'tsx',
    resolve(import.meta.dirname, 'yardstick-server.ts'),
    kind,
    bodyFile,
  ];
  const [command, ...args] = core === null ? argv : ['taskset', '-c', String(core), ...argv];
  const child: ChildProcess = spawn(command!, args, {
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((done, fail) => {
    child.once('exit', (code) => fail(new Error(`the ${kind} yardstick exited (${code})`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      const match = /listening (\d+)/.exec(chunk.toString());
      if (match) done(Number(match[1]));
    });
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return {
    url: `http://127.0.0.1:${port}/`,
    pid: child.pid!,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
