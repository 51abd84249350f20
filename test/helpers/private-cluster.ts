import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { chown, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/**
 * A PostgreSQL cluster of the test's own, on a spare loopback port, that the test may stop,
 * stall and kill: fault tests never touch the shared server on 5432.
 */
export interface PrivateCluster {
  readonly port: number;
  /** A connection URL for `database` (default `postgres`) as the superuser `postgres`. */
  url(database?: string): string;
  /** Creates a fresh, randomly named database; returns its URL. */
  createDatabase(): Promise<string>;
  /** Runs one statement as the superuser on a connection of its own. */
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, values?: unknown[]): Promise<pg.QueryResult<R>>;
  /** `pg_ctl stop -m fast`: every connection is closed, new ones refused. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** SIGSTOPs the postmaster and every backend: connections stay open and nothing answers. */
  stall(): Promise<void>;
  /** SIGCONTs what `stall` stopped. */
  resume(): Promise<void>;
  /** Pids of the client backends connected to the database of `url` (e.g. an app's). */
  backendPids(url: string): Promise<number[]>;
  /** `pg_terminate_backend` on every client backend connected to the database of `url`, waiting until each has exited; returns how many. */
  terminateBackends(url: string): Promise<number>;
  /** Removes the cluster and its files (stopping it first). */
  destroy(): Promise<void>;
}

export interface PrivateClusterOptions {
  /** `max_connections` of the cluster (default 40). */
  maxConnections?: number;
}

/** Where initdb and pg_ctl are: the newest installed server's bin directory, else PATH. */
function binary(name: string): string {
  for (const version of ['17', '16', '15', '14']) {
    const path = `/usr/lib/postgresql/${version}/bin/${name}`;
    if (existsSync(path)) return path;
  }
  return name;
}

/** Runs as `postgres` (PostgreSQL refuses to run as root) when the test runs as root. */
function asPostgres(command: string, args: string[]) {
  const root = process.getuid?.() === 0;
  return root ? run('runuser', ['-u', 'postgres', '--', command, ...args]) : run(command, args);
}

async function sparePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Initializes and starts a private cluster (about a second). Share one across a test file's cases.
 *
 * @example const cluster = await startPrivateCluster(); const url = await cluster.createDatabase();
 */
export async function startPrivateCluster(options: PrivateClusterOptions = {}): Promise<PrivateCluster> {
  const dir = await mkdtemp(join(tmpdir(), 'roster-cluster-'));
  const data = join(dir, 'data');
  const root = process.getuid?.() === 0;
  if (root) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    await chown(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  await asPostgres(binary('initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  const port = await sparePort();
  const serverOptions = [
    `-p ${port}`,
    `-k ${dir}`,
    "-c listen_addresses='127.0.0.1'",
    `-c max_connections=${options.maxConnections ?? 40}`,
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c shared_buffers=16MB',
  ].join(' ');
  const pgCtl = (...args: string[]) => asPostgres(binary('pg_ctl'), ['-D', data, ...args]);
  const start = async () => {
    await pgCtl('-o', serverOptions, '-l', join(dir, 'server.log'), '-w', '-t', '30', 'start');
  };
  await start();
  // Should the test process die without calling destroy (say, an unhandled error), the cluster goes with it.

  const url = (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`;
  const query = async <R extends pg.QueryResultRow>(sql: string, values?: unknown[]) => {
    const client = new pg.Client({ connectionString: url(), connectionTimeoutMillis: 5_000 });
    client.on('error', () => {});
    await client.connect();
    try {
      return await client.query<R>(sql, values);
    } finally {
      await client.end().catch(() => {});
    }
  };
  const processes = async (): Promise<number[]> => {
    const postmaster = Number((await readFile(join(data, 'postmaster.pid'), 'utf8')).split('\n')[0]);
    const { stdout } = await run('ps', ['-o', 'pid=', '--ppid', String(postmaster)]).catch(() => ({ stdout: '' }));
    return [
      postmaster,
      ...stdout
        .split('\n')
        .map((line) => Number(line.trim()))
        .filter((pid) => pid > 0),
    ];
  };
  let stalled: number[] = [];
  // Should the test process die without calling destroy (an unhandled error, say), the cluster goes with it.
  const removeOnExit = () => {
    for (const pid of stalled) signal(pid, 'SIGCONT');
    const pidFile = join(data, 'postmaster.pid');
    if (existsSync(pidFile)) signal(Number(readFileSync(pidFile, 'utf8').split('\n')[0]), 'SIGQUIT');
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', removeOnExit);
  const resume = async () => {
    for (const pid of stalled) signal(pid, 'SIGCONT');
    stalled = [];
  };

  return {
    port,
    url,
    async createDatabase() {
      const name = `roster_fault_${Math.random().toString(16).slice(2, 10)}`;
      await query(`CREATE DATABASE ${name}`);
      return url(name);
    },
    query,
    stop: () => pgCtl('-m', 'fast', '-w', 'stop').then(() => {}),
    start,
    async stall() {
      stalled = await processes();
      for (const pid of stalled) process.kill(pid, 'SIGSTOP');
    },
    resume,
    async backendPids(databaseUrl) {
      const database = new URL(databaseUrl).pathname.slice(1);
      const sql = 'SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()';
      const { rows } = await query<{ pid: number }>(sql, [database]);
      return rows.map((row) => row.pid);
    },
    async terminateBackends(databaseUrl) {
      const database = new URL(databaseUrl).pathname.slice(1);
      // With a timeout, each call waits until its backend has exited: a backend only signalled
      // would still hold its connection slot for a moment after this returns.
      const sql = `SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity
                   WHERE datname = $1 AND pid <> pg_backend_pid()`;
      return (await query(sql, [database])).rowCount ?? 0;
    },
    async destroy() {
      process.removeListener('exit', removeOnExit);
      await resume();
      await pgCtl('-m', 'immediate', '-w', 'stop').catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // gone meanwhile
  }
}
