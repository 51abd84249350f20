import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Webhook } from 'svix';
import { ADMIN_TOKEN } from '../../helpers/admin.ts';
import { startTestApp, type TestApp } from '../../helpers/app.ts';
import { runCli } from '../../helpers/cli.ts';
import { createTestDatabase, testEngines, type TestDatabase } from '../../helpers/databases.ts';
import { startReceiver, type TestReceiver } from './receiver.ts';

const CLERK_SECRET = `whsec_${randomBytes(32).toString('base64')}`;

/**
 * Every kind of write — admin API, CLI, provisioning (create and link), a known identity's
 * email becoming verified, self-service edits on both families, the organization switch, an
 * inbound Clerk event — goes through the one write path: each leaves an audit event naming its
 * actor, and each change of a user, membership, organization or invitation emits its event.
 */
for (const engine of await testEngines()) {
  describe(`the one write path on ${engine}`, () => {
    let dir: string;
    let database: TestDatabase;
    let roster: TestApp;
    let receiver: TestReceiver;

    before(async () => {
      dir = await mkdtemp(join(tmpdir(), 'roster-write-path-'));
      database = await createTestDatabase(engine, { sqlitePath: join(dir, 'roster.db') });
      roster = await startTestApp(engine, {
        database: database.config,
        env: {
          ROSTER_ADMIN_TOKEN: ADMIN_TOKEN,
          ROSTER_WEBHOOKS_ALLOW_INSECURE: 'true',
          CLERK_WEBHOOK_SECRET: CLERK_SECRET,
        },
      });
      receiver = await startReceiver();
      const webhook = await admin('POST', '/api/admin/webhooks', { url: receiver.url, events: ['*'] });
      receiver.useSecret(webhook.json().data.secret);
    });
    after(async () => {
      await roster.close();
      await receiver.close();
      await database.drop();
      await rm(dir, { recursive: true, force: true });
    });

    function admin(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) {
      return roster.request({
        method,
        url,
        headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
        ...(payload ? { payload } : {}),
      });
    }
    const audited = async (actor: string, action: string, targetId: string) => {
      const rows = await roster.database.db
        .selectFrom('auditEvents')
        .selectAll()
        .where('actor', '=', actor)
        .where('action', '=', action)
        .where('targetId', '=', targetId)
        .execute();
      return rows.length;
    };
    const emitted = (type: string, id: string) =>
      receiver.waitFor((events) => events.some((event) => event.type === type && event.data.id === id));

    test('admin API: audited as admin-token, event emitted', async () => {
      const org = (await admin('POST', '/api/admin/organizations', { name: 'Paths', slug: 'paths' })).json().data;
      assert.equal(await audited('admin-token', 'organization.created', org.id), 1);
      await emitted('organization.created', org.id);
    });

    test('CLI: audited as cli, and the running server delivers its event', async () => {
      const env = {
        DATABASE_URL: database.config.engine === 'sqlite' ? `sqlite:${database.config.path}` : database.config.url,
        ROSTER_DATA_DIR: dir,
        LOG_LEVEL: 'silent',
      };
      const result = await runCli(['org', 'create', '--name', 'From CLI', '--slug', 'from-cli', '--json'], env);
      assert.equal(result.code, 0, result.stderr);
      const [org] = JSON.parse(result.stdout) as { id: string }[];
      assert.equal(await audited('cli', 'organization.created', org!.id), 1);
      await emitted('organization.created', org!.id);
    });

    test('provisioning, linking and a later verified email: audited as system, events emitted', async () => {
      const subject = `user-${randomBytes(4).toString('hex')}`;
      const token = await roster.token({ sub: subject, email: 'new@example.com', email_verified: false });
      const created = (await roster.request({ method: 'GET', url: '/api/users/me', token })).json().data;
      assert.equal(await audited('system', 'user.provisioned', created.id), 1);
      await emitted('user.created', created.id);

      const verified = await roster.token({ sub: subject, email: 'new@example.com', email_verified: true });
      assert.equal((await roster.request({ method: 'GET', url: '/api/users/me', token: verified })).statusCode, 200);
      assert.equal(await audited('system', 'user.email_verified', created.id), 1);

      const precreated = (await admin('POST', '/api/admin/users', { email: 'linked@example.com' })).json().data;
      const linking = await roster.token({ email: 'linked@example.com', email_verified: true, given_name: 'Linda' });
      assert.equal(
        (await roster.request({ method: 'GET', url: '/api/users/me', token: linking })).json().data.id,
        precreated.id,
      );
      assert.equal(await audited('system', 'identity.linked', precreated.id), 1);
      const events = await receiver.waitFor((received) =>
        received.some((event) => event.type === 'user.updated' && event.data.id === precreated.id),
      );
      assert.equal(
        events.find((event) => event.type === 'user.updated' && event.data.id === precreated.id)!.data.firstName,
        'Linda',
      );
    });

    test('self-service edits (both families) and the switch: audited as the user', async () => {
      const org = (await admin('POST', '/api/admin/organizations', { name: 'Mine', slug: 'mine' })).json().data;
      const token = await roster.token({ email: 'self@example.com', email_verified: true });
      const me = (await roster.request({ method: 'GET', url: '/api/users/me', token })).json().data;
      await admin('POST', `/api/admin/organizations/${org.id}/members`, { userId: me.id });

      const patch = await roster.request({
        method: 'PATCH',
        url: '/api/users/me',
        token,
        payload: { firstName: 'Selma' },
      });
      assert.equal(patch.statusCode, 200);
      assert.equal(await audited(me.id, 'user.updated', me.id), 1);
      const noChange = await roster.request({
        method: 'PATCH',
        url: '/api/users/me',
        token,
        payload: { firstName: 'Selma' },
      });
      assert.equal(noChange.statusCode, 200);
      assert.equal(await audited(me.id, 'user.updated', me.id), 1, 'a PATCH that changes nothing writes nothing');

      const jsonApi = await roster.request({
        method: 'PATCH',
        url: '/api/v1/me',
        token,
        headers: { 'content-type': 'application/vnd.api+json' },
        payload: { data: { type: 'person', id: me.id, attributes: { lastName: 'Self' } } },
      });
      assert.equal(jsonApi.statusCode, 200);
      assert.equal(await audited(me.id, 'user.updated', me.id), 2);
      await receiver.waitFor((events) =>
        events.some(
          (event) => event.type === 'user.updated' && event.data.id === me.id && event.data.lastName === 'Self',
        ),
      );

      const invalid = await roster.request({
        method: 'PATCH',
        url: '/api/users/me',
        token,
        payload: { firstName: '' },
      });
      assert.equal(invalid.statusCode, 400);
      assert.equal(await audited(me.id, 'user.updated', me.id), 2, 'a refused PATCH writes nothing');

      const switched = await roster.request({
        method: 'POST',
        url: '/api/me/switch-organization',
        token,
        payload: { organizationId: org.id },
      });
      assert.equal(switched.statusCode, 200);
      assert.equal(await audited(me.id, 'organization.switched', org.id), 1);
    });

    test('an inbound Clerk event: audited as identity-provider', async () => {
      const subject = `user_${randomBytes(6).toString('hex')}`;
      const token = await roster.token({ sub: subject, email: 'clerk@example.com', email_verified: true });
      const me = (await roster.request({ method: 'GET', url: '/api/users/me', token })).json().data;
      const body = JSON.stringify({
        type: 'user.updated',
        object: 'event',
        data: {
          id: subject,
          object: 'user',
          first_name: 'Clara',
          last_name: null,
          image_url: null,
          email_addresses: [],
          phone_numbers: [],
        },
      });
      const id = `msg_${randomBytes(6).toString('hex')}`;
      const at = new Date();
      const response = await roster.request({
        method: 'POST',
        url: '/api/webhooks/clerk',
        headers: {
          'content-type': 'application/json',
          'svix-id': id,
          'svix-timestamp': String(Math.floor(at.getTime() / 1000)),
          'svix-signature': new Webhook(CLERK_SECRET).sign(id, at, body),
        },
        payload: body,
      });
      assert.equal(response.statusCode, 204);
      assert.equal(await audited('identity-provider', 'user.updated', me.id), 1);
      await receiver.waitFor((events) =>
        events.some(
          (event) => event.type === 'user.updated' && event.data.id === me.id && event.data.firstName === 'Clara',
        ),
      );
    });
  });
}
