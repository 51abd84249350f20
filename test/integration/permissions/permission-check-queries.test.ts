import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { createLocalChangeBus } from '../../../src/cache/change-bus.ts';
import { loadConfig } from '../../../src/config/config.ts';
import { createDatabase, type Database } from '../../../src/db/database.ts';
import { migrateToLatest } from '../../../src/db/migrate.ts';
import { buildApp } from '../../../src/http/app.ts';
import { createConfiguredVerifier } from '../../../src/identity/configured-verifier.ts';
import { ADMIN_TOKEN } from '../../helpers/admin.ts';
import { createTestDatabase, testEngines, type TestDatabase } from '../../helpers/databases.ts';
import { startTestIssuer, type TestIssuer } from '../../helpers/jwks-server.ts';
import { countingQueries } from '../../helpers/query-counter.ts';

type Any = Record<string, any>;

for (const engine of await testEngines()) {
  describe(`permission checks of a known user send no query on ${engine}`, () => {
    let issuer: TestIssuer;
    let testDb: TestDatabase;
    let dataDir: string;
    let database: Database;
    let counter: ReturnType<typeof countingQueries<Any>>;
    let app: FastifyInstance;
    before(async () => {
      issuer = await startTestIssuer();
      testDb = await createTestDatabase(engine);
      dataDir = await mkdtemp(join(tmpdir(), 'roster-check-queries-'));
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
      app = await buildApp(config, {
        database: { ...database, db: counter.db as unknown as Database['db'] },
        tokenVerifier: await createConfiguredVerifier(config, null),
        devIssuer: null,
        changeBus: createLocalChangeBus(),
        clock: () => new Date(),
      });
      await app.ready();
    });
    after(async () => {
      await app.close();
      await database.destroy();
      await issuer.close();
      await testDb.drop();
      await rm(dataDir, { recursive: true, force: true });
    });

    const send = async (options: InjectOptions, expected = 200) => {
      const response = await app.inject(options);
      assert.equal(response.statusCode, expected, response.body);
      return response;
    };
    const admin = (method: 'POST' | 'DELETE', url: string, payload?: object) =>
      send(
        { method, url, headers: { authorization: `Bearer ${ADMIN_TOKEN}` }, ...(payload ? { payload } : {}) },
        method === 'POST' ? 201 : 204,
      );
    // Only what the request itself sends: the webhook sender polls the same database meanwhile.
    const queriesOf = async (work: () => Promise<unknown>) => (await counter.queriesOf(work)).length;

    test('POST, GET and the admin form read the snapshot; a revoked grant is seen on the next check', async () => {
      const token = await issuer.sign({ email: `checker-${engine}@example.com`, email_verified: true });
      const auth = { authorization: `Bearer ${token}` };
      const { id } = (await send({ method: 'GET', url: '/api/users/me', headers: auth })).json().data;
      await admin('POST', '/api/admin/permissions', { key: 'projects:edit' });
      await admin('POST', '/api/admin/roles', {
        key: 'editor',
        name: 'Editor',
        scope: 'organization',
        permissions: ['projects:edit'],
      });
      const organization = (await admin('POST', '/api/admin/organizations', { name: 'Acme', slug: 'acme' })).json()
        .data;
      await admin('POST', `/api/admin/organizations/${organization.id}/members`, {
        userId: id,
        roles: ['editor'],
        isPrimary: true,
      });
      await admin('POST', `/api/admin/users/${id}/permissions`, { key: 'projects:edit' });

      const checks = {
        checks: [
          { permission: 'projects:edit' },
          { permission: 'projects:edit', organizationId: organization.id },
          { permission: 'no:such' },
        ],
      };
      const post = () => send({ method: 'POST', url: '/api/me/permissions/check', headers: auth, payload: checks });
      const get = () =>
        send({
          method: 'GET',
          url: `/api/me/permissions/check?permission=projects:edit&organizationId=${organization.id}`,
          headers: auth,
        });
      const adminCheck = () =>
        send({
          method: 'POST',
          url: `/api/admin/users/${id}/permissions/check`,
          headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
          payload: checks,
        });
      await post();
      await adminCheck();
      for (const [name, check] of [
        ['POST', post],
        ['GET', get],
        ['admin', adminCheck],
      ] as const) {
        assert.equal(await queriesOf(check), 0, `${name} for a known, cached user`);
        assert.equal(await queriesOf(check), 0, `${name} again`);
      }
      assert.deepEqual(
        (await post()).json().data.results.map((result: Any) => result.source),
        ['global', 'global', null],
      );

      await admin('DELETE', `/api/admin/users/${id}/permissions/projects:edit`);
      let sources: unknown[] = [];
      assert.ok(
        (await queriesOf(
          async () => (sources = (await post()).json().data.results.map((result: Any) => result.source)),
        )) > 0,
        'reloaded once',
      );
      assert.deepEqual(sources, ['organization', 'organization', null]);
      assert.equal(await queriesOf(post), 0, 'then cached again');
      assert.deepEqual(
        (await adminCheck()).json().data.results.map((result: Any) => result.source),
        ['organization', 'organization', null],
      );
    });
  });
}
