import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../../../src/config/config.ts';
import { createLogger, type LogOutputOptions } from '../../../src/logger.ts';
import { openRoster } from '../../../src/roster.ts';

describe('logs a developer can read', () => {
  let dataDir: string;
  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'roster-quiet-'));
  });
  after(() => rm(dataDir, { recursive: true, force: true }));

  const serveAndLog = async (output: LogOutputOptions, urls: string[]) => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    const config = loadConfig({ DATABASE_URL: 'sqlite::memory:', ROSTER_DATA_DIR: dataDir, LOG_LEVEL: 'info' });
    const { app } = await openRoster(config, createLogger('info', sink, output));
    try {
      for (const url of urls) assert.ok((await app.inject({ method: 'GET', url })).statusCode < 500);
    } finally {
      await app.close();
    }
    return lines;
  };

  test('health and readiness probes are not logged at info; other requests are', async () => {
    const lines = await serveAndLog({ tty: false }, ['/healthz', '/readyz', '/healthz', '/openapi.json']);
    const entries = lines.map((line) => JSON.parse(line) as { req?: { url: string } });
    const urls = entries.flatMap((entry) => (entry.req ? [entry.req.url] : []));
    assert.deepEqual(urls, ['/openapi.json']);
  });

  test('on a terminal outside production, lines are human-readable', async () => {
    const lines = await serveAndLog({ tty: true, production: false }, ['/openapi.json']);
    const incoming = lines.find((line) => line.includes('incoming request'));
    const completed = lines.find((line) => line.includes('request completed'));
    assert.ok(incoming && completed, lines.join('\n'));
    assert.throws(() => JSON.parse(completed));
    assert.match(incoming, /^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: incoming request GET \/openapi.json \[[0-9a-f]{8}\]$/);
    assert.match(completed, /^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: request completed 200 in \d+ ms \[[0-9a-f]{8}\]$/);
    assert.ok(!lines.some((line) => line.includes('\u001b[')), 'no colour codes when writing to a stream');
  });

  test('in production, or when not on a terminal, lines are JSON', async () => {
    for (const output of [
      { tty: true, production: true },
      { tty: false, production: false },
    ]) {
      const lines = await serveAndLog(output, ['/openapi.json']);
      assert.ok(lines.length > 0);
      for (const line of lines) assert.equal(typeof JSON.parse(line), 'object', line);
    }
  });
});
