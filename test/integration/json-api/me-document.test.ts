import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestApp, type TestApp } from '../../helpers/app.ts';
import { testEngines } from '../../helpers/databases.ts';
import { fixtures, type Fixtures } from '../../helpers/fixtures.ts';
import { ids, INVESTOR_PROFILE_SCHEMA, JSON_API, seedRichPerson, type RichPerson } from './person-setup.ts';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

for (const engine of await testEngines()) {
  describe(`GET /api/v1/me on ${engine}`, () => {
    let roster: TestApp;
    let fx: Fixtures;
    let jane: RichPerson;
    const get = (url: string, headers: Record<string, string> = {}, token = jane.token) =>
      roster.request({ method: 'GET', url, token, headers });

    before(async () => {
      roster = await startTestApp(engine, { env: { ROSTER_PROFILE_SCHEMA: INVESTOR_PROFILE_SCHEMA } });
      fx = fixtures(roster.database.db);
      jane = await seedRichPerson(roster, fx);
      await roster.database.db
        .updateTable('users')
        .set({
          phone: '+15551234567',
          headline: 'Angel investor',
          customAttributes: JSON.stringify({ accreditationConfirmedAt: '2025-08-15T10:30:00.000Z' }),
        })
        .where('id', '=', jane.userId)
        .execute();
    });
    after(() => roster.close());

    test('the document, field by field', async () => {
      const response = await get('/api/v1/me');
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['content-type'], JSON_API);
      const body = response.json();
      assert.deepEqual(Object.keys(body).sort(), ['data', 'meta']);
      const { data, meta } = body;
      assert.equal(data.type, 'person');
      assert.equal(data.id, jane.userId);
      assert.deepEqual(data.links, { self: '/api/v1/me' });
      assert.deepEqual(Object.keys(data.attributes), [
        'firstName',
        'lastName',
        'fullName',
        'email',
        'emailVerified',
        'headline',
        'linkedinUrl',
        'phoneNumber',
        'avatarUrl',
        'birthDate',
        'referralCode',
        'profileType',
        'onboardingCompletedAt',
        'otpEnabled',
        'otpRequiredForAdmin',
        'unconfirmedEmail',
        'pendingEmailChange',
        'profileSettings',
        'lastLoginAt',
        'createdAt',
        'updatedAt',
        'accreditationConfirmedAt',
        'investmentsStatus',
      ]);
      const a = data.attributes;
      assert.equal(a.firstName, 'Jane');
      assert.equal(a.fullName, 'Jane Doe');
      assert.equal(a.email, 'jane@example.com');
      assert.equal(a.emailVerified, true);
      assert.equal(a.phoneNumber, '+15551234567');
      assert.equal(a.headline, 'Angel investor');
      assert.match(a.referralCode, /\S+/);
      assert.equal(a.otpEnabled, false);
      assert.equal(a.otpRequiredForAdmin, false);
      assert.equal(a.unconfirmedEmail, null);
      assert.equal(a.pendingEmailChange, false);
      assert.deepEqual(a.profileSettings, { portfolioVisible: false, isPublicProfile: false });
      assert.match(a.createdAt, ISO);
      assert.equal(a.accreditationConfirmedAt, '2025-08-15T10:30:00.000Z');
      assert.equal(a.investmentsStatus, null, 'declared custom attributes are null until set');

      assert.deepEqual(data.relationships, {
        profile: { data: { type: 'profile', id: jane.userId } },
        roles: {
          data: [
            { type: 'role', id: jane.roles.staff },
            { type: 'role', id: jane.roles.support },
          ],
        },
        permissions: {
          data: ['billing:read', 'projects:read', 'roster:admin'].map((key) => ({
            type: 'permission',
            id: jane.permissionIds[key],
          })),
        },
        resourceRoleGrants: { data: [{ type: 'resourceRoleGrant', id: jane.roleGrant }] },
        resourcePermissionGrants: { data: [{ type: 'resourcePermissionGrant', id: jane.permissionGrant }] },
        memberships: data.relationships.memberships,
        currentOrganization: { data: { type: 'organization', id: jane.org } },
      });
      assert.deepEqual(
        new Set(ids(data.relationships.memberships.data)),
        new Set([`membership:${jane.membership}`, `membership:${jane.suspendedMembership}`]),
      );

      assert.deepEqual(meta.currentPersonContext, {
        organizationId: jane.org,
        role: 'editor-jane',
        permissions: ['billing:read', 'projects:create', 'projects:read', 'roster:admin'],
      });
      assert.equal(meta.auth.issuer, roster.issuer.url);
      assert.equal(meta.auth.subject, jane.sub);
      assert.equal(meta.auth.sessionId, 'session-jane');
      assert.match(meta.auth.expiresAt, ISO);
    });

    test('memberships list active memberships only, suspended organizations with their status', async () => {
      const body = (await get('/api/v1/me?include=memberships.organization')).json();
      assert.deepEqual(
        new Set(ids(body.data.relationships.memberships.data)),
        new Set([`membership:${jane.membership}`, `membership:${jane.suspendedMembership}`]),
      );
      const suspended = body.included.find((r: { id: string }) => r.id === jane.suspendedOrg);
      assert.equal(suspended.attributes.status, 'suspended');
      const membership = body.included.find((r: { id: string }) => r.id === jane.suspendedMembership);
      assert.deepEqual(membership.attributes.permissions, [], 'no permissions in a suspended organization');
    });

    test('a person with no current organization has currentOrganization null and an empty context', async () => {
      const token = await roster.token({ email: 'loner@example.com', email_verified: true });
      const body = (await get('/api/v1/me?include=currentOrganization,roles', {}, token)).json();
      assert.deepEqual(body.data.relationships.currentOrganization, { data: null });
      assert.deepEqual(body.data.relationships.roles, { data: [] });
      assert.deepEqual(body.included, [], 'an include that yields nothing is an empty array');
      assert.deepEqual(body.meta.currentPersonContext, { organizationId: null, role: null, permissions: [] });
    });

    test('each include path alone', async () => {
      const p = jane.permissionIds;
      const expected: Record<string, string[]> = {
        profile: [`profile:${jane.userId}`],
        roles: [`role:${jane.roles.staff}`, `role:${jane.roles.support}`],
        'roles.permissions': [
          `role:${jane.roles.staff}`,
          `permission:${p['projects:read']}`,
          `permission:${p['roster:admin']}`,
          `role:${jane.roles.support}`,
        ],
        permissions: ['billing:read', 'projects:read', 'roster:admin'].map((key) => `permission:${p[key]}`),
        resourceRoleGrants: [`resourceRoleGrant:${jane.roleGrant}`],
        'resourceRoleGrants.role': [`resourceRoleGrant:${jane.roleGrant}`, `role:${jane.roles.founder}`],
        'resourceRoleGrants.role.permissions': [
          `resourceRoleGrant:${jane.roleGrant}`,
          `role:${jane.roles.founder}`,
          `permission:${p['deals:manage']}`,
        ],
        resourcePermissionGrants: [`resourcePermissionGrant:${jane.permissionGrant}`],
        'resourcePermissionGrants.permission': [
          `resourcePermissionGrant:${jane.permissionGrant}`,
          `permission:${p['deals:manage']}`,
        ],
        currentOrganization: [`organization:${jane.org}`],
      };
      for (const [include, resources] of Object.entries(expected)) {
        const response = await get(`/api/v1/me?include=${include}`);
        assert.equal(response.statusCode, 200, include);
        assert.deepEqual(ids(response.json().included), resources, include);
      }
      const sets: Record<string, string[]> = {
        memberships: [`membership:${jane.membership}`, `membership:${jane.suspendedMembership}`],
        'memberships.organization': [
          `membership:${jane.membership}`,
          `organization:${jane.org}`,
          `membership:${jane.suspendedMembership}`,
          `organization:${jane.suspendedOrg}`,
        ],
        'memberships.roles': [
          `membership:${jane.membership}`,
          `role:${jane.roles.editor}`,
          `role:${jane.roles.viewer}`,
          `membership:${jane.suspendedMembership}`,
        ],
        'memberships.roles.permissions': [
          `membership:${jane.membership}`,
          `role:${jane.roles.editor}`,
          `role:${jane.roles.viewer}`,
          `membership:${jane.suspendedMembership}`,
          `permission:${p['projects:create']}`,
          `permission:${p['projects:read']}`,
        ],
      };
      for (const [include, resources] of Object.entries(sets)) {
        const included = ids((await get(`/api/v1/me?include=${include}`)).json().included);
        assert.deepEqual([...included].sort(), [...resources].sort(), include);
      }
    });

    test('all include paths combined: every resource once, with its documented fields', async () => {
      const all = [
        'profile',
        'roles',
        'roles.permissions',
        'permissions',
        'resourceRoleGrants',
        'resourceRoleGrants.role',
        'resourceRoleGrants.role.permissions',
        'resourcePermissionGrants',
        'resourcePermissionGrants.permission',
        'memberships',
        'memberships.organization',
        'memberships.roles',
        'memberships.roles.permissions',
        'currentOrganization',
      ];
      const body = (await get(`/api/v1/me?include=${all.join(',')}`)).json();
      const included = ids(body.included);
      assert.equal(new Set(included).size, included.length, 'no resource twice');
      assert.equal(included.filter((key) => key === `permission:${jane.permissionIds['projects:read']}`).length, 1);
      assert.equal(
        included.filter((key) => key === `organization:${jane.org}`).length,
        1,
        'current organization and membership organization once',
      );
      assert.equal(included.length, 1 + 5 + 5 + 2 + 2 + 2);
      const find = (type: string, id: string) =>
        body.included.find((r: { type: string; id: string }) => r.type === type && r.id === id);
      const editor = find('role', jane.roles.editor);
      assert.deepEqual(Object.keys(editor.attributes), ['key', 'name', 'color', 'description', 'rank', 'scope']);
      assert.equal(editor.attributes.rank, 20);
      assert.equal(editor.attributes.scope, 'organization');
      assert.deepEqual(
        new Set(ids(editor.relationships.permissions.data)),
        new Set([
          `permission:${jane.permissionIds['projects:create']}`,
          `permission:${jane.permissionIds['projects:read']}`,
        ]),
      );
      assert.deepEqual(find('permission', jane.permissionIds['roster:admin']!).attributes, {
        key: 'roster:admin',
        description: null,
      });
      const grant = find('resourceRoleGrant', jane.roleGrant);
      assert.equal(grant.attributes.resourceType, 'deal');
      assert.equal(grant.attributes.resourceId, 'deal-x');
      assert.match(grant.attributes.grantedAt, ISO);
      assert.deepEqual(grant.relationships.role.data, { type: 'role', id: jane.roles.founder });
      const permissionGrant = find('resourcePermissionGrant', jane.permissionGrant);
      assert.deepEqual(permissionGrant.relationships.permission.data, {
        type: 'permission',
        id: jane.permissionIds['deals:manage'],
      });
      const membership = find('membership', jane.membership);
      assert.deepEqual(Object.keys(membership.attributes), ['status', 'isPrimary', 'joinedAt', 'role', 'permissions']);
      assert.equal(membership.attributes.role, 'editor-jane');
      assert.deepEqual(membership.relationships.organization.data, { type: 'organization', id: jane.org });
      const org = find('organization', jane.org);
      assert.deepEqual(Object.keys(org.attributes), [
        'name',
        'slug',
        'description',
        'logoUrl',
        'status',
        'settings',
        'createdAt',
        'updatedAt',
      ]);
      assert.equal(org.relationships, undefined);
      const profile = find('profile', jane.userId);
      assert.deepEqual(Object.keys(profile.attributes), [
        'headline',
        'linkedinUrl',
        'avatarUrl',
        'birthDate',
        'profileType',
        'profileSettings',
      ]);
    });

    test('the documented request ?include=profile,roles', async () => {
      const body = (await get('/api/v1/me?include=profile,roles')).json();
      assert.deepEqual(ids(body.included), [
        `profile:${jane.userId}`,
        `role:${jane.roles.staff}`,
        `role:${jane.roles.support}`,
      ]);
    });

    test('the documented request ?fields[people]=firstName,lastName,email,avatarUrl', async () => {
      const body = (await get('/api/v1/me?fields[people]=firstName,lastName,email,avatarUrl')).json();
      assert.deepEqual(body.data.attributes, {
        firstName: 'Jane',
        lastName: 'Doe',
        email: 'jane@example.com',
        avatarUrl: null,
      });
      assert.equal(body.data.relationships, undefined, 'relationships left out by the fieldset');
      assert.equal(body.included, undefined);
      assert.ok(body.meta.currentPersonContext);
    });

    test('the documented request ?include=roles.permissions,resourceRoleGrants,resourcePermissionGrants', async () => {
      const body = (
        await get('/api/v1/me?include=roles.permissions,resourceRoleGrants,resourcePermissionGrants')
      ).json();
      const included = ids(body.included);
      assert.equal(new Set(included).size, included.length);
      assert.deepEqual(
        [...included].sort(),
        [
          `permission:${jane.permissionIds['projects:read']}`,
          `permission:${jane.permissionIds['roster:admin']}`,
          `resourcePermissionGrant:${jane.permissionGrant}`,
          `resourceRoleGrant:${jane.roleGrant}`,
          `role:${jane.roles.staff}`,
          `role:${jane.roles.support}`,
        ].sort(),
      );
    });

    test('fields[person] alias and fieldsets on included types; relationships named in a fieldset stay', async () => {
      const same = [
        (await get('/api/v1/me?fields[person]=email,roles')).json().data,
        (await get('/api/v1/me?fields[people]=email,roles')).json().data,
      ];
      assert.deepEqual(same[0], same[1]);
      assert.deepEqual(Object.keys(same[0].attributes), ['email']);
      assert.deepEqual(Object.keys(same[0].relationships), ['roles']);
      const body = (
        await get(
          '/api/v1/me?include=memberships.organization,memberships.roles&fields[membership]=status,organization&fields[organization]=name&fields[role]=',
        )
      ).json();
      for (const resource of body.included) {
        if (resource.type === 'membership') {
          assert.deepEqual(Object.keys(resource.attributes), ['status']);
          assert.deepEqual(Object.keys(resource.relationships), ['organization']);
        }
        if (resource.type === 'organization') assert.deepEqual(Object.keys(resource.attributes), ['name']);
        if (resource.type === 'role') assert.deepEqual(Object.keys(resource).sort(), ['id', 'type']);
      }
      assert.ok(
        body.included.some((r: { type: string }) => r.type === 'role'),
        'roles still included though the membership fieldset leaves the relationship out',
      );
      for (const type of ['profile', 'permission', 'resourceRoleGrant', 'resourcePermissionGrant']) {
        assert.equal((await get(`/api/v1/me?fields[${type}]=`)).statusCode, 200, type);
      }
    });

    test('custom attributes can be named in fieldsets', async () => {
      const body = (await get('/api/v1/me?fields[person]=accreditationConfirmedAt,investmentsStatus')).json();
      assert.deepEqual(body.data.attributes, {
        accreditationConfirmedAt: '2025-08-15T10:30:00.000Z',
        investmentsStatus: null,
      });
    });

    test('400 with source.parameter: unknown include, type, field, and every unsupported parameter', async () => {
      const cases: [string, string][] = [
        ['include=defaultInvestmentProfile', 'include'],
        ['include=profile,roles.nope', 'include'],
        ['include=roles.permissions.roles', 'include'],
        ['fields[investmentProfile]=name', 'fields[investmentProfile]'],
        ['fields[person]=firstName,nope', 'fields[person]'],
        ['fields[people]=password', 'fields[people]'],
        ['fields[role]=permissions,grantedAt', 'fields[role]'],
        ['sort=firstName', 'sort'],
        ['page[size]=10', 'page[size]'],
        ['filter[x]=1', 'filter[x]'],
        ['foo=bar', 'foo'],
      ];
      for (const [query, parameter] of cases) {
        const response = await get(`/api/v1/me?${query}`);
        assert.equal(response.statusCode, 400, query);
        assert.equal(response.headers['content-type'], JSON_API);
        const [error, ...rest] = response.json().errors;
        assert.equal(rest.length, 0);
        assert.equal(error.status, '400');
        assert.equal(error.code, 'InvalidParameter');
        assert.deepEqual(error.source, { parameter }, query);
        assert.equal(error.requiresLogin, undefined);
      }
    });

    test('a bootstrap request naming defaultInvestmentProfile (no such relationship) is a 400 on include', async () => {
      const response = await get(
        '/api/v1/me?include=profile,roles.permissions,resourceRoleGrants,resourcePermissionGrants,defaultInvestmentProfile',
      );
      assert.equal(response.statusCode, 400);
      assert.deepEqual(response.json().errors[0].source, { parameter: 'include' });
    });

    test('406 when every JSON:API media type in Accept has a parameter other than profile', async () => {
      for (const accept of [
        'application/vnd.api+json; ext="https://jsonapi.org/ext/atomic"',
        'application/vnd.api+json; version=1.1, application/vnd.api+json; ext=x',
      ]) {
        const response = await get('/api/v1/me', { accept });
        assert.equal(response.statusCode, 406, accept);
        assert.equal(response.json().errors[0].code, 'NotAcceptable');
        assert.equal(response.headers['content-type'], JSON_API);
      }
      const anonymous = await roster.request({
        method: 'GET',
        url: '/api/v1/me',
        headers: { accept: 'application/vnd.api+json; ext=x' },
      });
      assert.equal(anonymous.statusCode, 406, 'content negotiation comes before the token');
      for (const accept of [
        'application/vnd.api+json',
        'application/vnd.api+json; profile="https://example.com/p"',
        'application/vnd.api+json; ext=x, */*',
        'application/vnd.api+json; ext=x, application/json',
        'application/vnd.api+json; ext=x, application/vnd.api+json',
        'application/json',
        '*/*',
      ]) {
        const response = await get('/api/v1/me', { accept });
        assert.equal(response.statusCode, 200, accept);
        assert.equal(response.headers['content-type'], JSON_API);
      }
    });

    test('every 401 is a JSON:API error with requiresLogin', async () => {
      const expired = await roster.token({ sub: jane.sub, exp: Math.floor(Date.now() / 1000) - 3600 });
      for (const [headers, code] of [
        [{}, 'MissingToken'],
        [{ authorization: 'Bearer not-a-jwt' }, 'InvalidToken'],
        [{ authorization: `Bearer ${expired}` }, 'InvalidToken'],
      ] as const) {
        for (const url of ['/api/v1/me', '/api/v1/people/00000000-0000-4000-8000-000000000000']) {
          const response = await roster.request({ method: 'GET', url, headers });
          assert.equal(response.statusCode, 401);
          assert.equal(response.headers['content-type'], JSON_API);
          const [error] = response.json().errors;
          assert.equal(error.status, '401');
          assert.equal(error.code, code);
          assert.equal(error.requiresLogin, true);
          assert.equal(typeof error.detail, 'string');
        }
      }
      const patch = await roster.request({ method: 'PATCH', url: '/api/v1/me', payload: { data: {} } });
      assert.equal(patch.statusCode, 401);
      assert.equal(patch.json().errors[0].requiresLogin, true);
    });

    test('strong ETag, private no-cache, Vary: Authorization, 304 on If-None-Match', async () => {
      const first = await get('/api/v1/me?include=roles');
      const etag = first.headers.etag as string;
      assert.match(etag, /^"[^"]+"$/);
      assert.equal(first.headers['cache-control'], 'private, no-cache');
      assert.match(String(first.headers.vary), /Authorization/i);
      const again = await get('/api/v1/me?include=roles', { 'if-none-match': etag });
      assert.equal(again.statusCode, 304);
      assert.equal(again.body, '');
      const other = await get('/api/v1/me', { 'if-none-match': etag });
      assert.equal(other.statusCode, 200, 'a different document has a different tag');
    });

    test('no view query: the document is served from the snapshot (a second GET is identical)', async () => {
      const a = await get('/api/v1/me?include=memberships.roles.permissions');
      const b = await get('/api/v1/me?include=memberships.roles.permissions');
      assert.equal(a.body, b.body);
    });
  });
}
