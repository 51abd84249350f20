import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { startTestApp, type TestApp } from '../../helpers/app.ts';
import { testEngines } from '../../helpers/databases.ts';
import {
  addMembership,
  createOrganization,
  createPermission,
  createRole,
  publishUserChange,
  signIn,
  type SignedInUser,
} from '../../helpers/fixtures.ts';

const ISO_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const NOT_A_MEMBER = {
  error: { code: 'NotAMember', message: 'You are not an active member of that organization', statusCode: 403 },
};

for (const engine of await testEngines()) {
  describe(`/api/me organizations on ${engine}`, () => {
    let roster: TestApp;
    before(async () => {
      roster = await startTestApp(engine);
    });
    after(() => roster.close());

    const get = async (user: SignedInUser, path: string, sessionId: string | null = null) => {
      const response = await roster.request({
        method: 'GET',
        url: `/api/me/${path}`,
        token: await user.token(sessionId),
      });
      assert.equal(response.statusCode, 200, response.body);
      return response.json();
    };
    const switchTo = async (user: SignedInUser, organizationId: string, sessionId: string | null = null) =>
      roster.request({
        method: 'POST',
        url: '/api/me/switch-organization',
        token: await user.token(sessionId),
        payload: { organizationId },
      });

    /** Two active organizations (A primary, B) with roles, plus one of each kind that must stay out of reach. */
    async function memberOfMany() {
      const { db } = roster.database;
      const user = await signIn(roster);
      const tag = user.id.slice(-12);
      const read = await createPermission(db, `reports:read-${tag}`);
      const coach = await createRole(db, { name: 'Coach', rank: 50, permissions: [read] });
      const teacher = await createRole(db, { name: 'Teacher', rank: 10 });
      const a = await createOrganization(db, {
        name: 'Praxia Academy',
        description: 'Educational consultants',
        logoUrl: 'https://example.com/a.png',
        settings: { locale: 'en' },
      });
      const b = await createOrganization(db, { name: 'Beta' });
      const suspendedOrg = await createOrganization(db, { name: 'SuspendedOrg', status: 'suspended' });
      const archivedOrg = await createOrganization(db, { name: 'ArchivedOrg', status: 'archived' });
      const invitedOrg = await createOrganization(db, { name: 'InvitedOrg' });
      const revokedOrg = await createOrganization(db, { name: 'RevokedOrg' });
      await addMembership(db, {
        userId: user.id,
        organizationId: a.id,
        isPrimary: true,
        joinedAt: '2025-01-15T09:00:00.000Z',
        roles: [teacher, coach],
      });
      await addMembership(db, {
        userId: user.id,
        organizationId: b.id,
        joinedAt: '2025-02-01T00:00:00.000Z',
        roles: [teacher],
      });
      await addMembership(db, {
        userId: user.id,
        organizationId: suspendedOrg.id,
        joinedAt: '2025-03-01T00:00:00.000Z',
        roles: [coach],
      });
      await addMembership(db, { userId: user.id, organizationId: archivedOrg.id, roles: [coach] });
      await addMembership(db, { userId: user.id, organizationId: invitedOrg.id, status: 'invited', roles: [coach] });
      await addMembership(db, { userId: user.id, organizationId: revokedOrg.id, status: 'suspended', roles: [coach] });
      await publishUserChange(roster, user.id);
      return { user, a, b, suspendedOrg, archivedOrg, invitedOrg, revokedOrg, read };
    }

    test('GET organizations field by field; only active memberships; current = primary by default', async () => {
      const { user, a, b, suspendedOrg } = await memberOfMany();
      const body = await get(user, 'organizations');
      assert.deepEqual(Object.keys(body.data), ['organizations', 'currentOrganizationId']);
      assert.deepEqual(body.data.organizations, [
        {
          id: a.id,
          name: 'Praxia Academy',
          description: 'Educational consultants',
          logoUrl: 'https://example.com/a.png',
          status: 'active',
          userRole: 'Coach',
          isPrimary: true,
          joinedAt: '2025-01-15T09:00:00.000Z',
          createdAt: a.createdAt,
          updatedAt: a.updatedAt,
        },
        {
          id: b.id,
          name: 'Beta',
          description: null,
          logoUrl: null,
          status: 'active',
          userRole: 'Teacher',
          isPrimary: false,
          joinedAt: '2025-02-01T00:00:00.000Z',
          createdAt: b.createdAt,
          updatedAt: b.updatedAt,
        },
        {
          id: suspendedOrg.id,
          name: 'SuspendedOrg',
          description: null,
          logoUrl: null,
          status: 'suspended',
          userRole: 'Coach',
          isPrimary: false,
          joinedAt: '2025-03-01T00:00:00.000Z',
          createdAt: suspendedOrg.createdAt,
          updatedAt: suspendedOrg.updatedAt,
        },
      ]);
      for (const organization of body.data.organizations)
        for (const field of ['joinedAt', 'createdAt', 'updatedAt']) assert.match(organization[field], ISO_MS);
      assert.equal(body.data.currentOrganizationId, a.id);
    });

    test('GET current-organization: primary fallback with settings and userRole', async () => {
      const { user, a } = await memberOfMany();
      const body = await get(user, 'current-organization');
      assert.deepEqual(body, {
        data: {
          id: a.id,
          name: 'Praxia Academy',
          description: 'Educational consultants',
          logoUrl: 'https://example.com/a.png',
          status: 'active',
          settings: { locale: 'en' },
          createdAt: a.createdAt,
          updatedAt: a.updatedAt,
          userRole: 'Coach',
        },
      });
    });

    test('{ data: null } without memberships, and when the only primary is in a suspended organization', async () => {
      const { db } = roster.database;
      const lonely = await signIn(roster);
      assert.deepEqual(await get(lonely, 'current-organization'), { data: null });
      assert.deepEqual(await get(lonely, 'organizations'), {
        data: { organizations: [], currentOrganizationId: null },
      });
      const stranded = await signIn(roster);
      const suspended = await createOrganization(db, { status: 'suspended' });
      await addMembership(db, { userId: stranded.id, organizationId: suspended.id, isPrimary: true });
      await publishUserChange(roster, stranded.id);
      assert.deepEqual(await get(stranded, 'current-organization'), { data: null });
      const listed = await get(stranded, 'organizations');
      assert.equal(listed.data.organizations.length, 1);
      assert.equal(listed.data.currentOrganizationId, null);
    });

    test('switch: 200 with the role name, the session follows at once, audited', async () => {
      const { user, b } = await memberOfMany();
      const response = await switchTo(user, b.id, 's1');
      assert.equal(response.statusCode, 200);
      assert.deepEqual(response.json(), { data: { currentOrganizationId: b.id, role: 'Teacher' } });
      assert.equal((await get(user, 'current-organization', 's1')).data.id, b.id);
      assert.equal((await get(user, 'organizations', 's1')).data.currentOrganizationId, b.id);
      const events = await roster.database.db
        .selectFrom('auditEvents')
        .selectAll()
        .where('actor', '=', user.id)
        .where('action', '=', 'organization.switched')
        .execute();
      assert.equal(events.length, 1);
      assert.equal(events[0]!.targetId, b.id);
      assert.deepEqual(JSON.parse(events[0]!.data), { sessionId: 's1' });
    });

    test('switch: a role-less membership answers role null; a token without sid is its own session (the user id)', async () => {
      const { db } = roster.database;
      const user = await signIn(roster);
      const org = await createOrganization(db);
      await addMembership(db, { userId: user.id, organizationId: org.id });
      await publishUserChange(roster, user.id);
      const response = await switchTo(user, org.id);
      assert.deepEqual(response.json(), { data: { currentOrganizationId: org.id, role: null } });
      const [context] = await db.selectFrom('sessionContexts').selectAll().where('userId', '=', user.id).execute();
      assert.equal(context?.sessionId, user.id);
      assert.equal((await get(user, 'current-organization')).data.userRole, null);
    });

    test('switch: 400 ValidationFailed with details for a missing, non-UUID or extra field', async () => {
      const { user } = await memberOfMany();
      const token = await user.token();
      const cases: [unknown, string][] = [
        [{}, 'organizationId'],
        [{ organizationId: 'not-a-uuid' }, 'organizationId'],
        [{ organizationId: 42 }, 'organizationId'],
        [{ organizationId: `urn:uuid:${randomUUID()}` }, 'organizationId'],
        [{ organizationId: randomUUID(), extra: true }, 'extra'],
      ];
      for (const [payload, field] of cases) {
        const response = await roster.request({
          method: 'POST',
          url: '/api/me/switch-organization',
          token,
          payload: payload as object,
        });
        assert.equal(response.statusCode, 400, JSON.stringify(payload));
        const body = response.json();
        assert.deepEqual(Object.keys(body), ['error']);
        assert.equal(body.error.code, 'ValidationFailed');
        assert.equal(body.error.statusCode, 400);
        assert.equal(typeof body.error.message, 'string');
        assert.ok(
          body.error.details.some((detail: { field: string }) => detail.field === field),
          JSON.stringify(body),
        );
      }
      const noBody = await roster.request({ method: 'POST', url: '/api/me/switch-organization', token });
      assert.equal(noBody.statusCode, 400);
      assert.equal(noBody.json().error.code, 'ValidationFailed');
    });

    test('switch: 403 NotAMember, the very same body, for every organization out of reach — and nothing changes', async () => {
      const { user, a, suspendedOrg, archivedOrg, invitedOrg, revokedOrg } = await memberOfMany();
      const stranger = await signIn(roster);
      const foreign = await createOrganization(roster.database.db, { name: 'Foreign' });
      await addMembership(roster.database.db, { userId: stranger.id, organizationId: foreign.id });
      const bodies = new Set<string>();
      for (const organizationId of [
        suspendedOrg.id,
        archivedOrg.id,
        invitedOrg.id,
        revokedOrg.id,
        foreign.id,
        randomUUID(),
      ]) {
        const response = await switchTo(user, organizationId, 's1');
        assert.equal(response.statusCode, 403, organizationId);
        assert.deepEqual(response.json(), NOT_A_MEMBER);
        bodies.add(response.body);
      }
      assert.equal(bodies.size, 1);
      assert.equal((await get(user, 'current-organization', 's1')).data.id, a.id);
      const contexts = await roster.database.db
        .selectFrom('sessionContexts')
        .selectAll()
        .where('userId', '=', user.id)
        .execute();
      assert.deepEqual(contexts, []);
    });

    test('two sessions of one user hold different current organizations; a new session lands on the last choice', async () => {
      const { user, a, b } = await memberOfMany();
      assert.equal((await switchTo(user, b.id, 's1')).statusCode, 200);
      assert.equal((await switchTo(user, a.id, 's2')).statusCode, 200);
      assert.equal((await get(user, 'current-organization', 's1')).data.id, b.id);
      assert.equal((await get(user, 'current-organization', 's2')).data.id, a.id);
      assert.equal((await get(user, 'current-organization', 's-new')).data.id, a.id, 'the last choice was s2 → A');
      assert.equal((await switchTo(user, b.id, 's1')).statusCode, 200);
      assert.equal(
        (await get(user, 'organizations', 's-newer')).data.currentOrganizationId,
        b.id,
        'now the last choice is s1 → B',
      );
      assert.equal((await get(user, 'current-organization', 's2')).data.id, a.id, 's2 keeps its own choice');
    });

    test('revocation after a switch: the suspended membership is skipped on the very next request', async () => {
      const { user, a, b } = await memberOfMany();
      assert.equal((await switchTo(user, b.id, 's1')).statusCode, 200);
      assert.equal((await get(user, 'current-organization', 's1')).data.id, b.id);
      const { db } = roster.database;
      await db
        .updateTable('memberships')
        .set({ status: 'suspended' })
        .where('userId', '=', user.id)
        .where('organizationId', '=', b.id)
        .execute();
      await publishUserChange(roster, user.id);
      assert.equal((await get(user, 'current-organization', 's1')).data.id, a.id, 'falls back to the primary');
      const listed = await get(user, 'organizations', 's1');
      assert.equal(listed.data.currentOrganizationId, a.id);
      assert.ok(!listed.data.organizations.some((organization: { id: string }) => organization.id === b.id));
      assert.deepEqual((await switchTo(user, b.id, 's1')).json(), NOT_A_MEMBER);
    });

    test('an organization suspended after a switch is never current, and cannot be switched back to', async () => {
      const { user, a, b } = await memberOfMany();
      await switchTo(user, b.id, 's1');
      await roster.database.db
        .updateTable('organizations')
        .set({ status: 'suspended' })
        .where('id', '=', b.id)
        .execute();
      await roster.changeBus.publish({ scope: 'all' });
      assert.equal((await get(user, 'current-organization', 's1')).data.id, a.id);
      const listed = await get(user, 'organizations', 's1');
      assert.equal(
        listed.data.organizations.find((organization: { id: string }) => organization.id === b.id)?.status,
        'suspended',
      );
      assert.equal((await switchTo(user, b.id, 's1')).statusCode, 403);
    });

    test("tenant isolation: another user's organization never appears and cannot be switched to", async () => {
      const { db } = roster.database;
      const alice = await signIn(roster);
      const bob = await signIn(roster);
      const bobsRole = await createRole(db, {
        name: 'BobsRole',
        permissions: [await createPermission(db, 'bobs:secret')],
      });
      const bobsOrg = await createOrganization(db, { name: 'BobsOrg' });
      await addMembership(db, { userId: bob.id, organizationId: bobsOrg.id, isPrimary: true, roles: [bobsRole] });
      await publishUserChange(roster, bob.id);
      for (const path of ['organizations', 'current-organization']) {
        const body = JSON.stringify(await get(alice, path));
        for (const leak of [bobsOrg.id, 'BobsOrg', 'BobsRole', 'bobs:secret'])
          assert.ok(!body.includes(leak), `${path} leaks ${leak}`);
      }
      assert.deepEqual((await switchTo(alice, bobsOrg.id)).json(), NOT_A_MEMBER);
      assert.equal((await get(bob, 'current-organization')).data.id, bobsOrg.id);
    });

    test('401 in the plain family shape on every /api/me route', async () => {
      for (const [method, url] of [
        ['GET', '/api/me/organizations'],
        ['GET', '/api/me/current-organization'],
        ['POST', '/api/me/switch-organization'],
      ] as const) {
        const missing = await roster.request({ method, url });
        assert.equal(missing.statusCode, 401, url);
        const body = missing.json();
        assert.deepEqual(Object.keys(body), ['error']);
        assert.equal(body.error.code, 'MissingToken');
        assert.equal(body.error.statusCode, 401);
        assert.equal(typeof body.error.message, 'string');
        const invalid = await roster.request({
          method,
          url,
          token: 'garbage',
          payload: method === 'POST' ? { organizationId: randomUUID() } : undefined,
        });
        assert.deepEqual(invalid.json(), {
          error: {
            code: 'InvalidToken',
            message: 'The provided token is invalid or expired. Please sign in again.',
            statusCode: 401,
          },
        });
      }
    });

    test('ETag, Cache-Control, Vary and 304 on both GETs; a switch changes the tags', async () => {
      const { user, a, b } = await memberOfMany();
      const token = await user.token('etag-session');
      for (const [path, target] of [
        ['organizations', b.id],
        ['current-organization', a.id],
      ] as const) {
        const url = `/api/me/${path}`;
        const first = await roster.request({ method: 'GET', url, token });
        const etag = first.headers.etag as string;
        assert.match(etag, /^"[^"]+"$/, path);
        assert.equal(first.headers['cache-control'], 'private, no-cache');
        assert.match(first.headers.vary as string, /Authorization/i);
        const cached = await roster.request({ method: 'GET', url, token, headers: { 'if-none-match': etag } });
        assert.equal(cached.statusCode, 304, path);
        assert.equal(cached.body, '');
        assert.equal((await switchTo(user, target, 'etag-session')).statusCode, 200);
        const after = await roster.request({ method: 'GET', url, token, headers: { 'if-none-match': etag } });
        assert.equal(after.statusCode, 200, path);
        assert.notEqual(after.headers.etag, etag);
      }
    });

    test('declares every route in the OpenAPI document', async () => {
      const document = (await roster.request({ method: 'GET', url: '/openapi.json' })).json();
      assert.ok(document.paths['/api/auth/me'].get.responses['200']);
      assert.ok(document.paths['/api/me/organizations'].get.responses['200']);
      assert.ok(document.paths['/api/me/current-organization'].get.responses['200']);
      assert.ok(document.paths['/api/me/switch-organization'].post.responses['403']);
    });
  });
}

