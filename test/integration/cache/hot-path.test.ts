import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startAdminTestApp, type AdminTestApp } from '../../helpers/admin.ts';
import { createTestClock, type TestClock } from '../../helpers/app.ts';
import { startCountingApp, type CountingApp } from '../../helpers/counting-app.ts';
import { testEngines } from '../../helpers/databases.ts';

type Any = Record<string, any>;

const ME_URLS = [
  '/api/users/me',
  '/api/auth/me',
  '/api/me/organizations',
  '/api/me/current-organization',
  '/api/v1/me',
  '/api/v1/me?include=memberships.organization,roles.permissions',
];

for (const engine of await testEngines()) {
  // On PostgreSQL every request first reads `roster_change_seq` (the bus's catch-up, so a write
  // through another instance is seen at once); on SQLite nothing at all.
  const perRequest = engine === 'postgres' ? 1 : 0;
  const cost = perRequest === 1 ? 'one query' : 'no query';
  describe(`the /me hot path on ${engine}: a known user with nothing due costs ${cost}`, () => {
    let roster: CountingApp;
    let clock: TestClock;
    before(async () => {
      clock = createTestClock();
      // Every query the app sends is counted, the bus's own (LISTEN/NOTIFY on PostgreSQL) included.
      roster = await startCountingApp(engine, { clock, changeBus: 'server' });
    });
    after(() => roster.close());

    const get = async (url: string, token: string) => {
      const response = await roster.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
      assert.equal(response.statusCode, 200, response.body);
      return response;
    };
    // Only what the request itself sends: the webhook sender polls the same database meanwhile.
    const queriesOf = async (work: () => Promise<unknown>) => (await roster.queriesOf(work)).length;

    test(`the first request provisions; every later one, on every /me family, sends ${perRequest}`, async () => {
      const token = await roster.issuer.sign({ email: `hot-${engine}@example.com`, email_verified: true });
      assert.ok((await queriesOf(() => get('/api/users/me', token))) > perRequest, 'the first request provisions');
      for (const url of ME_URLS) {
        assert.equal(await queriesOf(() => get(url, token)), perRequest, `${url} for a known, cached user`);
        assert.equal(await queriesOf(() => get(url, token)), perRequest, `${url} again`);
      }
    });

    if (engine === 'postgres') {
      test('the one query is the sequence read: no table of the snapshot is touched', async () => {
        const token = await roster.issuer.sign({ email: `sequence-${engine}@example.com`, email_verified: true });
        await get('/api/users/me', token);
        await get('/api/users/me', token);
        const url = '/api/v1/me?include=memberships.organization,roles.permissions';
        const [only, ...more] = await roster.queriesOf(() => get(url, token));
        assert.deepEqual(more, []);
        assert.match(
          only ?? '',
          /^select case when is_called then last_value else 0 end as seq from roster_change_seq$/,
        );
      });
    }

    test('lastLoginAt is written once a minute, from the cached lastLoginAt, then the hot path is query-free again', async () => {
      const token = await roster.issuer.sign({ email: `minute-${engine}@example.com`, email_verified: true });
      const first = (await get('/api/users/me', token)).json().data;
      await get('/api/users/me', token);
      clock.advance(59_000);
      assert.equal(await queriesOf(() => get('/api/users/me', token)), perRequest, 'not yet due');
      clock.advance(1_000);
      assert.ok((await queriesOf(() => get('/api/users/me', token))) > perRequest, 'due: written');
      const after = (await get('/api/users/me', token)).json().data;
      assert.equal(after.lastLoginAt, clock().toISOString());
      assert.notEqual(after.lastLoginAt, first.lastLoginAt);
      assert.equal(await queriesOf(() => get('/api/users/me', token)), perRequest);
    });

    test('a write announced on the bus costs one reload, then the hot path again', async () => {
      const token = await roster.issuer.sign({ email: `write-${engine}@example.com`, email_verified: true });
      const { id } = (await get('/api/users/me', token)).json().data;
      const patched = await roster.admin('PATCH', `/api/admin/users/${id}`, { firstName: 'Changed' });
      assert.equal(patched.statusCode, 200, patched.body);
      let name = '';
      const reload = await queriesOf(async () => (name = (await get('/api/users/me', token)).json().data.firstName));
      assert.ok(reload > perRequest);
      assert.equal(name, 'Changed');
      assert.equal(await queriesOf(() => get('/api/users/me', token)), perRequest);
    });
  });

  describe(`identity cache invalidation on ${engine}`, () => {
    let roster: AdminTestApp;
    before(async () => {
      roster = await startAdminTestApp(engine);
    });
    after(() => roster.close());

    test('a user deleted by an admin is provisioned anew on the next request', async () => {
      const token = await roster.token({ email: `gone-${engine}@example.com`, email_verified: true });
      const me = async () => (await roster.request({ method: 'GET', url: '/api/users/me', token })).json().data;
      const before = await me();
      await me();
      assert.equal((await roster.admin('DELETE', `/api/admin/users/${before.id}`)).statusCode, 204);
      const again = await me();
      assert.notEqual(again.id, before.id);
      assert.equal((await roster.admin('GET', `/api/admin/users/${before.id}`)).statusCode, 404);
    });

    test("an invitation created by an admin applies on the invitee's next request", async () => {
      const organization = await roster.create('/api/admin/organizations', {
        name: 'Invite Co',
        slug: `invite-${engine}`,
      });
      const token = await roster.token({ email: `invitee-${engine}@example.com`, email_verified: true });
      const me = async () => (await roster.request({ method: 'GET', url: '/api/auth/me', token })).json().data;
      assert.deepEqual((await me()).companies, []);
      await me();
      await roster.create('/api/admin/invitations', {
        email: `invitee-${engine}@example.com`,
        organizationId: organization.id,
      });
      assert.deepEqual(
        (await me()).companies.map((company: Any) => company.id),
        [organization.id],
      );
    });
  });

  describe(`identity cache with ROSTER_PROVISIONING=off on ${engine}`, () => {
    let roster: AdminTestApp;
    before(async () => {
      roster = await startAdminTestApp(engine, { ROSTER_PROVISIONING: 'off' });
    });
    after(() => roster.close());

    test('a user deleted by an admin gets 404 on the next request', async () => {
      const user = await roster.create('/api/admin/users', { email: `precreated-${engine}@example.com` });
      const token = await roster.token({ email: `precreated-${engine}@example.com`, email_verified: true });
      const me = () => roster.request({ method: 'GET', url: '/api/users/me', token });
      assert.equal((await me()).json().data.id, user.id);
      assert.equal((await me()).statusCode, 200);
      assert.equal((await roster.admin('DELETE', `/api/admin/users/${user.id}`)).statusCode, 204);
      const gone = await me();
      assert.equal(gone.statusCode, 404);
      assert.equal(gone.json().error.code, 'UserNotFound');
    });
  });
}
