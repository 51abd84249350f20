import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { startAdminTestApp, type AdminTestApp } from '../../helpers/admin.ts';
import { testEngines } from '../../helpers/databases.ts';
import { startReceiver, type TestReceiver } from './receiver.ts';

for (const engine of await testEngines()) {
  describe(`a receiver that never answers, on ${engine}`, () => {
    let roster: AdminTestApp;
    let healthy: TestReceiver;
    let silent: Server;
    let silentUrl: string;
    let silentRequests = 0;

    before(async () => {
      roster = await startAdminTestApp(engine, { ROSTER_WEBHOOKS_ALLOW_INSECURE: 'true' });
      healthy = await startReceiver();
      silent = createServer(() => void (silentRequests += 1));
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
      silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/hooks`;
    });
    after(async () => {
      await roster.close();
      await healthy.close();
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    });

    test('holds only a couple of the sender slots: other webhooks keep receiving', async () => {
      const stuck = await roster.create('/api/admin/webhooks', { url: silentUrl, events: ['organization.created'] });
      healthy.useSecret(
        (await roster.create('/api/admin/webhooks', { url: healthy.url, events: ['organization.created'] })).secret,
      );
      const ids: string[] = [];
      for (let index = 0; index < 12; index += 1) {
        ids.push(
          (await roster.create('/api/admin/organizations', { name: `Busy ${index}`, slug: `busy-${index}` })).id,
        );
      }
      await healthy.waitFor((events) => ids.every((id) => events.some((event) => event.data.id === id)));
      // Every one arrived while the silent receiver's first attempts were still waiting for an answer.
      const attempts = (await roster.admin('GET', `/api/admin/webhooks/${stuck.id}/deliveries?limit=200`)).json().data;
      assert.ok(attempts.every((attempt: { status: string }) => attempt.status === 'pending'));
      assert.ok(
        silentRequests >= 1 && silentRequests <= 3,
        `requests in flight to the silent receiver: ${silentRequests}`,
      );
    });
  });
}
