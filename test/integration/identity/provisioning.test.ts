import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { startTestApp, type TestApp } from '../../helpers/app.ts';
import { testEngines } from '../../helpers/databases.ts';
import { countRows } from '../../helpers/db-counts.ts';
import { fixtures, type Fixtures } from '../../helpers/fixtures.ts';

for (const engine of await testEngines()) {
  describe(`provisioning (README, "Provisioning") on ${engine}`, () => {
    let roster: TestApp;
    let fx: Fixtures;
    const defaultOrg = randomUUID();
    let invitedOrg: string;
    let metaOrg: string;
    let roles: Record<string, string>;
    const me = async (claims: Record<string, unknown>) =>
      roster.request({ method: 'GET', url: '/api/users/me', token: await roster.token(claims) });
    const email = () => `p-${randomUUID().slice(0, 8)}@example.com`;

    before(async () => {
      roster = await startTestApp(engine, { env: { ROSTER_DEFAULT_ORGANIZATION_ID: defaultOrg } });
      fx = fixtures(roster.database.db);
      await fx.organization({ id: defaultOrg, name: 'Default' });
      invitedOrg = await fx.organization({ name: 'Invited' });
      metaOrg = await fx.organization({ name: 'Meta' });
      roles = {
        member: await fx.role({ key: 'member', rank: 1, permissions: ['home:read'] }),
        learner: await fx.role({ key: 'learner', rank: 10, permissions: ['courses:read'] }),
        instructor: await fx.role({ key: 'instructor', rank: 50, permissions: ['courses:write'] }),
        admin: await fx.role({ key: 'admin', rank: 100, permissions: ['org:manage'] }),
        platform: await fx.role({ key: 'superuser', rank: 1000, scope: 'platform', permissions: ['roster:admin'] }),
      };
    });
    after(() => roster.close());

    test('a known (issuer, subject) is the same user on every request', async () => {
      const sub = `sub-${randomUUID()}`;
      const first = await me({ sub, email: email(), email_verified: true });
      const second = await me({ sub });
      assert.equal(first.statusCode, 200);
      assert.equal(second.json().data.id, first.json().data.id);
      assert.equal(await countRows(roster.database.db, 'identities', ['subject', sub]), 1);
      const events = await roster.database.db
        .selectFrom('auditEvents')
        .select('action')
        .where('targetId', '=', first.json().data.id)
        .execute();
      assert.ok(events.some((e) => e.action === 'user.provisioned'));
    });

    test('a verified email links to the existing user and fills only empty names', async () => {
      const address = email();
      const userId = await fx.user({ email: address, firstName: 'Pre', lastName: null });
      const response = await me({
        email: address.toUpperCase(),
        email_verified: true,
        given_name: 'Token',
        family_name: 'Surname',
      });
      assert.equal(response.statusCode, 200);
      const { data } = response.json();
      assert.equal(data.id, userId);
      assert.equal(data.firstName, 'Pre');
      assert.equal(data.lastName, 'Surname');
      assert.equal(data.emailVerified, true);
      assert.equal(await countRows(roster.database.db, 'identities', ['userId', userId]), 1);
      assert.equal((await countRows(roster.database.db, 'auditEvents', ['action', 'identity.linked'])) >= 1, true);
    });

    test('an unverified email never links: 409 EmailNotVerified and no row', async () => {
      const address = email();
      const userId = await fx.user({ email: address });
      for (const verified of [false, 'true', 1, undefined]) {
        const response = await me({ email: address, email_verified: verified });
        assert.equal(response.statusCode, 409);
        assert.equal(response.json().error.code, 'EmailNotVerified');
      }
      assert.equal(await countRows(roster.database.db, 'identities', ['userId', userId]), 0);
      assert.equal(await countRows(roster.database.db, 'users', ['emailNormalized', address]), 1);
    });

    test('a user holding another subject of the same issuer: 409 IdentityConflict', async () => {
      const address = email();
      const userId = await fx.user({ email: address, emailVerified: true });
      await fx.identity(userId, roster.issuer.url, `old-${randomUUID()}`);
      const response = await me({ email: address, email_verified: true });
      assert.equal(response.statusCode, 409);
      assert.equal(response.json().error.code, 'IdentityConflict');
      assert.equal(await countRows(roster.database.db, 'identities', ['userId', userId]), 1);
    });

    test('invitation wins over metadata, which wins over the defaults, for organization and role', async () => {
      const invited = email();
      const invitation = await fx.invitation({ email: invited, organizationId: invitedOrg, roleId: roles.instructor! });
      const a = (
        await me({ email: invited, email_verified: true, public_metadata: { tenantId: metaOrg, role: 'admin' } })
      ).json().data;
      assert.equal(a.tenantId, invitedOrg);
      assert.equal(a.role, 'instructor');
      const used = await roster.database.db
        .selectFrom('invitations')
        .selectAll()
        .where('id', '=', invitation)
        .executeTakeFirstOrThrow();
      assert.equal(used.usedBy, a.id);
      assert.ok(used.usedAt);

      const b = (
        await me({ email: email(), email_verified: true, public_metadata: { tenantId: metaOrg, role: 'learner' } })
      ).json().data;
      assert.equal(b.tenantId, metaOrg);
      assert.equal(b.role, 'learner');
      const c = (
        await me({ email: email(), email_verified: true, public_metadata: { organizationId: metaOrg } })
      ).json().data;
      assert.equal(c.tenantId, metaOrg);
      assert.equal(c.role, 'member');
      const upper = (
        await me({ email: email(), email_verified: true, public_metadata: { tenantId: metaOrg.toUpperCase() } })
      ).json().data;
      assert.equal(upper.tenantId, metaOrg, 'an organization id in upper case names the same organization');
      const d = (await me({ email: email(), email_verified: true })).json().data;
      assert.equal(d.tenantId, defaultOrg);
      assert.equal(d.role, 'member');
      assert.deepEqual(d.permissions, ['home:read']);
      const e = (await me({ email: email(), email_verified: true, public_metadata: { role: 'instructor' } })).json()
        .data;
      assert.equal(e.tenantId, defaultOrg);
      assert.equal(e.role, 'instructor');
    });

    test('metadata naming a missing organization falls back to the default organization and role', async () => {
      const data = (
        await me({ email: email(), email_verified: true, public_metadata: { tenantId: randomUUID(), role: 'admin' } })
      ).json().data;
      assert.equal(data.tenantId, defaultOrg);
      assert.equal(data.role, 'member');
    });

    test('a role that may not be used there (another organization’s, or a platform role) is not granted', async () => {
      const other = await fx.organization();
      await fx.role({ key: 'secret', rank: 500, organizationId: other });
      const a = (
        await me({ email: email(), email_verified: true, public_metadata: { tenantId: metaOrg, role: 'secret' } })
      ).json().data;
      assert.equal(a.role, 'member');
      const b = (
        await me({ email: email(), email_verified: true, public_metadata: { tenantId: metaOrg, role: 'superuser' } })
      ).json().data;
      assert.equal(b.role, 'member');
      assert.equal(b.isPlatformAdmin, false);
    });

    test("an organization's own role shadows the global role of the same key", async () => {
      const org = await fx.organization();
      await fx.role({ key: 'learner', name: 'Own learner', rank: 11, organizationId: org, permissions: ['own:read'] });
      const data = (
        await me({ email: email(), email_verified: true, public_metadata: { tenantId: org, role: 'learner' } })
      ).json().data;
      assert.equal(data.role, 'learner');
      assert.deepEqual(data.permissions, ['own:read']);
    });

    test('a metadata role may name a role by id, in any case; an unusable one it names is not granted', async () => {
      const organizationOnly = await fx.role({ key: 'elsewhere', rank: 500, organizationId: await fx.organization() });
      for (const [role, granted] of [
        [roles.instructor!, 'instructor'],
        [roles.instructor!.toUpperCase(), 'instructor'],
        [organizationOnly, 'member'],
        [roles.platform!, 'member'],
      ] as const) {
        const data = (
          await me({ email: email(), email_verified: true, public_metadata: { tenantId: metaOrg, role } })
        ).json().data;
        assert.equal(data.role, granted, role);
      }
    });

    test('an admin stays admin when the metadata says learner (upgrade only)', async () => {
      const address = email();
      const userId = await fx.user({ email: address, emailVerified: true });
      await fx.membership({ userId, organizationId: metaOrg, roles: [roles.admin!], isPrimary: true });
      const response = await me({
        email: address,
        email_verified: true,
        public_metadata: { tenantId: metaOrg, role: 'learner' },
      });
      assert.equal(response.json().data.role, 'admin');
      const held = await roster.database.db
        .selectFrom('membershipRoles as mr')
        .innerJoin('memberships as m', 'm.id', 'mr.membershipId')
        .select('mr.roleId')
        .where('m.userId', '=', userId)
        .execute();
      assert.deepEqual(
        held.map((h) => h.roleId),
        [roles.admin],
      );
    });

    test('a learner becomes instructor when an invitation says so, on the next request', async () => {
      const address = email();
      const sub = `sub-${randomUUID()}`;
      const first = (
        await me({
          sub,
          email: address,
          email_verified: true,
          public_metadata: { tenantId: invitedOrg, role: 'learner' },
        })
      ).json().data;
      assert.equal(first.role, 'learner');
      await fx.invitation({ email: address, organizationId: invitedOrg, roleId: roles.instructor! });
      // The fixture writes the row directly; the invitation service would also announce this change.
      await roster.changeBus.publish({ scope: 'users', userIds: [first.id] });
      const next = (await me({ sub })).json().data;
      assert.equal(next.role, 'instructor');
      assert.equal(next.id, first.id);
      assert.ok((await countRows(roster.database.db, 'auditEvents', ['action', 'membership.role_upgraded'])) >= 1);
    });

    test('a used invitation is not reused and an expired one is ignored', async () => {
      const address = email();
      await fx.invitation({
        email: address,
        organizationId: invitedOrg,
        roleId: roles.admin!,
        usedAt: new Date().toISOString(),
      });
      await fx.invitation({
        email: address,
        organizationId: metaOrg,
        roleId: roles.admin!,
        expiresAt: new Date(Date.now() - 1000).toISOString(),
      });
      const data = (await me({ email: address, email_verified: true })).json().data;
      assert.equal(data.tenantId, defaultOrg);
      assert.equal(data.role, 'member');
    });

    test('an invitation for an unverified email stays pending, and applies once a token verifies the email', async () => {
      const address = email();
      const sub = `sub-${randomUUID()}`;
      const invitation = await fx.invitation({ email: address, organizationId: invitedOrg, roleId: roles.instructor! });
      const first = (await me({ sub, email: address, email_verified: false })).json().data;
      assert.equal(first.tenantId, defaultOrg);
      assert.equal(first.emailVerified, false);
      const pending = await roster.database.db
        .selectFrom('invitations')
        .select('usedAt')
        .where('id', '=', invitation)
        .executeTakeFirstOrThrow();
      assert.equal(pending.usedAt, null);
      const later = (await me({ sub, email: address, email_verified: true })).json().data;
      assert.equal(later.emailVerified, true);
      const used = await roster.database.db
        .selectFrom('invitations')
        .select('usedBy')
        .where('id', '=', invitation)
        .executeTakeFirstOrThrow();
      assert.equal(used.usedBy, first.id);
      assert.equal(later.tenantId, defaultOrg, 'the primary membership stays the current organization');
    });

    test('permissions, roles and org_role claims grant nothing', async () => {
      const data = (
        await me({
          email: email(),
          email_verified: true,
          permissions: ['org:manage', 'roster:admin'],
          roles: ['admin'],
          org_role: 'admin',
          public_metadata: {},
        })
      ).json().data;
      assert.equal(data.role, 'member');
      assert.deepEqual(data.permissions, ['home:read']);
      assert.equal(data.isPlatformAdmin, false);
    });

    test('50 concurrent first requests with one new token: all 200, one user, one identity, one membership', async () => {
      const token = await roster.token({
        email: email(),
        email_verified: true,
        public_metadata: { tenantId: metaOrg, role: 'learner' },
      });
      const responses = await Promise.all(
        Array.from({ length: 50 }, () => roster.request({ method: 'GET', url: '/api/users/me', token })),
      );
      assert.deepEqual([...new Set(responses.map((r) => r.statusCode))], [200]);
      const ids = new Set(responses.map((r) => r.json().data.id));
      assert.equal(ids.size, 1);
      const [userId] = [...ids] as [string];
      assert.equal(await countRows(roster.database.db, 'identities', ['userId', userId]), 1);
      assert.equal(await countRows(roster.database.db, 'memberships', ['userId', userId]), 1);
      assert.equal((await countRows(roster.database.db, 'auditEvents', ['targetId', userId])) >= 1, true);
    });
  });

  describe(`ROSTER_PROVISIONING=off on ${engine}`, () => {
    let roster: TestApp;
    let fx: Fixtures;
    before(async () => {
      roster = await startTestApp(engine, { env: { ROSTER_PROVISIONING: 'off' } });
      fx = fixtures(roster.database.db);
    });
    after(() => roster.close());

    test('an unknown identity gets 404 UserNotFound and nothing is created', async () => {
      const response = await roster.request({
        method: 'GET',
        url: '/api/users/me',
        token: await roster.token({ email: 'nobody@example.com', email_verified: true }),
      });
      assert.equal(response.statusCode, 404);
      assert.equal(response.json().error.code, 'UserNotFound');
      assert.equal(await countRows(roster.database.db, 'users'), 0);
    });

    test('a pre-created user still links by verified email; 409s come before 404', async () => {
      const userId = await fx.user({ email: 'pre@example.com' });
      const unverified = await roster.request({
        method: 'GET',
        url: '/api/users/me',
        token: await roster.token({ email: 'pre@example.com' }),
      });
      assert.equal(unverified.statusCode, 409);
      assert.equal(unverified.json().error.code, 'EmailNotVerified');
      const linked = await roster.request({
        method: 'GET',
        url: '/api/users/me',
        token: await roster.token({ email: 'pre@example.com', email_verified: true }),
      });
      assert.equal(linked.statusCode, 200);
      assert.equal(linked.json().data.id, userId);
    });
  });
}
