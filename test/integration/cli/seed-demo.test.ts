import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '../../helpers/app.ts';
import { runCli } from '../../helpers/cli.ts';
import { testEngines } from '../../helpers/databases.ts';
import { countRows } from '../../helpers/db-counts.ts';

const TABLES = [
  'organizations',
  'roles',
  'users',
  'memberships',
  'membershipRoles',
  'invitations',
  'resourceGrants',
] as const;

for (const engine of await testEngines()) {
  describe(`seed-demo on ${engine}`, () => {
    let dir: string;
    let t: TestApp;
    let env: Record<string, string>;
    const seed = (...args: string[]) => runCli(['seed-demo', ...args], env);
    const counts = async () => {
      const rows = await Promise.all(TABLES.map(async (table) => [table, await countRows(t.database.db, table)]));
      return Object.fromEntries(rows);
    };
    const userIdOf = async (email: string) =>
      (await t.database.db.selectFrom('users').select('id').where('emailNormalized', '=', email).executeTakeFirst())
        ?.id;

    before(async () => {
      dir = await mkdtemp(join(tmpdir(), 'roster-seed-'));
      const file = { database: { engine: 'sqlite' as const, path: join(dir, 'roster.db') } };
      t = await startTestApp(engine, engine === 'sqlite' ? file : {});
      const url = t.databaseConfig.engine === 'sqlite' ? `sqlite:${t.databaseConfig.path}` : t.databaseConfig.url;
      env = { DATABASE_URL: url, ROSTER_DATA_DIR: dir, LOG_LEVEL: 'silent', AUTH_ISSUER: '' };
    });
    after(async () => {
      await t.close();
      await rm(dir, { recursive: true, force: true });
    });

    test('a seed that fails part-way leaves nothing behind, and the next run completes', async () => {
      // A real fault at the last step (the invitation): every earlier step must roll back with it.
      if (engine === 'sqlite') {
        await sql`CREATE TRIGGER no_invitations BEFORE INSERT ON invitations
          BEGIN SELECT RAISE(ABORT, 'invitations are off'); END`.execute(t.database.db);
      } else {
        await sql`CREATE FUNCTION no_invitations() RETURNS trigger
          AS $$ BEGIN RAISE EXCEPTION 'invitations are off'; END $$ LANGUAGE plpgsql`.execute(t.database.db);
        await sql`CREATE TRIGGER no_invitations BEFORE INSERT ON invitations
          FOR EACH ROW EXECUTE FUNCTION no_invitations()`.execute(t.database.db);
      }
      const failed = await seed();
      assert.equal(failed.code, 1);
      assert.match(failed.stderr, /invitations are off/);
      assert.deepEqual(await counts(), Object.fromEntries(TABLES.map((table) => [table, 0])));
      const on = sql.raw(engine === 'sqlite' ? '' : ' ON invitations');
      await sql`DROP TRIGGER no_invitations${on}`.execute(t.database.db);
    });

    test('a demo user who signed in first is adopted, not refused', async () => {
      const token = await t.token({ email: 'bob@example.com', email_verified: true, given_name: 'Robert' });
      assert.equal((await t.request({ method: 'GET', url: '/api/users/me', token })).statusCode, 200);
      const bob = await userIdOf('bob@example.com');
      assert.ok(bob);

      const first = await seed();
      assert.equal(first.code, 0, first.stderr);
      assert.match(first.stdout, /membership bob@example.com → globex as coach/);
      assert.doesNotMatch(first.stdout, /\+ user bob@example.com/);
      assert.match(first.stdout, /demo data loaded: \d+ parts created, 1 already there/);
      assert.equal(await userIdOf('bob@example.com'), bob, 'the signed-in row is kept');
      const me = await t.request({ method: 'GET', url: '/api/me/organizations', token });
      assert.equal(me.statusCode, 200);
      const names = me.json().data.organizations.map((organization: { name: string }) => organization.name);
      assert.deepEqual(names.sort(), ['Acme Learning', 'Globex Coaching']);
    });

    test('a rerun changes nothing; a partial tenant is filled in', async () => {
      const full = await counts();
      const again = await seed('--json');
      assert.equal(again.code, 0, again.stderr);
      const report = JSON.parse(again.stdout) as { created: string[]; present: string[] };
      assert.deepEqual(report.created, []);
      assert.ok(report.present.length > 30);
      assert.deepEqual(await counts(), full);

      const erin = (await userIdOf('erin@example.com'))!;
      await t.database.db.deleteFrom('memberships').where('userId', '=', erin).execute();
      await t.database.db.deleteFrom('invitations').execute();
      const refill = await seed('--json');
      assert.deepEqual(JSON.parse(refill.stdout).created, [
        'membership erin@example.com → acme as learner + teacher (primary)',
        'invitation frank@example.com → globex as teacher (pending, 7 days)',
      ]);
      assert.deepEqual(await counts(), full);
    });

    test('--reset wipes the demo tenant and seeds it again, leaving everything else', async () => {
      const full = await counts();
      const mine = await runCli(['org', 'create', '--name', 'Mine', '--slug', 'mine'], env);
      assert.equal(mine.code, 0, mine.stderr);
      const stranger = await runCli(['user', 'create', '--email', 'stranger@example.org'], env);
      assert.equal(stranger.code, 0, stranger.stderr);
      // A real organization using the demo's global role "teacher": the reset must not strip it.
      const add = ['member', 'add', '--org', 'mine', '--email', 'stranger@example.org', '--roles', 'teacher'];
      const member = await runCli(add, env);
      assert.equal(member.code, 0, member.stderr);
      const bob = await userIdOf('bob@example.com');
      await t.database.db.deleteFrom('resourceGrants').execute();

      const reset = await seed('--reset', '--json');
      assert.equal(reset.code, 0, reset.stderr);
      const report = JSON.parse(reset.stdout) as { created: string[]; present: string[]; removed: string[] };
      assert.ok(report.removed.includes('organization acme'));
      assert.ok(report.removed.includes('user bob@example.com'));
      assert.ok(report.removed.includes('organization role coach'));
      assert.ok(!report.removed.includes('organization role teacher'), 'a role in use outside the demo stays');
      const kept = await runCli(['member', 'list', '--org', 'mine', '--json'], env);
      assert.deepEqual(
        JSON.parse(kept.stdout)[0].roles.map((role: { key: string }) => role.key),
        ['teacher'],
      );
      assert.ok(report.created.includes('resource grant: erin@example.com owns project apollo'));
      assert.notEqual(await userIdOf('bob@example.com'), bob);
      assert.ok(await userIdOf('stranger@example.org'));
      const after = await counts();
      assert.equal(after.organizations, full.organizations + 1);
      assert.equal(after.users, full.users + 1);
      assert.equal(after.memberships, full.memberships + 1);
      assert.equal(after.roles, full.roles);
      const actors = await t.database.db
        .selectFrom('auditEvents')
        .select('actor')
        .distinct()
        .where('action', 'in', ['organization.created', 'organization.deleted', 'user.created', 'user.deleted'])
        .execute();
      assert.deepEqual(
        actors.map((row) => row.actor),
        ['cli'],
      );
    });
  });
}
