import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, test } from 'node:test';
import { loadConfig } from '../../../src/config/config.ts';
import { createLogger } from '../../../src/logger.ts';
import { openRoster } from '../../../src/roster.ts';

describe('request logs', () => {
  test('carry a request id and status, and never a token, a secret query parameter or SQL', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    const dataDir = await mkdtemp(join(tmpdir(), 'roster-log-'));
    const config = loadConfig({ DATABASE_URL: 'sqlite::memory:', ROSTER_DATA_DIR: dataDir, LOG_LEVEL: 'info' });
    const { app } = await openRoster(config, createLogger('info', sink));
    try {
      const secret = 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';
      const response = await app.inject({
        method: 'GET',
        url: `/metrics?access_token=${secret}&token=${secret}`,
        headers: { authorization: `Bearer ${secret}`, 'x-request-id': 'trace-123' },
      });
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['x-request-id'], 'trace-123');
      const text = lines.join('\n');
      assert.ok(!text.includes(secret), 'no token in any log line');
      assert.ok(!/select |insert into|create table/i.test(text), 'no SQL at info');
      const completed = lines.map((line) => JSON.parse(line)).find((entry) => entry.msg === 'request completed');
      assert.equal(completed.reqId ?? completed.requestId, 'trace-123');
      assert.equal(completed.res.statusCode, 200);
      const incoming = lines.map((line) => JSON.parse(line)).find((entry) => entry.msg === 'incoming request');
      assert.match(incoming.req.url, /access_token=\[redacted\]&token=\[redacted\]/);
    } finally {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
