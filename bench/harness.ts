import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import autocannon from 'autocannon';

export interface LoadResult {
  label: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
}

/** The yardstick: a plain node:http server answering a fixed JSON body, as fast as Node goes. */
export async function startYardstick(body: string): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(body),
    });
    response.end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}

/** A running `roster serve`: its URL, whether it died (with the tail of its output), and stop. */
export interface RosterProcess {
  readonly url: string;
  /** The server's process id (for /proc readings). */
  readonly pid: number;
  /** Null while it runs; else how it ended and the last lines it printed. */
  died(): string | null;
  stop(): Promise<void>;
}

/** `roster serve` as a real child process with `env`; resolves once /healthz answers. */
export async function startRoster(
  env: Record<string, string>,
  port: number,
  options: { core?: number | null; nodeArgs?: readonly string[] } = {},
): Promise<RosterProcess> {
  const bin = resolve(import.meta.dirname, '../bin/roster.js');
  const argv = [process.execPath, ...(options.nodeArgs ?? []), bin, 'serve'];
  // taskset execs node, so the child's pid is the server's own.
  const [command, ...args] = options.core == null ? argv : ['taskset', '-c', String(options.core), ...argv];
  const child: ChildProcess = spawn(command!, args, {
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Pino logs to stdout: keep the tail of both streams so a crash under load can be explained.
  const tail: string[] = [];
  const keep = (chunk: Buffer) => {
    tail.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    tail.splice(0, Math.max(0, tail.length - 20));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exit: string | null = null;
  const exited = new Promise<void>((done) =>
    child.once('exit', (code, signal) => {
      exit = `roster serve exited (code ${code}, signal ${signal})`;
      done();
    }),
  );
  const died = () => (exit === null ? null : [exit, ...tail].join('\n'));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (died()) throw new Error(died()!);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      if (Date.now() > deadline) throw new Error('roster did not start');
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  return {
    url,
    pid: child.pid!,
    died,
    async stop() {
      if (exit === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Runs autocannon for `durationS` seconds and reports throughput and latency. */
export async function load(
  label: string,
  url: string,
  headers: Record<string, string>,
  durationS: number,
  connections = 10,
): Promise<LoadResult> {
  process.stdout.write(`  ${label}: ${durationS}s with ${connections} connections… `);
  const result = await autocannon({ url, headers, duration: durationS, connections, pipelining: 1 });
  const summary: LoadResult = {
    label,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
  };
  console.log(
    `${summary.requestsPerSecond} req/s, p50 ${summary.p50Ms} ms, p99 ${summary.p99Ms} ms${summary.non2xx ? `, ${summary.non2xx} non-2xx!` : ''}`,
  );
  return summary;
}
