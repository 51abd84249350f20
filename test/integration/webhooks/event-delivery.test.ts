import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startAdminTestApp, type AdminTestApp } from '../../helpers/admin.ts';
import { testEngines } from '../../helpers/databases.ts';
import { signIn } from '../../helpers/fixtures.ts';
import { ofType, startReceiver, type ReceivedEvent, type TestReceiver } from './receiver.ts';

const INSECURE = { ROSTER_WEBHOOKS_ALLOW_INSECURE: 'true', ROSTER_WEBHOOKS_RETRY_DELAYS_MS: '100,150,200,250,300,350' };

for (const engine of await testEngines()) {
  describe(`webhook events on ${engine}`, () => {
    let roster: AdminTestApp;
    let all: TestReceiver;
    let orgsOnly: TestReceiver;

    before(async () => {
      roster = await startAdminTestApp(engine, INSECURE);
      all = await startReceiver();
      orgsOnly = await startReceiver();
      all.useSecret((await roster.create('/api/admin/webhooks', { url: all.url, events: ['*'] })).secret);
      orgsOnly.useSecret(
        (await roster.create('/api/admin/webhooks', { url: orgsOnly.url, events: ['organization.created'] })).secret,
      );
    });
    after(async () => {
      await roster.close();
      await all.close();
      await orgsOnly.close();
    });

    const eventFor = async (type: string, id: string): Promise<ReceivedEvent> => {
      const events = await all.waitFor((received) =>
        received.some((event) => event.type === type && event.data.id === id),
      );
      return events.find((event) => event.type === type && event.data.id === id)!;
    };
    const adminGet = async (url: string) => (await roster.admin('GET', url)).json().data;

    test('admin writes: events carry the object as the admin API renders it, signed; webhook-id = id', async () => {
      const org = await roster.create('/api/admin/organizations', { name: 'Acme', slug: 'acme' });
      const created = await eventFor('organization.created', org.id);
      assert.deepEqual(created.data, org);
      assert.equal(created.headers['webhook-id'], created.id);
      assert.match(String(created.headers['webhook-signature']), /^v1,[A-Za-z0-9+/]+=*$/);
      assert.match(String(created.headers['webhook-timestamp']), /^\d+$/);
      assert.ok(!Number.isNaN(Date.parse(created.timestamp)));

      await roster.admin('PATCH', `/api/admin/organizations/${org.id}`, { name: 'Acme Inc' });
      assert.deepEqual(
        (await eventFor('organization.updated', org.id)).data,
        await adminGet(`/api/admin/organizations/${org.id}`),
      );

      const user = await roster.create('/api/admin/users', { email: 'bob@example.com', firstName: 'Bob' });
      assert.deepEqual((await eventFor('user.created', user.id)).data, user);
      await roster.admin('PATCH', `/api/admin/users/${user.id}`, { lastName: 'Builder' });
      assert.deepEqual((await eventFor('user.updated', user.id)).data, await adminGet(`/api/admin/users/${user.id}`));

      const membership = await roster.create(`/api/admin/organizations/${org.id}/members`, {
        userId: user.id,
        roles: [],
      });
      assert.deepEqual((await eventFor('membership.created', membership.id)).data, membership);
      await roster.admin('PATCH', `/api/admin/memberships/${membership.id}`, { status: 'suspended' });
      assert.deepEqual(
        (await eventFor('membership.updated', membership.id)).data,
        await adminGet(`/api/admin/memberships/${membership.id}`),
      );

      const invitation = await roster.create('/api/admin/invitations', {
        email: 'carol@example.com',
        organizationId: org.id,
      });
      assert.deepEqual((await eventFor('invitation.created', invitation.id)).data, invitation);

      assert.equal((await roster.admin('DELETE', `/api/admin/memberships/${membership.id}`)).statusCode, 204);
      assert.deepEqual((await eventFor('membership.deleted', membership.id)).data, {
        id: membership.id,
        userId: user.id,
        organizationId: org.id,
      });
      assert.equal((await roster.admin('DELETE', `/api/admin/users/${user.id}`)).statusCode, 204);
      assert.deepEqual((await eventFor('user.deleted', user.id)).data, { id: user.id });
    });

    test('deleting an organization emits membership.deleted for each member, then organization.deleted', async () => {
      const org = await roster.create('/api/admin/organizations', { name: 'Gone', slug: 'gone' });
      const user = await roster.create('/api/admin/users', { email: 'dora@example.com' });
      const membership = await roster.create(`/api/admin/organizations/${org.id}/members`, { userId: user.id });
      assert.equal((await roster.admin('DELETE', `/api/admin/organizations/${org.id}`)).statusCode, 204);
      assert.deepEqual((await eventFor('organization.deleted', org.id)).data, { id: org.id });
      assert.deepEqual((await eventFor('membership.deleted', membership.id)).data, {
        id: membership.id,
        userId: user.id,
        organizationId: org.id,
      });
    });

    test('first sign-in: user.created, invitation.accepted, membership.created; self PATCH: user.updated', async () => {
      const org = await roster.create('/api/admin/organizations', { name: 'Invited', slug: 'invited' });
      const invitation = await roster.create('/api/admin/invitations', {
        email: 'erin@example.com',
        organizationId: org.id,
      });
      const erin = await signIn(roster, { email: 'erin@example.com', email_verified: true, given_name: 'Erin' });
      const created = await eventFor('user.created', erin.id);
      assert.deepEqual(created.data, {
        ...(await adminGet(`/api/admin/users/${erin.id}`)),
        lastLoginAt: created.data.lastLoginAt,
      });
      assert.equal(created.data.firstName, 'Erin');
      const accepted = await eventFor('invitation.accepted', invitation.id);
      assert.equal(accepted.data.usedBy, erin.id);
      const joined = await all.waitFor((events) =>
        ofType(events, 'membership.created').some((event) => event.data.userId === erin.id),
      );
      assert.equal(
        ofType(joined, 'membership.created').find((event) => event.data.userId === erin.id)!.data.organizationId,
        org.id,
      );

      const patch = await roster.request({
        method: 'PATCH',
        url: '/api/users/me',
        token: await erin.token(),
        payload: { lastName: 'Self' },
      });
      assert.equal(patch.statusCode, 200);
      const updated = await all.waitFor((events) =>
        ofType(events, 'user.updated').some((event) => event.data.id === erin.id && event.data.lastName === 'Self'),
      );
      assert.ok(updated.length > 0);
      const jsonApi = await roster.request({
        method: 'PATCH',
        url: '/api/v1/me',
        token: await erin.token(),
        headers: { 'content-type': 'application/vnd.api+json' },
        payload: { data: { type: 'person', id: erin.id, attributes: { lastName: 'Api' } } },
      });
      assert.equal(jsonApi.statusCode, 200);
      await all.waitFor((events) =>
        ofType(events, 'user.updated').some((event) => event.data.id === erin.id && event.data.lastName === 'Api'),
      );
    });

    test('making another membership primary emits membership.updated for the one that lost the flag', async () => {
      const first = await roster.create('/api/admin/organizations', { name: 'First', slug: 'first-primary' });
      const second = await roster.create('/api/admin/organizations', { name: 'Second', slug: 'second-primary' });
      const user = await roster.create('/api/admin/users', { email: 'primary@example.com' });
      const was = await roster.create(`/api/admin/organizations/${first.id}/members`, { userId: user.id });
      assert.equal(was.isPrimary, true);
      const now = await roster.create(`/api/admin/organizations/${second.id}/members`, {
        userId: user.id,
        isPrimary: true,
      });
      const events = await all.waitFor(
        (received) =>
          received.some((event) => event.type === 'membership.updated' && event.data.id === was.id) &&
          received.some((event) => event.type === 'membership.created' && event.data.id === now.id),
      );
      const lost = events.find((event) => event.type === 'membership.updated' && event.data.id === was.id)!;
      assert.equal(lost.data.isPrimary, false);
      assert.ok(
        events.some((event) => event.type === 'membership.created' && event.data.id === now.id && event.data.isPrimary),
      );
    });

    test('renaming or deleting a role emits membership.updated for each membership holding it', async () => {
      const org = await roster.create('/api/admin/organizations', { name: 'Roles', slug: 'roles-events' });
      const role = await roster.create('/api/admin/roles', { key: 'pilot', name: 'Pilot', scope: 'organization' });
      const user = await roster.create('/api/admin/users', { email: 'pilot@example.com' });
      const membership = await roster.create(`/api/admin/organizations/${org.id}/members`, {
        userId: user.id,
        roles: ['pilot'],
      });
      const updates = () => all.received.filter((e) => e.type === 'membership.updated' && e.data.id === membership.id);
      assert.equal((await roster.admin('PATCH', `/api/admin/roles/${role.id}`, { name: 'Captain' })).statusCode, 200);
      await all.waitFor(() => updates().some((event) => event.data.roles[0]?.name === 'Captain'));
      assert.equal((await roster.admin('PATCH', `/api/admin/roles/${role.id}`, { rank: 5 })).statusCode, 200);
      assert.equal((await roster.admin('DELETE', `/api/admin/roles/${role.id}`)).statusCode, 204);
      await all.waitFor(() => updates().some((event) => event.data.roles.length === 0));
      assert.deepEqual(
        updates().map((event) => event.data.roles.map((held: { name: string }) => held.name)),
        [['Captain'], []],
        'a change that leaves the rendering alone (rank) emits nothing',
      );
    });

    test('a subscription to some types gets only those', async () => {
      const org = await roster.create('/api/admin/organizations', { name: 'Only', slug: 'only-created' });
      await roster.admin('PATCH', `/api/admin/organizations/${org.id}`, { name: 'Only Renamed' });
      await all.waitFor((events) =>
        events.some((event) => event.type === 'organization.updated' && event.data.id === org.id),
      );
      const received = await orgsOnly.waitFor((events) => events.some((event) => event.data.id === org.id));
      assert.deepEqual([...new Set(received.map((event) => event.type))], ['organization.created']);
      assert.equal(orgsOnly.rejected.length, 0);
      assert.equal(all.rejected.length, 0);
    });
  });
}
