import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createTestDatabase, testEngines, type TestDatabase } from '../../helpers/databases.ts';
import { runCli } from '../../helpers/cli.ts';

describe('roster with no command, --version and --help', () => {
  test('no arguments prints the overview and exits 0 instead of starting a server', async () => {
    const result = await runCli([], { DATABASE_URL: 'sqlite::memory:' });
    assert.equal(result.code, 0);
    assert.match(result.stdout, /^roster \d+\.\d+\.\d+/);
    for (const name of ['serve', 'check-token', 'user', 'member', 'audit', 'revoke']) {
      assert.match(result.stdout, new RegExp(`\\n  ${name} `));
    }
  });

  test('--version prints the package version', async () => {
    const result = await runCli(['--version']);
    assert.equal(result.code, 0);
    assert.match(result.stdout.trim(), /^\d+\.\d+\.\d+$/);
  });

  test('an unknown command is a usage error (exit 2)', async () => {
    const result = await runCli(['frobnicate']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /unknown command "frobnicate"/);
  });
});

for (const engine of await testEngines()) {
  describe(`admin CLI commands on ${engine}`, () => {
    let dir: string;
    let database: TestDatabase;
    let env: Record<string, string>;
    const roster = (...args: string[]) => runCli(args, env);
    const json = async (...args: string[]) => {
      const result = await roster(...args, '--json');
      assert.equal(result.code, 0, `${args.join(' ')}: ${result.stderr}`);
      return JSON.parse(result.stdout);
    };

    before(async () => {
      dir = await mkdtemp(join(tmpdir(), 'roster-cli-'));
      database = await createTestDatabase(engine, { sqlitePath: join(dir, 'roster.db') });
      const url = database.config.engine === 'sqlite' ? `sqlite:${database.config.path}` : database.config.url;
      env = { DATABASE_URL: url, ROSTER_DATA_DIR: dir, LOG_LEVEL: 'silent' };
      assert.equal((await roster('seed-demo')).code, 0);
    });
    after(async () => {
      await database.drop();
      await rm(dir, { recursive: true, force: true });
    });

    test('user create, list and show', async () => {
      const [created] = await json(
        'user',
        'create',
        '--email',
        'Zoe@Example.com',
        '--first-name',
        'Zoe',
        '--last-name',
        'Quinn',
      );
      assert.equal(created.fullName, 'Zoe Quinn');
      const listed = await json('user', 'list', '--email', 'zoe@example.com');
      assert.deepEqual(
        listed.map((user: { id: string }) => user.id),
        [created.id],
      );
      assert.equal((await json('user', 'list')).length, 7);
      const shown = await json('user', 'show', '--user', created.id.toUpperCase());
      assert.equal(shown.email, 'Zoe@Example.com');
      const table = await roster('user', 'show', '--email', 'zoe@example.com');
      assert.match(table.stdout, /^fullName\s+"Zoe Quinn"$/m);
      const taken = await roster('user', 'create', '--email', 'zoe@example.com');
      assert.equal(taken.code, 1);
      assert.match(taken.stderr, /already exists/);
      assert.equal((await roster('user', 'show', '--email', 'nobody@example.com')).code, 1);
      assert.equal((await roster('user', 'frob')).code, 2);
    });

    test('member list names the organization by slug or id', async () => {
      const bySlug = await json('member', 'list', '--org', 'acme');
      assert.equal(bySlug.length, 4);
      const [acme] = (await json('org', 'list')).filter((org: { slug: string }) => org.slug === 'acme');
      assert.deepEqual(await json('member', 'list', '--org', acme.id), bySlug);
      const table = await roster('member', 'list', '--org', 'acme');
      assert.match(table.stdout, /^ID\s+USERID\s+EMAIL\s+STATUS\s+ISPRIMARY\s+ROLES/);
      assert.match(table.stdout, /erin@example.com\s+active\s+true\s+teacher,learner/);
      const missing = await roster('member', 'list', '--org', 'nowhere');
      assert.equal(missing.code, 1);
      assert.match(missing.stderr, /No organization with slug or id "nowhere"/);
      assert.equal((await roster('member', 'list')).code, 2);
      const [added] = await json('member', 'add', '--org', acme.id, '--email', 'dave@example.com');
      assert.deepEqual(await json('member', 'remove', '--org', 'acme', '--email', 'dave@example.com'), {
        removed: added.id,
      });
    });

    test('revoke a global permission, a platform role and a resource grant', async () => {
      await json('revoke', '--email', 'carol@example.com', '--permission', 'reports:read');
      const again = await roster('revoke', '--email', 'carol@example.com', '--permission', 'reports:read');
      assert.equal(again.code, 1, 'already gone');
      const platform = await json('revoke', '--email', 'dave@example.com', '--platform-role', 'support');
      assert.deepEqual(platform.revoked.platformRole, 'support');
      const [grant] = await json(
        'grant',
        '--email',
        'bob@example.com',
        '--resource',
        'project:gemini',
        '--permission',
        'projects:read',
      );
      const text = await roster('revoke', '--email', 'bob@example.com', '--grant', grant.id);
      assert.equal(text.code, 0, text.stderr);
      assert.match(text.stdout, new RegExp(`revoked resource grant ${grant.id}`));
      assert.equal((await roster('revoke', '--email', 'bob@example.com', '--grant', grant.id)).code, 1);
      const both = await roster('revoke', '--email', 'bob@example.com', '--permission', 'a:b', '--grant', grant.id);
      assert.equal(both.code, 2);
      assert.match(both.stderr, /exactly one of/);
    });

    test('audit filters by actor, action and since; all CLI writes are by actor cli', async () => {
      // A revocation of the test's own, so the action filter has something to find whatever ran before.
      await json('permission', 'create', '--key', 'audit:revoked');
      await json('grant', '--email', 'alice@example.com', '--permission', 'audit:revoked');
      await json('revoke', '--email', 'alice@example.com', '--permission', 'audit:revoked');
      await new Promise((resolve) => setTimeout(resolve, 2));
      const since = new Date().toISOString();
      await json('permission', 'create', '--key', 'audit:probe');
      const all = await json('audit', '--limit', '1000');
      assert.ok(all.length > 40);
      assert.deepEqual([...new Set(all.map((event: { actor: string }) => event.actor))], ['cli']);
      const recent = await json('audit', '--since', since);
      assert.deepEqual(
        recent.map((event: { action: string }) => event.action),
        ['permission.created'],
      );
      const revocations = await json('audit', '--action', 'global-permission.revoked', '--actor', 'cli');
      assert.ok(revocations.length >= 1);
      for (const event of revocations as { action: string; actor: string }[]) {
        assert.deepEqual([event.action, event.actor], ['global-permission.revoked', 'cli']);
      }
      assert.deepEqual(await json('audit', '--actor', 'admin-token'), []);
      const table = await roster('audit', '--limit', '1');
      assert.match(table.stdout, /^AT\s+ACTOR\s+ACTION\s+TARGET\n\S+\s+cli\s+permission.created\s+permission:/);
      assert.equal((await roster('audit', '--since', 'yesterday')).code, 2);
      assert.equal((await roster('audit', '--limit', '0')).code, 2);
    });

    test('migrate and seed-demo answer --json too', async () => {
      assert.deepEqual(await json('migrate'), { engine, applied: [] });
      const seeded = await json('seed-demo');
      assert.ok(seeded.present.length > 0);
    });
  });
}
