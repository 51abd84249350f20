import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { startAdminTestApp, type AdminTestApp } from '../../helpers/admin.ts';
import { testEngines } from '../../helpers/databases.ts';
import { createEditorViewerWorld, joinAsEditorAndViewer, signIn, type SignedInUser } from '../../helpers/fixtures.ts';

type Any = Record<string, any>;
type Check = { permission: string; organizationId?: string; resource?: { type: string; id: string } };

const ALLOWED = (source: string) => ({ allowed: true, source });
const DENIED = { allowed: false, source: null };

for (const engine of await testEngines()) {
  describe(`permission checks on ${engine}`, () => {
    let roster: AdminTestApp;
    let acme: Any;
    let beta: Any;
    let frozen: Any;
    let alice: SignedInUser;
    before(async () => {
      roster = await startAdminTestApp(engine);
      ({ acme, beta } = await createEditorViewerWorld(roster, ['reports:export', 'deals:edit', 'billing:manage']));
      frozen = await roster.create('/api/admin/organizations', { name: 'Frozen', slug: 'frozen' });
      alice = await signIn(roster, { email: 'alice@example.com', email_verified: true, name: 'Alice Doe' });
      await joinAsEditorAndViewer(roster, alice.id, { acme, beta });
      await roster.create(`/api/admin/organizations/${frozen.id}/members`, { userId: alice.id, roles: ['editor'] });
      assert.equal(
        (await roster.admin('PATCH', `/api/admin/organizations/${frozen.id}`, { status: 'suspended' })).statusCode,
        200,
      );
      await roster.create(`/api/admin/users/${alice.id}/permissions`, { key: 'reports:export' });
      await roster.create(`/api/admin/users/${alice.id}/resource-grants`, {
        resourceType: 'deal',
        resourceId: '42',
        permission: 'deals:edit',
      });
      await roster.create(`/api/admin/users/${alice.id}/resource-grants`, {
        resourceType: 'deal',
        resourceId: '7',
        role: 'approver',
      });
      await roster.create(`/api/admin/users/${alice.id}/resource-grants`, {
        resourceType: 'project',
        resourceId: 'p1',
        permission: 'projects:edit',
      });
    });
    after(() => roster.close());

    const post = async (user: SignedInUser, checks: unknown, sessionId: string | null = null) =>
      roster.request({
        method: 'POST',
        url: '/api/me/permissions/check',
        token: await user.token(sessionId),
        payload: { checks } as object,
      });
    const results = async (user: SignedInUser, checks: Check[], sessionId: string | null = null) => {
      const response = await post(user, checks, sessionId);
      assert.equal(response.statusCode, 200, response.body);
      assert.deepEqual(Object.keys(response.json()), ['data']);
      return response.json().data.results;
    };
    const getOne = async (user: SignedInUser, query: string, headers: Record<string, string> = {}) =>
      roster.request({ method: 'GET', url: `/api/me/permissions/check?${query}`, token: await user.token(), headers });
    const adminCheck = (userId: string, checks: unknown, token = 'test-admin-token-0123456789') =>
      roster.request({
        method: 'POST',
        url: `/api/admin/users/${userId}/permissions/check`,
        headers: { authorization: `Bearer ${token}` },
        payload: { checks } as object,
      });

    test('POST answers every check in order, naming the first rule that allows it', async () => {
      const checks: Check[] = [
        { permission: 'reports:export' },
        { permission: 'projects:edit' },
        { permission: 'projects:edit', organizationId: beta.id },
        { permission: 'projects:read', organizationId: beta.id },
        { permission: 'projects:edit', organizationId: frozen.id },
        { permission: 'projects:edit', organizationId: randomUUID() },
        { permission: 'deals:edit', resource: { type: 'deal', id: '42' } },
        { permission: 'deals:edit', resource: { type: 'deal', id: '43' } },
        { permission: 'deals:edit', resource: { type: 'Deal', id: '42' } },
        { permission: 'deals:edit' },
        { permission: 'deals:approve', resource: { type: 'deal', id: '7' } },
        { permission: 'deals:approve', resource: { type: 'deal', id: '42' } },
        { permission: 'reports:export', organizationId: beta.id, resource: { type: 'deal', id: '42' } },
        { permission: 'projects:edit', resource: { type: 'project', id: 'p1' } },
        { permission: 'projects:edit', organizationId: beta.id, resource: { type: 'project', id: 'p1' } },
        { permission: 'no:such-permission', resource: { type: 'deal', id: '42' } },
        { permission: 'billing:manage', organizationId: acme.id.toUpperCase() },
        { permission: 'projects:read', organizationId: acme.id.toUpperCase() },
      ];
      assert.deepEqual(await results(alice, checks), [
        ALLOWED('global'),
        ALLOWED('organization'),
        DENIED,
        ALLOWED('organization'),
        DENIED,
        DENIED,
        ALLOWED('resource'),
        DENIED,
        DENIED,
        DENIED,
        ALLOWED('resource'),
        DENIED,
        ALLOWED('global'),
        ALLOWED('organization'),
        ALLOWED('resource'),
        DENIED,
        DENIED,
        ALLOWED('organization'),
      ]);
    });

    test("without organizationId a check is about this session's current organization", async () => {
      const check: Check[] = [{ permission: 'projects:edit' }];
      assert.deepEqual(await results(alice, check, 'tab-1'), [ALLOWED('organization')]);
      const switched = await roster.request({
        method: 'POST',
        url: '/api/me/switch-organization',
        token: await alice.token('tab-1'),
        payload: { organizationId: beta.id },
      });
      assert.equal(switched.statusCode, 200, switched.body);
      assert.deepEqual(await results(alice, check, 'tab-1'), [DENIED]);
      assert.deepEqual(await results(alice, [{ permission: 'projects:read' }], 'tab-1'), [ALLOWED('organization')]);
      assert.deepEqual(await results(alice, check, 'tab-2'), [DENIED], 'a new session lands where the user left off');
      const back = await roster.request({
        method: 'POST',
        url: '/api/me/switch-organization',
        token: await alice.token('tab-2'),
        payload: { organizationId: acme.id },
      });
      assert.equal(back.statusCode, 200, back.body);
      assert.deepEqual(await results(alice, check, 'tab-2'), [ALLOWED('organization')]);
      assert.deepEqual(await results(alice, check, 'tab-1'), [DENIED], 'tab-1 keeps its own choice');
    });

    test('invited and suspended memberships hold no permissions; a user without grants is denied', async () => {
      const bob = await signIn(roster, { email: 'bob@example.com', email_verified: true });
      await roster.create(`/api/admin/organizations/${acme.id}/members`, {
        userId: bob.id,
        roles: ['editor'],
        status: 'invited',
      });
      await roster.create(`/api/admin/organizations/${beta.id}/members`, {
        userId: bob.id,
        roles: ['editor'],
        status: 'suspended',
      });
      assert.deepEqual(
        await results(bob, [
          { permission: 'projects:edit', organizationId: acme.id },
          { permission: 'projects:edit', organizationId: beta.id },
          { permission: 'projects:edit' },
          { permission: 'deals:edit', resource: { type: 'deal', id: '42' } },
        ]),
        [DENIED, DENIED, DENIED, DENIED],
      );
    });

    test('being a platform admin grants nothing by itself', async () => {
      const carol = await signIn(roster, { email: 'carol@example.com', email_verified: true });
      assert.equal((await roster.admin('PUT', `/api/admin/users/${carol.id}/platform-admin`)).statusCode, 204);
      const checks: Check[] = [
        { permission: 'projects:edit', organizationId: acme.id },
        { permission: 'reports:export' },
        { permission: 'deals:edit', resource: { type: 'deal', id: '42' } },
        { permission: 'roster:admin' },
      ];
      assert.deepEqual(await results(carol, checks), [DENIED, DENIED, DENIED, DENIED]);
      assert.deepEqual((await adminCheck(carol.id, checks)).json().data.results, [DENIED, DENIED, DENIED, DENIED]);
    });

    test('platform roles give global permissions', async () => {
      const dave = await signIn(roster, { email: 'dave@example.com', email_verified: true });
      await roster.create('/api/admin/roles', {
        key: 'billing-staff',
        name: 'Billing staff',
        scope: 'platform',
        permissions: ['billing:manage'],
      });
      await roster.create(`/api/admin/users/${dave.id}/roles`, { role: 'billing-staff' });
      assert.deepEqual(await results(dave, [{ permission: 'billing:manage', organizationId: beta.id }]), [
        ALLOWED('global'),
      ]);
    });

    test('every write is reflected on the very next check', async () => {
      const erin = await signIn(roster, { email: 'erin@example.com', email_verified: true });
      const membership = await roster.create(`/api/admin/organizations/${acme.id}/members`, {
        userId: erin.id,
        roles: ['viewer'],
        isPrimary: true,
      });
      const checks: Check[] = [
        { permission: 'billing:manage' },
        { permission: 'projects:edit' },
        { permission: 'deals:approve', resource: { type: 'deal', id: '9' } },
      ];
      assert.deepEqual(await results(erin, checks), [DENIED, DENIED, DENIED]);

      const grant = await roster.create(`/api/admin/users/${erin.id}/permissions`, { key: 'billing:manage' });
      assert.ok(grant);
      const onDeal = await roster.create(`/api/admin/users/${erin.id}/resource-grants`, {
        resourceType: 'deal',
        resourceId: '9',
        role: 'approver',
      });
      assert.equal(
        (await roster.admin('PATCH', `/api/admin/memberships/${membership.id}`, { roles: ['editor'] })).statusCode,
        200,
      );
      assert.deepEqual(await results(erin, checks), [ALLOWED('global'), ALLOWED('organization'), ALLOWED('resource')]);

      assert.equal(
        (await roster.admin('DELETE', `/api/admin/users/${erin.id}/permissions/billing:manage`)).statusCode,
        204,
      );
      assert.deepEqual(await results(erin, checks), [DENIED, ALLOWED('organization'), ALLOWED('resource')]);
      assert.equal(
        (await roster.admin('DELETE', `/api/admin/users/${erin.id}/resource-grants/${onDeal.id}`)).statusCode,
        204,
      );
      assert.deepEqual(await results(erin, checks), [DENIED, ALLOWED('organization'), DENIED]);

      // A role's permission set and the organization's status count as much as the user's own grants.
      const editor = (await roster.admin('GET', '/api/admin/roles?limit=200'))
        .json()
        .data.find((role: Any) => role.key === 'editor');
      assert.equal(
        (await roster.admin('PATCH', `/api/admin/roles/${editor.id}`, { permissions: ['projects:read'] })).statusCode,
        200,
      );
      assert.deepEqual(await results(erin, checks), [DENIED, DENIED, DENIED]);
      assert.equal(
        (
          await roster.admin('PATCH', `/api/admin/roles/${editor.id}`, {
            permissions: ['projects:read', 'projects:edit'],
          })
        ).statusCode,
        200,
      );
      assert.deepEqual(await results(erin, checks), [DENIED, ALLOWED('organization'), DENIED]);
      assert.equal(
        (await roster.admin('PATCH', `/api/admin/memberships/${membership.id}`, { status: 'suspended' })).statusCode,
        200,
      );
      assert.deepEqual(await results(erin, checks), [DENIED, DENIED, DENIED]);
    });

    test('GET answers one check, with an ETag and 304', async () => {
      const cases: [string, unknown][] = [
        ['permission=reports:export', ALLOWED('global')],
        ['permission=projects:edit', ALLOWED('organization')],
        [`permission=projects:edit&organizationId=${beta.id}`, DENIED],
        ['permission=deals:edit&resourceType=deal&resourceId=42', ALLOWED('resource')],
        ['permission=deals:approve&resourceType=deal&resourceId=7', ALLOWED('resource')],
        ['permission=deals:edit&resourceType=deal&resourceId=43', DENIED],
        ['permission=no:such', DENIED],
        [
          `permission=${encodeURIComponent('projects:read')}&organizationId=${beta.id}&resourceType=x&resourceId=y`,
          ALLOWED('organization'),
        ],
      ];
      const alicesTab = await signInAgain(alice);
      for (const [query, expected] of cases) {
        const response = await getOne(alicesTab, query);
        assert.equal(response.statusCode, 200, `${query}: ${response.body}`);
        assert.deepEqual(response.json(), { data: expected }, query);
      }
      const first = await getOne(alicesTab, 'permission=projects:edit');
      assert.match(String(first.headers.etag), /^"[^"]+"$/);
      assert.equal(first.headers['cache-control'], 'private, no-cache');
      const again = await getOne(alicesTab, 'permission=projects:edit', {
        'if-none-match': String(first.headers.etag),
      });
      assert.equal(again.statusCode, 304);
      assert.equal(again.body, '');
    });

    // The GET tests run in a session whose current organization is Acme, whatever the session tests did.
    async function signInAgain(user: SignedInUser): Promise<SignedInUser> {
      const sessionId = `get-${randomUUID()}`;
      const response = await roster.request({
        method: 'POST',
        url: '/api/me/switch-organization',
        token: await user.token(sessionId),
        payload: { organizationId: acme.id },
      });
      assert.equal(response.statusCode, 200, response.body);
      return { ...user, token: () => user.token(sessionId) };
    }

    test('a malformed POST is a 400 ValidationFailed naming the field; nothing else is answered', async () => {
      const tooMany = Array.from({ length: 101 }, () => ({ permission: 'projects:read' }));
      const cases: [unknown, string][] = [
        [[], 'checks'],
        [tooMany, 'checks'],
        [[{}], 'checks.0.permission'],
        [[{ permission: '' }], 'checks.0.permission'],
        [[{ permission: 42 }], 'checks.0.permission'],
        [
          [{ permission: 'projects:read' }, { permission: 'projects:read', organizationId: 'acme' }],
          'checks.1.organizationId',
        ],
        [[{ permission: 'projects:read', organizationId: null }], 'checks.0.organizationId'],
        [[{ permission: 'deals:edit', resource: { type: 'deal' } }], 'checks.0.resource.id'],
        [[{ permission: 'deals:edit', resource: { id: '42' } }], 'checks.0.resource.type'],
        [[{ permission: 'deals:edit', resource: { type: '', id: '42' } }], 'checks.0.resource.type'],
        [[{ permission: 'deals:edit', resource: { type: 'deal', id: 42 } }], 'checks.0.resource.id'],
        [[{ permission: 'deals:edit', resource: null }], 'checks.0.resource'],
        [[{ permission: 'deals:edit', resourceType: 'deal' }], 'checks.0.resourceType'],
        ['projects:read', 'checks'],
      ];
      for (const [checks, field] of cases) {
        const response = await post(alice, checks);
        assert.equal(response.statusCode, 400, `${JSON.stringify(checks).slice(0, 80)}: ${response.body}`);
        const { error } = response.json();
        assert.equal(error.code, 'ValidationFailed');
        assert.equal(error.statusCode, 400);
        assert.ok(
          error.details.some((detail: Any) => detail.field === field),
          `${field} in ${JSON.stringify(error.details)}`,
        );
      }
      const noChecks = await roster.request({
        method: 'POST',
        url: '/api/me/permissions/check',
        token: await alice.token(),
        payload: {},
      });
      assert.equal(noChecks.statusCode, 400);
      assert.deepEqual(noChecks.json().error.details, [
        { field: 'checks', message: "must have required property 'checks'" },
      ]);
      const extra = await roster.request({
        method: 'POST',
        url: '/api/me/permissions/check',
        token: await alice.token(),
        payload: { checks: [{ permission: 'a:b' }], all: true },
      });
      assert.equal(extra.json().error.code, 'ValidationFailed');

      const hundred = await results(
        alice,
        Array.from({ length: 100 }, (_, i) => ({ permission: i % 2 ? 'projects:read' : 'no:such' })),
      );
      assert.equal(hundred.length, 100);
      assert.deepEqual(hundred.slice(0, 2), [DENIED, ALLOWED('organization')]);
    });

    test('a malformed body, a missing token and a GET without permission answer in the plain shape', async () => {
      const malformed = await roster.request({
        method: 'POST',
        url: '/api/me/permissions/check',
        token: await alice.token(),
        headers: { 'content-type': 'application/json' },
        payload: '{"checks": [',
      });
      assert.equal(malformed.statusCode, 400);
      assert.equal(malformed.json().error.code, 'ValidationFailed');
      const text = await roster.request({
        method: 'POST',
        url: '/api/me/permissions/check',
        token: await alice.token(),
        headers: { 'content-type': 'text/plain' },
        payload: 'projects:read',
      });
      assert.equal(text.statusCode, 415);
      assert.equal(text.json().error.code, 'UnsupportedMediaType');
      for (const request of [
        {
          method: 'POST' as const,
          url: '/api/me/permissions/check',
          payload: { checks: [{ permission: 'projects:read' }] },
        },
        { method: 'GET' as const, url: '/api/me/permissions/check?permission=projects:read' },
      ]) {
        const anonymous = await roster.request(request);
        assert.equal(anonymous.statusCode, 401);
        assert.equal(anonymous.json().error.code, 'MissingToken');
        const forged = await roster.request({ ...request, token: `${await alice.token()}x` });
        assert.equal(forged.statusCode, 401);
        assert.equal(forged.json().error.code, 'InvalidToken');
      }
    });

    test('a malformed GET is a 400 ValidationFailed too', async () => {
      const cases: [string, string][] = [
        ['', 'permission'],
        ['permission=', 'permission'],
        [`organizationId=${acme.id}`, 'permission'],
        ['permission=projects:read&organizationId=acme', 'organizationId'],
        ['permission=deals:edit&resourceType=deal', 'resourceId'],
        ['permission=deals:edit&resourceId=42', 'resourceType'],
        ['permission=deals:edit&resourceType=&resourceId=42', 'resourceType'],
        ['permission=deals:edit&resource=deal', 'resource'],
        ['permission=a:b&permission=c:d', 'permission'],
      ];
      for (const [query, field] of cases) {
        const response = await getOne(alice, query);
        assert.equal(response.statusCode, 400, `${query}: ${response.body}`);
        const { error } = response.json();
        assert.equal(error.code, 'ValidationFailed', query);
        assert.ok(
          error.details.some((detail: Any) => detail.field === field),
          `${query}: ${field} in ${JSON.stringify(error.details)}`,
        );
      }
    });

    test('the admin form answers for any user, with their current organization across sessions', async () => {
      const frank = await signIn(roster, { email: 'frank@example.com', email_verified: true });
      await roster.create(`/api/admin/organizations/${acme.id}/members`, {
        userId: frank.id,
        roles: ['editor'],
        isPrimary: true,
      });
      await roster.create(`/api/admin/organizations/${beta.id}/members`, { userId: frank.id, roles: ['viewer'] });
      const checks: Check[] = [
        { permission: 'projects:edit' },
        { permission: 'projects:edit', organizationId: beta.id },
        { permission: 'projects:read', organizationId: beta.id },
      ];
      const answer = async () => {
        const response = await adminCheck(frank.id, checks);
        assert.equal(response.statusCode, 200, response.body);
        return response.json();
      };
      assert.deepEqual(
        await answer(),
        { data: { results: [ALLOWED('organization'), DENIED, ALLOWED('organization')] } },
        'the primary organization',
      );
      const switchIn = async (sessionId: string | null, organizationId: string) =>
        assert.equal(
          (
            await roster.request({
              method: 'POST',
              url: '/api/me/switch-organization',
              token: await frank.token(sessionId),
              payload: { organizationId },
            })
          ).statusCode,
          200,
        );
      await switchIn('laptop', beta.id);
      assert.deepEqual((await answer()).data.results[0], DENIED, 'the latest choice, made in another session');
      await switchIn('phone', acme.id);
      assert.deepEqual((await answer()).data.results[0], ALLOWED('organization'));
      // A token without sid uses the user-wide session; the admin form still follows the latest choice anywhere.
      await switchIn(null, beta.id);
      await switchIn('phone', acme.id);
      assert.deepEqual((await answer()).data.results[0], ALLOWED('organization'));

      const members = (await roster.admin('GET', `/api/admin/organizations/${acme.id}/members?limit=200`)).json().data;
      const membership = members.find((member: Any) => member.userId === frank.id);
      assert.equal((await roster.admin('DELETE', `/api/admin/memberships/${membership.id}`)).statusCode, 204);
      assert.deepEqual(
        (await answer()).data.results,
        [DENIED, DENIED, ALLOWED('organization')],
        'a removed membership is seen at once',
      );
      assert.deepEqual(
        (await adminCheck(alice.id, [{ permission: 'deals:edit', resource: { type: 'deal', id: '42' } }])).json().data
          .results,
        [ALLOWED('resource')],
      );
    });

    test('the admin form: unknown user 404, bad body 400, and only for admins', async () => {
      for (const id of [randomUUID(), 'not-a-uuid']) {
        const response = await adminCheck(id, [{ permission: 'projects:read' }]);
        assert.equal(response.statusCode, 404, id);
        assert.equal(response.json().error.code, 'NotFound');
      }
      const bad = await adminCheck(alice.id, [{ permission: 'projects:read', organizationId: 'acme' }]);
      assert.equal(bad.statusCode, 400);
      assert.equal(bad.json().error.code, 'ValidationFailed');
      assert.equal((await adminCheck(alice.id, [])).statusCode, 400);

      const anonymous = await roster.request({
        method: 'POST',
        url: `/api/admin/users/${alice.id}/permissions/check`,
        payload: { checks: [{ permission: 'a:b' }] },
      });
      assert.equal(anonymous.statusCode, 401);
      assert.equal(anonymous.json().error.code, 'MissingToken');
      assert.equal(
        (await adminCheck(alice.id, [{ permission: 'a:b' }], 'wrong-admin-token')).json().error.code,
        'InvalidToken',
      );
      const notAdmin = await adminCheck(alice.id, [{ permission: 'a:b' }], await alice.token());
      assert.equal(notAdmin.statusCode, 403);
      assert.equal(notAdmin.json().error.code, 'Forbidden');

      const grace = await signIn(roster, { email: 'grace@example.com', email_verified: true });
      assert.equal((await roster.admin('PUT', `/api/admin/users/${grace.id}/platform-admin`)).statusCode, 204);
      const asPlatformAdmin = await adminCheck(alice.id, [{ permission: 'reports:export' }], await grace.token());
      assert.equal(asPlatformAdmin.statusCode, 200, asPlatformAdmin.body);
      assert.deepEqual(asPlatformAdmin.json().data.results, [ALLOWED('global')]);
    });

    test('the three routes are in the OpenAPI document with their bodies, queries and answers', async () => {
      const document = (await roster.request({ method: 'GET', url: '/openapi.json' })).json();
      const many = document.paths['/api/me/permissions/check'].post;
      assert.ok(many.requestBody.content['application/json'].schema.properties.checks.items.properties.resource);
      assert.ok(many.responses['200'].content['application/json'].schema.properties.data.properties.results);
      assert.ok(many.responses['400']);
      const one = document.paths['/api/me/permissions/check'].get;
      // The four query parameters, and the If-None-Match header every GET answering 304 documents.
      assert.deepEqual(one.parameters.map((parameter: Any) => parameter.name).sort(), [
        'if-none-match',
        'organizationId',
        'permission',
        'resourceId',
        'resourceType',
      ]);
      assert.ok(one.responses['200'].content['application/json'].schema.properties.data.properties.source);
      const admin = document.paths['/api/admin/users/{id}/permissions/check'].post;
      assert.ok(admin.requestBody.content['application/json'].schema.properties.checks);
      assert.ok(admin.responses['404']);
    });
  });
}

describe('permission checks and the rate limits', () => {
  let roster: AdminTestApp;
  before(async () => {
    roster = await startAdminTestApp('sqlite', { ROSTER_RATE_LIMIT_WRITES: '2', ROSTER_RATE_LIMIT_READS: '50' });
  });
  after(() => roster.close());

  test('a POST check only reads, so it counts against the reads limit, not the writes', async () => {
    const user = await signIn(roster, { email: 'limited@example.com', email_verified: true });
    const token = await user.token();
    for (let i = 0; i < 5; i += 1) {
      const response = await roster.request({
        method: 'POST',
        url: '/api/me/permissions/check',
        token,
        payload: { checks: [{ permission: 'a:b' }] },
      });
      assert.equal(response.statusCode, 200, response.body);
      assert.equal(response.headers['ratelimit-limit'], '50');
    }
    const write = await roster.request({ method: 'PATCH', url: '/api/users/me', token, payload: { firstName: 'Lim' } });
    assert.equal(write.headers['ratelimit-limit'], '2');
  });
});
