import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { pino } from 'pino';
import { loadConfig } from '../../../src/config/config.ts';
import { openRoster } from '../../../src/roster.ts';

describe('start-up checks of the /me services', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'roster-start-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));
  const config = (env: Record<string, string>) => loadConfig({ DATABASE_URL: 'sqlite::memory:', ROSTER_DATA_DIR: dir, ...env });

  test('an invalid ROSTER_PROFILE_SCHEMA fails start with a message naming the file and attribute', async () => {
    const path = join(dir, 'bad.json');
    await writeFile(path, JSON.stringify({ attributes: { lastName: { type: 'string', visibility: 'owner', editable: true } } }));
    await assert.rejects(openRoster(config({ ROSTER_PROFILE_SCHEMA: path }), pino({ level: 'silent' })), (error: Error) => {
      assert.match(error.message, /bad\.json/);
      assert.match(error.message, /"lastName".*built-in/);
      return true;
    });
  });

  test('warns when ROSTER_DEFAULT_ROLE names no role', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _encoding, done) => void (lines.push(String(chunk)), done()) });
    const { app } = await openRoster(config({ ROSTER_DEFAULT_ROLE: 'nobody' }), pino({ level: 'warn' }, sink));
    await app.close();
    assert.ok(lines.some((line) => line.includes('ROSTER_DEFAULT_ROLE') && line.includes('nobody')), lines.join('\n'));
  });
});
