import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startAdminTestApp, type AdminTestApp } from '../../helpers/admin.ts';
import { testEngines } from '../../helpers/databases.ts';
import { startReceiver, type TestReceiver } from './receiver.ts';

// Seven attempts, quickly: the production schedule is the same shape over an hour and more.
const ENV = { ROSTER_WEBHOOKS_ALLOW_INSECURE: 'true', ROSTER_WEBHOOKS_RETRY_DELAYS_MS: '50,100,150,200,250,300' };

for (const engine of await testEngines()) {
  describe(`webhook retries on ${engine}`, () => {
    let roster: AdminTestApp;
    let receiver: TestReceiver;
    let webhookId: string;

    before(async () => {
      roster = await startAdminTestApp(engine, ENV);
      receiver = await startReceiver();
      const webhook = await roster.create('/api/admin/webhooks', {
        url: receiver.url,
        events: ['organization.created', 'user.updated'],
      });
      receiver.useSecret(webhook.secret);
      webhookId = webhook.id;
    });
    after(async () => {
      await roster.close();
      await receiver.close();
    });

    const deliveriesOf = async (eventId: string) =>
      (
        (await roster.admin('GET', `/api/admin/webhooks/${webhookId}/deliveries?limit=200`)).json().data as Record<
          string,
          unknown
        >[]
      ).filter((delivery) => delivery.eventId === eventId);

    test('a 500 is retried with the same webhook-id until a 2xx; every attempt is listed, newest first', async () => {
      const failuresLeft = new Map<string, number>();
      receiver.respondWith((event) => {
        const left = failuresLeft.get(event.id) ?? 2;
        failuresLeft.set(event.id, left - 1);
        return left > 0 ? 500 : 200;
      });
      const org = await roster.create('/api/admin/organizations', { name: 'Retry', slug: 'retry' });
      const events = await receiver.waitFor((received) =>
        received.some((event) => event.data.id === org.id && event.status === 200),
      );
      const attempts = events.filter((event) => event.data.id === org.id);
      assert.deepEqual(
        attempts.map((event) => event.status),
        [500, 500, 200],
      );
      assert.equal(new Set(attempts.map((event) => event.headers['webhook-id'])).size, 1);
      assert.equal(attempts[0]!.headers['webhook-id'], attempts[0]!.id);

      // The receiver answers before the sender records the answer: wait until it is recorded.
      let listed = await deliveriesOf(attempts[0]!.id);
      for (let tries = 0; listed.some((delivery) => delivery.status === 'pending') && tries < 100; tries += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        listed = await deliveriesOf(attempts[0]!.id);
      }
      assert.deepEqual(
        listed.map(({ attempt, status, responseStatus, eventType }) => ({
          attempt,
          status,
          responseStatus,
          eventType,
        })),
        [
          { attempt: 3, status: 'succeeded', responseStatus: 200, eventType: 'organization.created' },
          { attempt: 2, status: 'failed', responseStatus: 500, eventType: 'organization.created' },
          { attempt: 1, status: 'failed', responseStatus: 500, eventType: 'organization.created' },
        ],
      );
    });

    test('after the last attempt fails the delivery is failed for good', async () => {
      receiver.respondWith(() => 503);
      const org = await roster.create('/api/admin/organizations', { name: 'Doomed', slug: 'doomed' });
      const events = await receiver.waitFor(
        (received) => received.filter((event) => event.data.id === org.id).length >= 7,
      );
      const eventId = events.find((event) => event.data.id === org.id)!.id;
      let listed = await deliveriesOf(eventId);
      for (let tries = 0; listed.some((delivery) => delivery.status === 'pending') && tries < 100; tries += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        listed = await deliveriesOf(eventId);
      }
      assert.deepEqual(
        listed.map((delivery) => delivery.attempt),
        [7, 6, 5, 4, 3, 2, 1],
      );
      assert.ok(listed.every((delivery) => delivery.status === 'failed' && delivery.responseStatus === 503));
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.equal(receiver.received.filter((event) => event.data.id === org.id).length, 7);
      const metrics = (await roster.request({ method: 'GET', url: '/metrics' })).body;
      assert.match(metrics, /roster_webhook_deliveries_failed_total [1-9]/);
      assert.match(metrics, /roster_webhook_deliveries_retried_total [1-9]/);
      assert.match(metrics, /roster_webhook_deliveries_succeeded_total [1-9]/);
      assert.match(metrics, /roster_webhook_events_emitted_total\{type="organization.created"\} [1-9]/);
    });

    test("a receiver that was down gets one user's changes in the order they were made", async () => {
      let down = true;
      receiver.respondWith(() => (down ? 503 : 204));
      const user = await roster.create('/api/admin/users', { email: 'order@example.com' });
      for (const name of ['One', 'Two', 'Three', 'Four', 'Five']) {
        assert.equal((await roster.admin('PATCH', `/api/admin/users/${user.id}`, { firstName: name })).statusCode, 200);
      }
      await receiver.waitFor((received) => received.some((event) => event.data.id === user.id && event.status === 503));
      const metrics = (await roster.request({ method: 'GET', url: '/metrics' })).body;
      assert.match(metrics, /roster_webhook_oldest_undelivered_seconds [0-9.e-]+/);
      assert.doesNotMatch(metrics, /roster_webhook_oldest_undelivered_seconds 0\n/);
      down = false;
      const received = await receiver.waitFor(
        (events) => events.filter((event) => event.data.id === user.id && event.status === 204).length === 5,
      );
      const delivered = received
        .filter((event) => event.data.id === user.id && event.status === 204)
        .map((event) => event.data.firstName);
      assert.deepEqual(delivered, ['One', 'Two', 'Three', 'Four', 'Five']);
      // While the first was failing, none of the later ones was tried.
      const order = ['One', 'Two', 'Three', 'Four', 'Five'];
      const tried = received
        .filter((event) => event.data.id === user.id)
        .map((event) => order.indexOf(event.data.firstName));
      assert.deepEqual(
        tried,
        [...tried].sort((x, y) => x - y),
      );
    });
  });
}
