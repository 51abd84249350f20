import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';

const BIN = join(import.meta.dirname, '../../../bin/roster.js');

describe('admin CLI and seed-demo on SQLite', () => {
  let dir: string;
  const roster = (...args: string[]) => {
    const result = spawnSync(process.execPath, [BIN, ...args], {
      env: {
        ...process.env,
        DATABASE_URL: `sqlite:${join(dir, 'roster.db')}`,
        ROSTER_DATA_DIR: dir,
        LOG_LEVEL: 'silent',
        AUTH_ISSUER: '',
      },
      encoding: 'utf8',
    });
    return { code: result.status, out: result.stdout, err: result.stderr };
  };
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'roster-cli-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('seed-demo loads the demo tenant once, then finds it complete', () => {
    const first = roster('seed-demo');
    assert.equal(first.code, 0, first.err);
    assert.match(first.out, /membership bob@example.com → globex as coach/);
    assert.match(first.out, /npx roster token --email alice@example.com/);
    const second = roster('seed-demo');
    assert.equal(second.code, 0);
    assert.match(second.out, /the demo tenant is complete .*nothing changed/);
  });

  test('org list prints a table, --json prints JSON', () => {
    const table = roster('org', 'list');
    assert.equal(table.code, 0);
    assert.match(table.out.split('\n')[0]!, /^ID\s+SLUG\s+NAME\s+STATUS/);
    const json = JSON.parse(roster('org', 'list', '--json').out);
    assert.deepEqual(
      json.map((organization: { slug: string }) => organization.slug),
      ['acme', 'globex'],
    );
  });

  test('create, member add/remove, grant and admin, with audit actor cli', () => {
    assert.equal(roster('permission', 'create', '--key', 'cli:test', '--description', 'From the CLI').code, 0);
    const role = JSON.parse(
      roster(
        'role',
        'create',
        '--key',
        'cli-role',
        '--name',
        'CLI',
        '--scope',
        'organization',
        '--org',
        'globex',
        '--permissions',
        'cli:test',
        '--json',
      ).out,
    );
    assert.deepEqual(role[0].permissions, ['cli:test']);
    const added = roster(
      'member',
      'add',
      '--org',
      'globex',
      '--email',
      'alice@example.com',
      '--roles',
      'cli-role',
      '--json',
    );
    assert.equal(added.code, 0, added.err);
    assert.deepEqual(JSON.parse(added.out)[0].roles, ['cli-role']);
    assert.equal(
      roster('member', 'add', '--org', 'globex', '--email', 'alice@example.com').code,
      1,
      'a second membership is a conflict',
    );
    assert.equal(roster('member', 'remove', '--org', 'globex', '--email', 'alice@example.com').code, 0);
    assert.equal(roster('grant', '--email', 'alice@example.com', '--permission', 'cli:test').code, 0);
    assert.equal(roster('admin', 'grant', '--email', 'bob@example.com').code, 0);
    assert.equal(roster('invite', '--org', 'acme', '--email', 'new@example.com', '--role', 'learner').code, 0);
    const database = new BetterSqlite3(join(dir, 'roster.db'), { readonly: true });
    const actors = database.prepare('select distinct actor from audit_events').all() as { actor: string }[];
    database.close();
    assert.deepEqual(
      actors.map((row) => row.actor),
      ['cli'],
    );
  });

  test('mistakes exit 2 with a one-line error; not found exits 1', () => {
    const missing = roster('org', 'create', '--name', 'No slug');
    assert.equal(missing.code, 2);
    assert.match(missing.err, /--slug is required/);
    const wrongScope = roster('grant', '--email', 'bob@example.com', '--platform-role', 'learner');
    assert.equal(wrongScope.code, 2);
    assert.equal(wrongScope.err.trim().split('\n').length, 1);
    assert.equal(roster('admin', 'grant', '--email', 'nobody@example.com').code, 1);
    assert.equal(roster('member', 'add', '--org', 'nowhere', '--email', 'bob@example.com').code, 1);
    assert.equal(roster('org', 'create', '--name', 'Dup', '--slug', 'acme').code, 1);
    assert.match(roster('grant', '--help').out, /--platform-role/);
  });
});
