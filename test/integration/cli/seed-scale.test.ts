import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../src/db/types.ts';
import { startTestApp, type TestApp } from '../../helpers/app.ts';
import { runCli } from '../../helpers/cli.ts';
import { testEngines } from '../../helpers/databases.ts';
import { countRows } from '../../helpers/db-counts.ts';
import { fixtures } from '../../helpers/fixtures.ts';
import { startTestIssuer, type TestIssuer } from '../../helpers/jwks-server.ts';

const USERS = 500;
const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Every index and constraint of the tables seed-scale loads, as PostgreSQL would recreate them. */
async function bulkTableSchema(db: Kysely<DB>): Promise<string[]> {
  const tables = '{users,identities,memberships,membership_roles,resource_grants}';
  const { rows } = await sql<{ definition: string }>`
    select conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) ||
           case when convalidated then '' else ' NOT VALID' end as definition
      from pg_constraint where conrelid = any(${tables}::regclass[])
    union all
    select pg_get_indexdef(indexrelid) from pg_index where indrelid = any(${tables}::regclass[])
    order by 1`.execute(db);
  return rows.map((row) => row.definition);
}

for (const engine of await testEngines()) {
  describe(`seed-scale on ${engine}`, () => {
    let dir: string;
    let issuer: TestIssuer;
    let t: TestApp;
    let env: Record<string, string>;
    let schemaBefore: string[] = [];
    const seed = (...args: string[]) => runCli(['seed-scale', ...args], env);

    before(async () => {
      dir = await mkdtemp(join(tmpdir(), 'roster-seed-scale-'));
      issuer = await startTestIssuer({ alg: 'ES256' });
      const file = { database: { engine: 'sqlite' as const, path: join(dir, 'roster.db') } };
      t = await startTestApp(engine, { issuer, ...(engine === 'sqlite' ? file : {}) });
      const url = t.databaseConfig.engine === 'sqlite' ? `sqlite:${t.databaseConfig.path}` : t.databaseConfig.url;
      env = {
        DATABASE_URL: url,
        ROSTER_DATA_DIR: dir,
        LOG_LEVEL: 'silent',
        AUTH_ISSUER: issuer.url,
        AUTH_JWKS_URL: issuer.jwksUrl,
      };
      if (engine === 'postgres') schemaBefore = await bulkTableSchema(t.database.db);
    });
    after(async () => {
      await t.close();
      await issuer.close();
      await rm(dir, { recursive: true, force: true });
    });

    test('a bad --users changes nothing and says why', async () => {
      for (const args of [
        [],
        ['--users', '0'],
        ['--users', 'ten'],
        ['--users', '-5'],
        ['--users', '500', '--organizations', '1.5'],
      ]) {
        const result = await seed(...args);
        assert.equal(result.code, 2, args.join(' '));
        assert.match(result.stderr, /must be a whole number|--users/);
      }
      assert.equal(await countRows(t.database.db, 'users'), 0);
    });

    test(`${USERS} users arrive with identities, memberships, roles and grants in proportion`, async () => {
      const result = await seed('--users', String(USERS));
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stdout, new RegExp(`seeded ${USERS} users and 5 organizations`));
      assert.match(result.stderr, /500 \/ 500 users, [\d,]+ rows, [\d,]+ rows\/s, ETA 0 s/);
      const db = t.database.db;
      assert.equal(await countRows(db, 'users'), USERS);
      assert.equal(await countRows(db, 'identities'), USERS);
      assert.equal(await countRows(db, 'organizations'), 5);
      // 1, 2 or 3 memberships by user index modulo 3, each with one role.
      const memberships = 167 * 1 + 167 * 2 + 166 * 3;
      assert.equal(await countRows(db, 'memberships'), memberships);
      assert.equal(await countRows(db, 'membershipRoles'), memberships);
      assert.equal(await countRows(db, 'resourceGrants'), 150);
      const primaries = await db
        .selectFrom('memberships')
        .select(db.fn.countAll<number>().as('n'))
        .where('isPrimary', '=', true)
        .executeTakeFirstOrThrow();
      assert.equal(Number(primaries.n), USERS);
      const identity = await db
        .selectFrom('identities')
        .selectAll()
        .where('subject', '=', 'scale-user-7')
        .executeTakeFirstOrThrow();
      assert.equal(identity.issuer, issuer.url);
      for (const table of ['users', 'identities', 'memberships', 'resourceGrants'] as const) {
        const ids = await db.selectFrom(table).select('id').orderBy('id').execute();
        assert.ok(
          ids.every(({ id }) => UUID_V7.test(id)),
          `${table} ids are UUIDv7`,
        );
      }
      // Planner statistics are fresh, so /me's queries use the indexes on the bulk-loaded tables.
      const analyzed =
        engine === 'postgres'
          ? sql<{ n: number }>`select count(*) as n from pg_stat_user_tables
              where relname = 'membership_roles' and last_analyze is not null`
          : sql<{ n: number }>`select count(distinct tbl) as n from sqlite_stat1 where tbl = 'membership_roles'`;
      assert.equal(Number((await analyzed.execute(db)).rows[0]?.n), 1);
    });

    test('a seeded user signs in with a token for their identity and sees their memberships', async () => {
      const token = await issuer.sign({ sub: 'scale-user-2', email: 'user2@scale.roster.test', email_verified: true });
      const before = await countRows(t.database.db, 'users');
      const response = await t.request({ method: 'GET', url: '/api/users/me', token });
      assert.equal(response.statusCode, 200, response.body);
      const me = response.json().data;
      assert.equal(me.email, 'user2@scale.roster.test');
      assert.equal(me.role, 'scale-member');
      assert.deepEqual(me.permissions, ['scale.projects.read', 'scale.projects.write']);
      const organizations = await t.request({ method: 'GET', url: '/api/me/organizations', token });
      assert.equal(organizations.statusCode, 200, organizations.body);
      // User 2 has three memberships: scale-org-0 (primary, member) and two more (viewer).
      const listed = organizations.json().data.organizations as {
        name: string;
        userRole: string;
        isPrimary: boolean;
      }[];
      assert.deepEqual(
        listed.map(({ name, userRole, isPrimary }) => [name, userRole, isPrimary]),
        [
          ['Scale Org 0', 'scale-member', true],
          ['Scale Org 2', 'scale-viewer', false],
          ['Scale Org 4', 'scale-viewer', false],
        ],
      );
      assert.equal(await countRows(t.database.db, 'users'), before, 'signing in provisioned nobody new');
    });

    if (engine === 'postgres') {
      test('the loaded tables keep every index and constraint, validated', async () => {
        assert.ok(schemaBefore.length > 15, schemaBefore.join('\n'));
        assert.deepEqual(await bulkTableSchema(t.database.db), schemaBefore);
      });
    }

    test('a second run into the same database refuses and changes nothing', async () => {
      const result = await seed('--users', '10');
      assert.equal(result.code, 1);
      assert.match(result.stderr, /already holds scale data/);
      assert.equal(await countRows(t.database.db, 'users'), USERS);
    });
  });
}

