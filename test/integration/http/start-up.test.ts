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
  const config = (env: Record<string, string>) =>
    loadConfig({ DATABASE_URL: 'sqlite::memory:', ROSTER_DATA_DIR: dir, ...env });

  test('an invalid ROSTER_PROFILE_SCHEMA fails start with a message naming the file and attribute', async () => {
    const path = join(dir, 'bad.json');
    await writeFile(
      path,
      JSON.stringify({ attributes: { lastName: { type: 'string', visibility: 'owner', editable: true } } }),
    );
    await assert.rejects(
      openRoster(config({ ROSTER_PROFILE_SCHEMA: path }), pino({ level: 'silent' })),
      (error: Error) => {
        assert.match(error.message, /bad\.json/);
        assert.match(error.message, /"lastName".*built-in/);
        return true;
      },
    );
  });

  const warningsOf = async (env: Record<string, string>) => {
    const lines: string[] = [];
    const sink = new Writable({
      write: (chunk, _encoding, done) => {
        lines.push(String(chunk));
        done();
      },
    });
    const { app } = await openRoster(config(env), pino({ level: 'warn' }, sink));
    return { app, lines };
  };

  test('a fresh database, with no roles yet, starts without a warning about ROSTER_DEFAULT_ROLE', async () => {
    const { app, lines } = await warningsOf({ DATABASE_URL: `sqlite:${join(dir, 'fresh.db')}` });
    await app.close();
    assert.deepEqual(
      lines.filter((line) => line.includes('ROSTER_DEFAULT_ROLE')),
      [],
    );
  });

  test('warns when organization roles exist but ROSTER_DEFAULT_ROLE names none of them', async () => {
    const env = { DATABASE_URL: `sqlite:${join(dir, 'roles.db')}`, ROSTER_ADMIN_TOKEN: 'start-up-admin' };
    const first = await warningsOf(env);
    const created = await first.app.inject({
      method: 'POST',
      url: '/api/admin/roles',
      headers: { authorization: 'Bearer start-up-admin' },
      payload: { key: 'learner', name: 'Learner', scope: 'organization' },
    });
    assert.equal(created.statusCode, 201, created.body);
    await first.app.close();
    const named = await warningsOf({ ...env, ROSTER_DEFAULT_ROLE: 'learner' });
    await named.app.close();
    assert.deepEqual(
      named.lines.filter((line) => line.includes('ROSTER_DEFAULT_ROLE')),
      [],
    );
    const missing = await warningsOf({ ...env, ROSTER_DEFAULT_ROLE: 'nobody' });
    await missing.app.close();
    const warned = missing.lines.some((line) => line.includes('ROSTER_DEFAULT_ROLE') && line.includes('nobody'));
    assert.ok(warned, missing.lines.join('\n'));
  });
});
