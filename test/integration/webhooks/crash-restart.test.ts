import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createTestDatabase, testEngines, type TestDatabase } from '../../helpers/databases.ts';
import { startReceiver, type TestReceiver } from './receiver.ts';

const BIN = resolve(import.meta.dirname, '../../../bin/roster.js');
const ADMIN_TOKEN = 'crash-test-admin-token-0123456789';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

async function waitForHealth(base: string, deadline = Date.now() + 30_000): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('server did not become healthy');
}

for (const engine of await testEngines()) {
  describe(`a real roster serve killed between commit and delivery, on ${engine}`, () => {
    let dataDir: string;
    let database: TestDatabase;
    let receiver: TestReceiver;
    before(async () => {
      dataDir = await mkdtemp(join(tmpdir(), 'roster-crash-'));
      database = await createTestDatabase(engine, { sqlitePath: join(dataDir, 'roster.db') });
      receiver = await startReceiver();
    });
    after(async () => {
      await receiver.close();
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    });

    test('SIGKILL after the change committed (receiver down): the restarted server delivers the event', async () => {
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      const env = {
        PATH: process.env.PATH ?? '',
        PORT: String(port),
        ROSTER_DATA_DIR: dataDir,
        DATABASE_URL: database.config.engine === 'sqlite' ? `sqlite:${database.config.path}` : database.config.url,
        ROSTER_ADMIN_TOKEN: ADMIN_TOKEN,
        ROSTER_WEBHOOKS_ALLOW_INSECURE: 'true',
        ROSTER_WEBHOOKS_RETRY_DELAYS_MS: '500,500,500,500,500,500',
        LOG_LEVEL: 'warn',
      };
      const serve = (): { child: ChildProcess; output: () => string } => {
        const child = spawn(process.execPath, [BIN, 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        child.stdout!.on('data', (chunk) => (output += chunk));
        child.stderr!.on('data', (chunk) => (output += chunk));
        return { child, output: () => output };
      };
      const admin = (method: string, path: string, body?: unknown) =>
        fetch(`${base}${path}`, {
          method,
          headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });

      const first = serve();
      let org: { id: string };
      try {
        await waitForHealth(base);
        const webhook = (await (
          await admin('POST', '/api/admin/webhooks', { url: receiver.url, events: ['organization.created'] })
        ).json()) as { data: { secret: string } };
        receiver.useSecret(webhook.data.secret);
        receiver.respondWith(() => 503);
        const created = await admin('POST', '/api/admin/organizations', { name: 'Durable', slug: 'durable' });
        assert.equal(created.status, 201);
        org = ((await created.json()) as { data: { id: string } }).data;
        // The change committed; the receiver is down, so the event is not delivered yet.
        await receiver.waitFor((events) => events.some((event) => event.data.id === org.id));
      } finally {
        first.child.kill('SIGKILL');
      }
      const [, signal] = await once(first.child, 'exit');
      assert.equal(signal, 'SIGKILL');
      assert.ok(!receiver.received.some((event) => event.data.id === org.id && event.status === 204));

      receiver.respondWith(() => 204);
      const second = serve();
      try {
        await waitForHealth(base);
        // A retry the killed server had claimed keeps its lease (60 s) before this server takes it:
        // on a loaded machine the kill often lands while one is in flight.
        const events = await receiver.waitFor(
          (received) => received.some((event) => event.data.id === org.id && event.status === 204),
          90_000,
        );
        const attempts = events.filter((event) => event.data.id === org.id);
        assert.equal(
          new Set(attempts.map((event) => event.headers['webhook-id'])).size,
          1,
          'the same webhook-id on every attempt',
        );
        assert.equal(attempts.filter((event) => event.status === 204).length, 1);
      } finally {
        second.child.kill('SIGTERM');
      }
      const [code] = await once(second.child, 'exit');
      assert.equal(code, 0, second.output());
    });
  });
}