for (const engine of (await testEngines()).filter((candidate) => candidate === 'postgres')) {
  describe(`seed-scale on ${engine}: all or nothing`, () => {
    test('a clash with a user already there rolls back every row and keeps every index', async () => {
      const issuer = await startTestIssuer({ alg: 'ES256' });
      const t = await startTestApp(engine, { issuer });
      try {
        await fixtures(t.database.db).user({ email: 'user7@scale.roster.test' });
        const schema = await bulkTableSchema(t.database.db);
        const dir = await mkdtemp(join(tmpdir(), 'roster-seed-scale-'));
        const url = t.databaseConfig.engine === 'postgres' ? t.databaseConfig.url : '';
        const result = await runCli(['seed-scale', '--users', '100'], {
          DATABASE_URL: url,
          ROSTER_DATA_DIR: dir,
          LOG_LEVEL: 'silent',
          AUTH_ISSUER: issuer.url,
          AUTH_JWKS_URL: issuer.jwksUrl,
        });
        await rm(dir, { recursive: true, force: true });
        assert.notEqual(result.code, 0);
        assert.match(result.stderr, /users_email_normalized_key/);
        assert.equal(await countRows(t.database.db, 'users'), 1);
        assert.equal(await countRows(t.database.db, 'organizations'), 0);
        assert.equal(await countRows(t.database.db, 'memberships'), 0);
        assert.deepEqual(await bulkTableSchema(t.database.db), schema);
      } finally {
        await t.close();
        await issuer.close();
      }
    });
  });
}
