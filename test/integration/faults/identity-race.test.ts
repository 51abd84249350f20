import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startTestApp, type TestApp } from '../../helpers/app.ts';
import { createTestDatabase, testEngines, type TestDatabase } from '../../helpers/databases.ts';

const ADMIN_TOKEN = 'race-admin-token-0123456789';

for (const engine of await testEngines()) {
  describe(`identity rules under concurrency (${engine}, two servers on one database)`, () => {
    let dir: string;
    let database: TestDatabase;
    let servers: TestApp[];
    before(async () => {
      dir = await mkdtemp(join(tmpdir(), 'roster-race-'));
      database = await createTestDatabase(engine, { sqlitePath: join(dir, 'roster.db') });
      const first = await startTestApp(engine, { database: database.config, env: { ROSTER_ADMIN_TOKEN: ADMIN_TOKEN } });
      const env = { ROSTER_ADMIN_TOKEN: ADMIN_TOKEN };
      const second = await startTestApp(engine, { database: database.config, issuer: first.issuer, env });
      servers = [first, second];
    });
    after(async () => {
      for (const server of [...(servers ?? [])].reverse()) await server.close();
      await database?.drop();
      await rm(dir, { recursive: true, force: true });
    });

    test('30 subjects racing to link to one pre-created user: one links, 29 get 409 IdentityConflict', async () => {
      const [first] = servers as [TestApp, TestApp];
      const created = await first.request({
        method: 'POST',
        url: '/api/admin/users',
        headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
        payload: { email: 'Race@Example.com', firstName: 'Pre' },
      });
      assert.equal(created.statusCode, 201, created.body);
      const user = created.json().data;
      const claims = { email: 'race@example.com', email_verified: true };
      const tokens = await Promise.all(Array.from({ length: 30 }, () => first.token(claims)));
      const responses = await Promise.all(
        tokens.map((token, i) => servers[i % 2]!.request({ method: 'GET', url: '/api/users/me', token })),
      );
      const statuses = responses.map((response) => response.statusCode);
      const linked = responses.filter((response) => response.statusCode === 200);
      assert.equal(linked.length, 1, `statuses: ${statuses.join(',')}`);
      assert.equal(linked[0]!.json().data.id, user.id);
      const refused = responses.filter((response) => response.statusCode === 409);
      assert.equal(refused.length, 29, `statuses: ${statuses.join(',')}`);
      for (const response of refused) assert.equal(response.json().error.code, 'IdentityConflict');
      const { db } = first.database;
      const identities = await db.selectFrom('identities').select('subject').where('userId', '=', user.id).execute();
      assert.equal(identities.length, 1, 'one identity holds the user');
    });
  });
}
