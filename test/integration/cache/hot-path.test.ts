import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { ChangeBus } from '../../../src/cache/change-bus.ts';
import { openChangeBus } from '../../../src/cache/open-change-bus.ts';
import { loadConfig } from '../../../src/config/config.ts';
import { createDatabase, type Database } from '../../../src/db/database.ts';
import { migrateToLatest } from '../../../src/db/migrate.ts';
import { buildApp } from '../../../src/http/app.ts';
import { createConfiguredVerifier } from '../../../src/identity/configured-verifier.ts';
import { ADMIN_TOKEN, startAdminTestApp, type AdminTestApp } from '../../helpers/admin.ts';
import { createTestClock, type TestClock } from '../../helpers/app.ts';
import { createTestDatabase, testEngines, type TestDatabase } from '../../helpers/databases.ts';
import { startTestIssuer, type TestIssuer } from '../../helpers/jwks-server.ts';
import { countingQueries } from '../../helpers/query-counter.ts';

type Any = Record<string, any>;

const ME_URLS = [
  '/api/users/me',
  '/api/auth/me',
  '/api/me/organizations',
  '/api/me/current-organization',
  '/api/v1/me',
  '/api/v1/me?include=memberships.organization,roles.permissions',
];

for (const engine of await testEngines()) {
  // On PostgreSQL every request first reads `roster_change_seq` (the bus's catch-up, so a write
  // through another instance is seen at once); on SQLite nothing at all.
  const perRequest = engine === 'postgres' ? 1 : 0;
  const cost = perRequest === 1 ? 'one query' : 'no query';
  describe(`the /me hot path on ${engine}: a known user with nothing due costs ${cost}`, () => {
    let issuer: TestIssuer;
    let testDb: TestDatabase;
    let dataDir: string;
    let database: Database;
    let changeBus: ChangeBus;
    let counter: ReturnType<typeof countingQueries<Any>>;
    let clock: TestClock;
    let app: FastifyInstance;
    before(async () => {
      issuer = await startTestIssuer();
      testDb = await createTestDatabase(engine);
      dataDir = await mkdtemp(join(tmpdir(), 'roster-hot-path-'));
      const config = loadConfig({
        DATABASE_URL: testDb.config.engine === 'sqlite' ? `sqlite:${testDb.config.path}` : testDb.config.url,
        ROSTER_DATA_DIR: dataDir,
        AUTH_ISSUER: issuer.url,
        AUTH_JWKS_URL: issuer.jwksUrl,
        ROSTER_ADMIN_TOKEN: ADMIN_TOKEN,
        LOG_LEVEL: 'silent',
      });
      database = createDatabase(config.database);
      await migrateToLatest(database.db);
      // Every query the app sends goes through this counter (the app is built over it).
      counter = countingQueries(database.db as unknown as Parameters<typeof countingQueries<Any>>[0]);
      clock = createTestClock();
      const counted = { ...database, db: counter.db as unknown as Database['db'] };
      // The bus the server opens (LISTEN/NOTIFY on PostgreSQL), over the counted connection.
      changeBus = await openChangeBus(config.database, counted);
      app = await buildApp(config, {
        database: counted,
        tokenVerifier: await createConfiguredVerifier(config, null),
        devIssuer: null,
        changeBus,
        clock,
      });
      await app.ready();
    });
    after(async () => {
      await app.close();
      await changeBus.close();
      await database.destroy();
      await issuer.close();
      await testDb.drop();
      await rm(dataDir, { recursive: true, force: true });
    });

    const get = async (url: string, token: string) => {
      const response = await app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
      assert.equal(response.statusCode, 200, response.body);
      return response;
    };
    // Only what the request itself sends: the webhook sender polls the same database meanwhile.
    const queriesOf = async (work: () => Promise<unknown>) => (await counter.queriesOf(work)).length;

    test(`the first request provisions; every later one, on every /me family, sends ${perRequest}`, async () => {
      const token = await issuer.sign({ email: `hot-${engine}@example.com`, email_verified: true });
      assert.ok((await queriesOf(() => get('/api/users/me', token))) > perRequest, 'the first request provisions');
      for (const url of ME_URLS) {
        assert.equal(await queriesOf(() => get(url, token)), perRequest, `${url} for a known, cached user`);
        assert.equal(await queriesOf(() => get(url, token)), perRequest, `${url} again`);
      }
    });

    if (engine === 'postgres') {
      test('the one query is the sequence read: no table of the snapshot is touched', async () => {
        const token = await issuer.sign({ email: `sequence-${engine}@example.com`, email_verified: true });
        await get('/api/users/me', token);
        await get('/api/users/me', token);
        const url = '/api/v1/me?include=memberships.organization,roles.permissions';
        const [only, ...more] = await counter.queriesOf(() => get(url, token));
        assert.deepEqual(more, []);
        assert.match(
          only ?? '',
          /^select case when is_called then last_value else 0 end as seq from roster_change_seq$/,
        );
      });
    }

    test('lastLoginAt is written once a minute, from the cached lastLoginAt, then the hot path is query-free again', async () => {
      const token = await issuer.sign({ email: `minute-${engine}@example.com`, email_verified: true });
      const first = (await get('/api/users/me', token)).json().data;
      await get('/api/users/me', token);
      clock.advance(59_000);
      assert.equal(await queriesOf(() => get('/api/users/me', token)), perRequest, 'not yet due');
      clock.advance(1_000);
      assert.ok((await queriesOf(() => get('/api/users/me', token))) > perRequest, 'due: written');
      const after = (await get('/api/users/me', token)).json().data;
      assert.equal(after.lastLoginAt, clock().toISOString());
      assert.notEqual(after.lastLoginAt, first.lastLoginAt);
      assert.equal(await queriesOf(() => get('/api/users/me', token)), perRequest);
    });

    test('a write announced on the bus costs one reload, then the hot path again', async () => {
      const token = await issuer.sign({ email: `write-${engine}@example.com`, email_verified: true });
      const { id } = (await get('/api/users/me', token)).json().data;
      const patched = await app.inject({
        method: 'PATCH',
        url: `/api/admin/users/${id}`,
        headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
        payload: { firstName: 'Changed' },
      });
      assert.equal(patched.statusCode, 200, patched.body);
      let name = '';
      const reload = await queriesOf(async () => (name = (await get('/api/users/me', token)).json().data.firstName));
      assert.ok(reload > perRequest);
      assert.equal(name, 'Changed');
      assert.equal(await queriesOf(() => get('/api/users/me', token)), perRequest);
    });
  });

  describe(`identity cache invalidation on ${engine}`, () => {
    let roster: AdminTestApp;
    before(async () => {
      roster = await startAdminTestApp(engine);
    });
    after(() => roster.close());

    test('a user deleted by an admin is provisioned anew on the next request', async () => {
      const token = await roster.token({ email: `gone-${engine}@example.com`, email_verified: true });
      const me = async () => (await roster.request({ method: 'GET', url: '/api/users/me', token })).json().data;
      const before = await me();
      await me();
      assert.equal((await roster.admin('DELETE', `/api/admin/users/${before.id}`)).statusCode, 204);
      const again = await me();
      assert.notEqual(again.id, before.id);
      assert.equal((await roster.admin('GET', `/api/admin/users/${before.id}`)).statusCode, 404);
    });

    test("an invitation created by an admin applies on the invitee's next request", async () => {
      const organization = await roster.create('/api/admin/organizations', {
        name: 'Invite Co',
        slug: `invite-${engine}`,
      });
      const token = await roster.token({ email: `invitee-${engine}@example.com`, email_verified: true });
      const me = async () => (await roster.request({ method: 'GET', url: '/api/auth/me', token })).json().data;
      assert.deepEqual((await me()).companies, []);
      await me();
      await roster.create('/api/admin/invitations', {
        email: `invitee-${engine}@example.com`,
        organizationId: organization.id,
      });
      assert.deepEqual(
        (await me()).companies.map((company: Any) => company.id),
        [organization.id],
      );
    });
  });

  describe(`identity cache with ROSTER_PROVISIONING=off on ${engine}`, () => {
    let roster: AdminTestApp;
    before(async () => {
      roster = await startAdminTestApp(engine, { ROSTER_PROVISIONING: 'off' });
    });
    after(() => roster.close());

    test('a user deleted by an admin gets 404 on the next request', async () => {
      const user = await roster.create('/api/admin/users', { email: `precreated-${engine}@example.com` });
      const token = await roster.token({ email: `precreated-${engine}@example.com`, email_verified: true });
      const me = () => roster.request({ method: 'GET', url: '/api/users/me', token });
      assert.equal((await me()).json().data.id, user.id);
      assert.equal((await me()).statusCode, 200);
      assert.equal((await roster.admin('DELETE', `/api/admin/users/${user.id}`)).statusCode, 204);
      const gone = await me();
      assert.equal(gone.statusCode, 404);
      assert.equal(gone.json().error.code, 'UserNotFound');
    });
  });
}
