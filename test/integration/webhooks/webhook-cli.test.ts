import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ADMIN_TOKEN } from '../../helpers/admin.ts';
import { startTestApp, type TestApp } from '../../helpers/app.ts';
import { runCli } from '../../helpers/cli.ts';
import { createTestDatabase, testEngines, type TestDatabase } from '../../helpers/databases.ts';
import { startReceiver, type TestReceiver } from './receiver.ts';

for (const engine of await testEngines()) {
  describe(`roster webhook on ${engine}`, () => {
    let dir: string;
    let database: TestDatabase;
    let roster: TestApp;
    let receiver: TestReceiver;
    let env: Record<string, string>;
    let webhook: { id: string; secret: string };

    before(async () => {
      dir = await mkdtemp(join(tmpdir(), 'roster-webhook-cli-'));
      database = await createTestDatabase(engine, { sqlitePath: join(dir, 'roster.db') });
      roster = await startTestApp(engine, {
        database: database.config,
        env: { ROSTER_ADMIN_TOKEN: ADMIN_TOKEN, ROSTER_WEBHOOKS_ALLOW_INSECURE: 'true' },
      });
      receiver = await startReceiver();
      const admin = (url: string, payload: object) =>
        roster.request({ method: 'POST', url, headers: { authorization: `Bearer ${ADMIN_TOKEN}` }, payload });
      webhook = (
        await admin('/api/admin/webhooks', { url: receiver.url, events: ['organization.created'], description: 'ops' })
      ).json().data;
      receiver.useSecret(webhook.secret);
      await admin('/api/admin/organizations', { name: 'Listed', slug: 'listed' });
      await receiver.waitFor((events) => events.length === 1);
      env = {
        DATABASE_URL: database.config.engine === 'sqlite' ? `sqlite:${database.config.path}` : database.config.url,
        ROSTER_DATA_DIR: dir,
        LOG_LEVEL: 'silent',
      };
    });
    after(async () => {
      await roster.close();
      await receiver.close();
      await database.drop();
      await rm(dir, { recursive: true, force: true });
    });

    test('list shows the webhooks (never their secret), as a table or JSON', async () => {
      const table = await runCli(['webhook', 'list'], env);
      assert.equal(table.code, 0, table.stderr);
      assert.match(table.stdout.split('\n')[0]!, /^ID\s+URL\s+EVENTS\s+ENABLED/);
      assert.match(table.stdout, new RegExp(webhook.id));
      const json = JSON.parse((await runCli(['webhook', 'list', '--json'], env)).stdout);
      assert.deepEqual(
        json.map((item: { id: string; events: string[] }) => [item.id, item.events]),
        [[webhook.id, ['organization.created']]],
      );
      assert.ok(
        !table.stdout.includes(webhook.secret.slice(6)) && !JSON.stringify(json).includes(webhook.secret.slice(6)),
      );
    });

    test('deliveries lists the recent attempts of one webhook, newest first', async () => {
      const result = await runCli(['webhook', 'deliveries', webhook.id, '--json'], env);
      assert.equal(result.code, 0, result.stderr);
      const [delivery] = JSON.parse(result.stdout);
      assert.deepEqual(
        [delivery.eventType, delivery.attempt, delivery.status, delivery.responseStatus],
        ['organization.created', 1, 'succeeded', 204],
      );
      assert.equal(delivery.eventId, receiver.received[0]!.id);
      const table = await runCli(['webhook', 'deliveries', webhook.id], env);
      assert.match(table.stdout.split('\n')[0]!, /^AT\s+EVENTTYPE\s+EVENTID\s+ATTEMPT\s+STATUS/);
    });

    test('an unknown webhook is exit 1; a missing id or a bad limit exit 2', async () => {
      const unknown = await runCli(['webhook', 'deliveries', '00000000-0000-7000-8000-000000000000'], env);
      assert.equal(unknown.code, 1);
      assert.match(unknown.stderr, /No webhook/);
      assert.equal((await runCli(['webhook', 'deliveries'], env)).code, 2);
      assert.equal((await runCli(['webhook', 'deliveries', webhook.id, '--limit', '0'], env)).code, 2);
      assert.equal((await runCli(['webhook', 'fire'], env)).code, 2);
    });
  });
}
