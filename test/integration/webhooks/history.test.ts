import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ADMIN_TOKEN } from '../../helpers/admin.ts';
import { createTestClock, startTestApp, type TestApp } from '../../helpers/app.ts';
import { testEngines } from '../../helpers/databases.ts';
import { startReceiver, type TestReceiver } from './receiver.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

for (const engine of await testEngines()) {
  describe(`webhook history and enabling on ${engine}`, () => {
    const clock = createTestClock();
    let roster: TestApp;
    let receiver: TestReceiver;

    before(async () => {
      roster = await startTestApp(engine, {
        clock,
        env: { ROSTER_ADMIN_TOKEN: ADMIN_TOKEN, ROSTER_WEBHOOKS_ALLOW_INSECURE: 'true' },
      });
      receiver = await startReceiver();
    });
    after(async () => {
      await roster.close();
      await receiver.close();
    });

    const admin = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
      roster.request({
        method,
        url,
        headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
        ...(payload ? { payload } : {}),
      });

    test('a disabled webhook queues nothing; enabled again, it gets what happens next', async () => {
      const webhook = (
        await admin('POST', '/api/admin/webhooks', { url: receiver.url, events: ['organization.created'] })
      ).json().data;
      receiver.useSecret(webhook.secret);
      assert.equal((await admin('PATCH', `/api/admin/webhooks/${webhook.id}`, { enabled: false })).statusCode, 200);
      const skipped = (await admin('POST', '/api/admin/organizations', { name: 'Quiet', slug: 'quiet' })).json().data;
      assert.deepEqual((await admin('GET', `/api/admin/webhooks/${webhook.id}/deliveries`)).json().data, []);
      assert.equal((await admin('PATCH', `/api/admin/webhooks/${webhook.id}`, { enabled: true })).statusCode, 200);
      const heard = (await admin('POST', '/api/admin/organizations', { name: 'Heard', slug: 'heard' })).json().data;
      await receiver.waitFor((events) => events.some((event) => event.data.id === heard.id));
      assert.ok(!receiver.received.some((event) => event.data.id === skipped.id));
    });

    test('settled events older than 30 days are forgotten with their attempts; pending ones are kept', async () => {
      const { db } = roster.database;
      const now = clock().getTime();
      const at = (offsetMs: number) => new Date(now + offsetMs).toISOString();
      const hook = { id: '00000000-0000-7000-8000-00000000beef', url: 'https://93.184.215.14/x', events: '["*"]' };
      await db
        .insertInto('webhooks')
        .values({
          ...hook,
          description: null,
          secret: 'whsec_AAAA',
          enabled: true,
          createdAt: at(-50 * DAY_MS),
          updatedAt: at(0),
        })
        .execute();
      const event = (id: string, occurredAt: string) => ({
        id,
        type: 'user.deleted',
        orderingKey: id,
        data: '{}',
        occurredAt,
      });
      await db
        .insertInto('webhookEvents')
        .values([
          event('old-settled', at(-40 * DAY_MS)),
          event('old-pending', at(-40 * DAY_MS)),
          event('recent', at(-DAY_MS)),
        ])
        .execute();
      const delivery = (id: string, eventId: string, status: 'succeeded' | 'pending', dueAt: string) => ({
        id,
        webhookId: hook.id,
        eventId,
        attempt: 1,
        status,
        responseStatus: status === 'succeeded' ? 200 : null,
        error: null,
        dueAt,
        leasedUntil: null,
        at: dueAt,
      });
      await db
        .insertInto('webhookDeliveries')
        .values([
          delivery('d-old-settled', 'old-settled', 'succeeded', at(-40 * DAY_MS)),
          delivery('d-old-pending', 'old-pending', 'pending', at(10 * DAY_MS)),
          delivery('d-recent', 'recent', 'succeeded', at(-DAY_MS)),
        ])
        .execute();
      await db
        .insertInto('inboundEvents')
        .values([
          { source: 'clerk', messageId: 'msg_old', processedAt: at(-40 * DAY_MS) },
          { source: 'clerk', messageId: 'msg_recent', processedAt: at(-DAY_MS) },
        ])
        .execute();
      // The sender prunes at most hourly: move its clock past the next prune.
      clock.advance(2 * 60 * 60 * 1000);
      const remaining = async () =>
        (await db.selectFrom('webhookEvents').select('id').orderBy('id').execute()).map((row) => row.id);
      const oldInbound = async () =>
        (await db.selectFrom('inboundEvents').select('messageId').where('messageId', '=', 'msg_old').execute()).length;
      const pruned = async () => !(await remaining()).includes('old-settled') && (await oldInbound()) === 0;
      for (let tries = 0; !(await pruned()) && tries < 200; tries += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const left = await remaining();
      assert.ok(!left.includes('old-settled'));
      assert.ok(left.includes('old-pending') && left.includes('recent'));
      const attempts = await db
        .selectFrom('webhookDeliveries')
        .select('id')
        .where('webhookId', '=', hook.id)
        .orderBy('id')
        .execute();
      assert.deepEqual(
        attempts.map((row) => row.id),
        ['d-old-pending', 'd-recent'],
      );
      const inbound = await db.selectFrom('inboundEvents').select('messageId').execute();
      assert.deepEqual(
        inbound.map((row) => row.messageId),
        ['msg_recent'],
      );
    });
  });
}
