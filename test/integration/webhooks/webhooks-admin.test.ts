import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ADMIN_TOKEN, startAdminTestApp, type AdminTestApp } from '../../helpers/admin.ts';
import { testEngines } from '../../helpers/databases.ts';
import { startReceiver, type TestReceiver } from './receiver.ts';

// A public address literal: registration needs no DNS, and nothing in these tests connects to it.
const PUBLIC_URL = 'https://93.184.215.14/roster-hooks';

for (const engine of await testEngines()) {
  describe(`admin webhooks on ${engine}`, () => {
    let roster: AdminTestApp;
    before(async () => {
      roster = await startAdminTestApp(engine, { ROSTER_WEBHOOKS_RETRY_DELAYS_MS: '60000' });
    });
    after(() => roster.close());

    test('create: 201 with a whsec_ secret shown only there; get, list, patch, delete as usual', async () => {
      const created = await roster.admin('POST', '/api/admin/webhooks', {
        url: PUBLIC_URL,
        events: ['user.created', 'user.updated'],
        description: 'CRM sync',
      });
      assert.equal(created.statusCode, 201);
      const webhook = created.json().data;
      assert.match(webhook.secret, /^whsec_[A-Za-z0-9+/]+=*$/);
      assert.ok(Buffer.from(webhook.secret.slice('whsec_'.length), 'base64').length >= 24);
      assert.deepEqual(
        { ...webhook, id: 'x', secret: 'x', createdAt: 'x', updatedAt: 'x' },
        {
          id: 'x',
          url: PUBLIC_URL,
          events: ['user.created', 'user.updated'],
          description: 'CRM sync',
          enabled: true,
          secret: 'x',
          createdAt: 'x',
          updatedAt: 'x',
        },
      );

      const shown = (await roster.admin('GET', `/api/admin/webhooks/${webhook.id}`)).json().data;
      assert.equal(shown.secret, undefined);
      assert.equal(shown.url, PUBLIC_URL);
      const second = await roster.create('/api/admin/webhooks', { url: PUBLIC_URL, events: ['*'] });
      const firstPage = (await roster.admin('GET', '/api/admin/webhooks?limit=1')).json();
      assert.deepEqual(
        firstPage.data.map((item: { id: string }) => item.id),
        [webhook.id],
      );
      assert.equal(firstPage.data[0].secret, undefined);
      const nextPage = (await roster.admin('GET', `/api/admin/webhooks?limit=1&cursor=${firstPage.nextCursor}`)).json();
      assert.deepEqual(
        nextPage.data.map((item: { id: string }) => item.id),
        [second.id],
      );
      assert.equal(nextPage.nextCursor, null);

      const patched = await roster.admin('PATCH', `/api/admin/webhooks/${webhook.id}`, {
        enabled: false,
        events: ['*'],
        description: null,
      });
      assert.equal(patched.statusCode, 200);
      assert.deepEqual(
        [patched.json().data.enabled, patched.json().data.events, patched.json().data.description],
        [false, ['*'], null],
      );

      const audit = (await roster.admin('GET', '/api/admin/audit-events?action=webhook.created')).json().data;
      assert.ok(audit.length >= 1);
      assert.ok(!JSON.stringify(audit).includes(webhook.secret.slice(6)));

      assert.equal((await roster.admin('DELETE', `/api/admin/webhooks/${webhook.id}`)).statusCode, 204);
      assert.equal((await roster.admin('GET', `/api/admin/webhooks/${webhook.id}`)).statusCode, 404);
      assert.equal((await roster.admin('DELETE', `/api/admin/webhooks/${webhook.id}`)).statusCode, 404);
      assert.equal(
        (await roster.admin('PATCH', `/api/admin/webhooks/${webhook.id}`, { enabled: true })).statusCode,
        404,
      );
      assert.equal((await roster.admin('GET', `/api/admin/webhooks/${webhook.id}/deliveries`)).statusCode, 404);
    });

    test('unknown or missing event types, bad bodies and bad list parameters are 400 and change nothing', async () => {
      const before = (await roster.admin('GET', '/api/admin/webhooks?limit=200')).json().data.length;
      for (const body of [
        { url: PUBLIC_URL, events: ['user.exploded'] },
        { url: PUBLIC_URL, events: [] },
        { url: PUBLIC_URL },
        { events: ['*'] },
        { url: PUBLIC_URL, events: ['*'], secret: 'whsec_mine' },
        { url: 'not a url', events: ['*'] },
      ]) {
        const response = await roster.admin('POST', '/api/admin/webhooks', body);
        assert.equal(response.statusCode, 400, JSON.stringify(body));
        assert.equal(response.json().error.code, 'ValidationFailed');
      }
      const unknown = await roster.admin('POST', '/api/admin/webhooks', {
        url: PUBLIC_URL,
        events: ['user.created', 'nope.nope'],
      });
      assert.deepEqual(unknown.json().error.details, [{ field: 'events', message: 'unknown event type "nope.nope"' }]);
      const some = await roster.create('/api/admin/webhooks', { url: PUBLIC_URL, events: ['*'] });
      assert.equal(
        (await roster.admin('PATCH', `/api/admin/webhooks/${some.id}`, { events: ['user.gone'] })).statusCode,
        400,
      );
      assert.equal((await roster.admin('PATCH', `/api/admin/webhooks/${some.id}`, {})).statusCode, 400);
      assert.equal((await roster.admin('GET', '/api/admin/webhooks?limit=0')).json().error.code, 'InvalidParameter');
      assert.equal(
        (await roster.admin('GET', '/api/admin/webhooks?limit=1&cursor=bad')).json().error.code,
        'InvalidParameter',
      );
      assert.equal((await roster.admin('GET', '/api/admin/webhooks?limit=200')).json().data.length, before + 1);
    });

    test('webhook admin needs admin credentials', async () => {
      assert.equal(
        (await roster.request({ method: 'GET', url: '/api/admin/webhooks' })).json().error.code,
        'MissingToken',
      );
      const user = await roster.request({
        method: 'GET',
        url: '/api/admin/webhooks',
        token: await roster.token({ email: 'nobody@example.com' }),
      });
      assert.equal(user.statusCode, 403);
      const wrong = await roster.request({
        method: 'POST',
        url: '/api/admin/webhooks',
        headers: { authorization: `Bearer ${ADMIN_TOKEN}x` },
        payload: { url: PUBLIC_URL, events: ['*'] },
      });
      assert.equal(wrong.statusCode, 401);
    });

    test('without ROSTER_WEBHOOKS_ALLOW_INSECURE: http, loopback, private, link-local URLs are 400', async () => {
      const refused = [
        'http://93.184.215.14/hooks',
        'https://127.0.0.1/hooks',
        'https://127.1.2.3:8443/hooks',
        'https://localhost/hooks',
        'https://[::1]/hooks',
        'https://[::ffff:127.0.0.1]/hooks',
        'https://[::ffff:10.0.0.1]/hooks',
        'https://10.1.2.3/hooks',
        'https://172.16.0.1/hooks',
        'https://192.168.1.1/hooks',
        'https://169.254.169.254/latest/meta-data',
        'https://[fe80::1]/hooks',
        'https://[fd12:3456::1]/hooks',
        'https://0.0.0.0/hooks',
        'ftp://93.184.215.14/hooks',
      ];
      for (const url of refused) {
        const response = await roster.admin('POST', '/api/admin/webhooks', { url, events: ['*'] });
        assert.equal(response.statusCode, 400, url);
        assert.equal(response.json().error.details[0].field, 'url', url);
      }
      const some = await roster.create('/api/admin/webhooks', { url: PUBLIC_URL, events: ['*'] });
      assert.equal(
        (await roster.admin('PATCH', `/api/admin/webhooks/${some.id}`, { url: 'https://127.0.0.1/x' })).statusCode,
        400,
      );
      assert.equal((await roster.admin('GET', `/api/admin/webhooks/${some.id}`)).json().data.url, PUBLIC_URL);
    });
  });

  describe(`the destination guard at delivery time on ${engine}`, () => {
    let roster: AdminTestApp;
    let receiver: TestReceiver;
    before(async () => {
      roster = await startAdminTestApp(engine, { ROSTER_WEBHOOKS_RETRY_DELAYS_MS: '60000' });
      receiver = await startReceiver();
    });
    after(async () => {
      await roster.close();
      await receiver.close();
    });

    test('a stored destination that now points at loopback is refused when delivering: nothing is sent', async () => {
      // As if its DNS had changed since registration: the row names a loopback address.
      const now = new Date().toISOString();
      await roster.database.db
        .insertInto('webhooks')
        .values({
          id: '00000000-0000-7000-8000-000000000001',
          url: receiver.url,
          events: '["*"]',
          description: null,
          secret: `whsec_${Buffer.alloc(32, 7).toString('base64')}`,
          enabled: true,
          createdAt: now,
          updatedAt: now,
        })
        .execute();
      receiver.useSecret(`whsec_${Buffer.alloc(32, 7).toString('base64')}`);
      await roster.create('/api/admin/organizations', { name: 'Guarded', slug: 'guarded' });
      let deliveries: Record<string, unknown>[] = [];
      for (let tries = 0; !deliveries.some((delivery) => delivery.status === 'failed') && tries < 200; tries += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        deliveries = (
          await roster.admin('GET', '/api/admin/webhooks/00000000-0000-7000-8000-000000000001/deliveries')
        ).json().data;
      }
      const failed = deliveries.find((delivery) => delivery.status === 'failed')!;
      assert.equal(failed.responseStatus, null);
      assert.match(String(failed.error), /destination refused/);
      assert.equal(receiver.received.length + receiver.rejected.length, 0);
    });
  });
}
