import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ADMIN_TOKEN, startAdminTestApp, type AdminTestApp } from '../../helpers/admin.ts';
import { startTestApp, type TestApp } from '../../helpers/app.ts';
import { testEngines } from '../../helpers/databases.ts';
import { startReceiver, type TestReceiver } from './receiver.ts';

const ENV = {
  ROSTER_ADMIN_TOKEN: ADMIN_TOKEN,
  ROSTER_WEBHOOKS_ALLOW_INSECURE: 'true',
  ROSTER_WEBHOOKS_RETRY_DELAYS_MS: '100,100,100,100,100,100',
};

for (const engine of (await testEngines()).filter((name) => name === 'postgres')) {
  describe(`two instances on one ${engine} database`, () => {
    let one: AdminTestApp;
    let two: TestApp;
    let receiver: TestReceiver;

    before(async () => {
      one = await startAdminTestApp(engine, ENV);
      two = await startTestApp(engine, { env: ENV, database: one.databaseConfig, issuer: one.issuer });
      receiver = await startReceiver();
      receiver.useSecret((await one.create('/api/admin/webhooks', { url: receiver.url, events: ['*'] })).secret);
    });
    after(async () => {
      await two.close();
      await one.close();
      await receiver.close();
    });

    test('each attempt of each event is made by exactly one of them', async () => {
      const seen = new Map<string, number>();
      // The first attempt of every event fails, so the retries are claimed by both instances too.
      receiver.respondWith((event) => {
        const count = (seen.get(event.id) ?? 0) + 1;
        seen.set(event.id, count);
        return count === 1 ? 500 : 204;
      });
      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, index) =>
          (index % 2 === 0 ? one : two).request({
            method: 'POST',
            url: '/api/admin/organizations',
            headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
            payload: { name: `Org ${index}`, slug: `org-${index}` },
          }),
        ),
      );
      assert.deepEqual(
        responses.map((response) => response.statusCode),
        Array(20).fill(201),
      );
      const ids: string[] = responses.map((response) => response.json().data.id);
      await receiver.waitFor((events) =>
        ids.every((id) => events.some((event) => event.data.id === id && event.status === 204)),
      );
      // Give a duplicate, if any were made, time to arrive.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      for (const id of ids) {
        const attempts = receiver.received.filter((event) => event.data.id === id).map((event) => event.status);
        assert.deepEqual(attempts, [500, 204], `organization ${id}`);
      }
      const rows = await one.database.db
        .selectFrom('webhookDeliveries')
        .select(['eventId', 'attempt', 'status'])
        .orderBy('eventId')
        .orderBy('attempt')
        .execute();
      assert.equal(rows.length, 40);
      assert.ok(rows.every((row) => (row.attempt === 1 ? row.status === 'failed' : row.status === 'succeeded')));
    });
  });
}