for (const engine of await testEngines()) {
  describe(`the current organization drives /api/users/me on ${engine}`, () => {
    let roster: TestApp;
    before(async () => {
      roster = await startTestApp(engine);
    });
    after(() => roster.close());

    const switchTo = async (user: SignedInUser, organizationId: string, sessionId: string) =>
      roster.request({
        method: 'POST',
        url: '/api/me/switch-organization',
        token: await user.token(sessionId),
        payload: { organizationId },
      });

    test('switching changes role (key), tenantId and permissions for that session only', async () => {
      const { db } = roster.database;
      const user = await signIn(roster);
      const [aRead, bWrite, global] = await Promise.all(
        ['a:read', 'b:write', 'global:all'].map((key) => createPermission(db, key)),
      );
      const coach = await createRole(db, { key: 'coach', name: 'Coach', rank: 50, permissions: [aRead!] });
      const teacher = await createRole(db, { key: 'teacher', name: 'Teacher', rank: 10, permissions: [bWrite!] });
      const a = await createOrganization(db);
      const b = await createOrganization(db);
      await addMembership(db, { userId: user.id, organizationId: a.id, isPrimary: true, roles: [coach] });
      await addMembership(db, { userId: user.id, organizationId: b.id, roles: [teacher] });
      await db
        .insertInto('globalPermissionGrants')
        .values({ id: randomUUID(), userId: user.id, permissionId: global!.id, grantedAt: '2026-01-01T00:00:00.000Z' })
        .execute();
      await publishUserChange(roster, user.id);
      const usersMe = async (sessionId: string) => {
        const { data } = (
          await roster.request({ method: 'GET', url: '/api/users/me', token: await user.token(sessionId) })
        ).json();
        return { role: data.role, tenantId: data.tenantId, permissions: data.permissions };
      };
      assert.deepEqual(await usersMe('s1'), { role: 'coach', tenantId: a.id, permissions: ['a:read', 'global:all'] });
      assert.equal((await switchTo(user, a.id, 's2')).statusCode, 200);
      assert.equal((await switchTo(user, b.id, 's1')).statusCode, 200);
      assert.deepEqual(await usersMe('s1'), {
        role: 'teacher',
        tenantId: b.id,
        permissions: ['b:write', 'global:all'],
      });
      assert.deepEqual(await usersMe('s2'), { role: 'coach', tenantId: a.id, permissions: ['a:read', 'global:all'] });
    });
  });
}
