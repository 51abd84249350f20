import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startTestApp, type TestApp } from '../../helpers/app.ts';
import { testEngines } from '../../helpers/databases.ts';
import { fixtures, type Fixtures } from '../../helpers/fixtures.ts';
import { INVESTOR_PROFILE_SCHEMA, JSON_API } from './person-setup.ts';

const OWNER_ONLY = [
  'email',
  'emailVerified',
  'phoneNumber',
  'birthDate',
  'referralCode',
  'profileType',
  'onboardingCompletedAt',
  'otpEnabled',
  'otpRequiredForAdmin',
  'unconfirmedEmail',
  'pendingEmailChange',
  'lastLoginAt',
  'accreditationConfirmedAt',
  'investmentsStatus',
];

for (const engine of await testEngines()) {
  describe(`GET /api/v1/people/:id on ${engine}`, () => {
    let roster: TestApp;
    let fx: Fixtures;
    let schemaDir: string;
    let viewer: string;
    let viewerToken: string;
    let sharedOrg: string;
    let people = 0;

    const get = (url: string, token = viewerToken) => roster.request({ method: 'GET', url, token });
    /** A person with every owner-only field set to a recognizable value. */
    async function person(settings: { isPublicProfile?: boolean } = {}): Promise<string> {
      const id = await fx.user({
        email: `secret-owner-${++people}@example.com`,
        emailVerified: true,
        firstName: 'Other',
        lastName: 'Person',
      });
      await roster.database.db
        .updateTable('users')
        .set({
          phone: '+15550009999',
          birthDate: '1970-07-07',
          referralCode: `REF-SECRET-${id.slice(-12)}`,
          profileType: 'entity',
          otpEnabled: true,
          otpRequiredForAdmin: true,
          unconfirmedEmail: 'pending-secret@example.com',
          headline: 'Public headline',
          profileSettings: JSON.stringify({
            portfolioVisible: true,
            isPublicProfile: settings.isPublicProfile ?? false,
          }),
          customAttributes: JSON.stringify({
            accreditationConfirmedAt: '2001-01-01T00:00:00.000Z',
            investmentsStatus: 'professional',
            nickname: 'Otto',
          }),
        })
        .where('id', '=', id)
        .execute();
      return id;
    }

    before(async () => {
      schemaDir = await mkdtemp(join(tmpdir(), 'roster-schema-'));
      const investor = JSON.parse(await readFile(INVESTOR_PROFILE_SCHEMA, 'utf8'));
      investor.attributes.nickname = { type: 'string', visibility: 'public', editable: true };
      await writeFile(join(schemaDir, 'schema.json'), JSON.stringify(investor));
      roster = await startTestApp(engine, { env: { ROSTER_PROFILE_SCHEMA: join(schemaDir, 'schema.json') } });
      fx = fixtures(roster.database.db);
      viewer = await fx.user({ email: 'viewer@example.com', emailVerified: true, firstName: 'Vi', lastName: 'Ewer' });
      await fx.identity(viewer, roster.issuer.url, 'viewer-sub');
      viewerToken = await roster.token({ sub: 'viewer-sub' });
      sharedOrg = await fx.organization();
      await fx.membership({ userId: viewer, organizationId: sharedOrg, isPrimary: true });
    });
    after(async () => {
      await roster.close();
      await rm(schemaDir, { recursive: true, force: true });
    });

    function assertPublicOnly(body: string, id: string): void {
      const document = JSON.parse(body);
      assert.deepEqual(Object.keys(document).sort(), ['data', 'meta']);
      assert.equal(document.data.type, 'person');
      assert.equal(document.data.id, id);
      assert.deepEqual(document.data.links, { self: `/api/v1/people/${id}` });
      assert.equal('relationships' in document.data, false);
      assert.deepEqual(Object.keys(document.data.attributes), [
        'firstName',
        'lastName',
        'fullName',
        'avatarUrl',
        'headline',
        'linkedinUrl',
        'profileSettings',
        'createdAt',
        'updatedAt',
        'nickname',
      ]);
      for (const name of OWNER_ONLY) assert.equal(body.includes(`"${name}"`), false, `${name} leaked`);
      for (const value of [
        'secret-owner',
        '+15550009999',
        '1970-07-07',
        'REF-SECRET',
        'pending-secret',
        '2001-01-01',
        'professional',
        'entity',
      ]) {
        assert.equal(body.includes(value), false, `${value} leaked`);
      }
    }

    test('a public profile is visible to anyone, with public attributes only', async () => {
      const id = await person({ isPublicProfile: true });
      const response = await get(`/api/v1/people/${id}`);
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['content-type'], JSON_API);
      assertPublicOnly(response.body, id);
      const { attributes } = response.json().data;
      assert.equal(attributes.fullName, 'Other Person');
      assert.equal(attributes.headline, 'Public headline');
      assert.equal(attributes.nickname, 'Otto');
      assert.deepEqual(attributes.profileSettings, { portfolioVisible: true, isPublicProfile: true });
      assert.equal(response.json().meta.auth.subject, 'viewer-sub', 'meta is about the caller');
      assert.equal(response.headers['cache-control'], 'private, no-cache');
      assert.match(String(response.headers.vary), /Authorization/i);
      const again = await roster.request({
        method: 'GET',
        url: `/api/v1/people/${id}`,
        token: viewerToken,
        headers: { 'if-none-match': response.headers.etag as string },
      });
      assert.equal(again.statusCode, 304);
    });

    test('a private profile is visible to its owner, in the public shape', async () => {
      const id = await person();
      await fx.identity(id, roster.issuer.url, `self-${id}`);
      const response = await get(`/api/v1/people/${id}`, await roster.token({ sub: `self-${id}` }));
      assert.equal(response.statusCode, 200);
      assertPublicOnly(response.body, id);
      const upperCased = await get(`/api/v1/people/${id.toUpperCase()}`, await roster.token({ sub: `self-${id}` }));
      assert.equal(upperCased.statusCode, 200, 'UUIDs are case-insensitive');
      assert.equal(upperCased.json().data.id, id);
    });

    test('a private profile is visible to someone sharing an active organization', async () => {
      const id = await person();
      await fx.membership({ userId: id, organizationId: sharedOrg });
      const response = await get(`/api/v1/people/${id}`);
      assert.equal(response.statusCode, 200);
      assertPublicOnly(response.body, id);
    });

    test('404, byte-identical for strangers, inactive sharing, missing ids and non-UUIDs', async () => {
      const stranger = await person();
      const suspendedOrgMember = await person();
      const suspendedOrg = await fx.organization({ status: 'suspended' });
      await fx.membership({ userId: viewer, organizationId: suspendedOrg });
      await fx.membership({ userId: suspendedOrgMember, organizationId: suspendedOrg });
      const archivedOrgMember = await person();
      const archivedOrg = await fx.organization({ status: 'archived' });
      await fx.membership({ userId: viewer, organizationId: archivedOrg });
      await fx.membership({ userId: archivedOrgMember, organizationId: archivedOrg });
      const invitedMember = await person();
      await fx.membership({ userId: invitedMember, organizationId: sharedOrg, status: 'invited' });
      const suspendedMember = await person();
      await fx.membership({ userId: suspendedMember, organizationId: sharedOrg, status: 'suspended' });
      const viewerInactive = await person();
      const otherOrg = await fx.organization();
      await fx.membership({ userId: viewerInactive, organizationId: otherOrg });
      await fx.membership({ userId: viewer, organizationId: otherOrg, status: 'suspended' });

      const missing = await get('/api/v1/people/00000000-0000-4000-8000-000000000000');
      assert.equal(missing.statusCode, 404);
      assert.equal(missing.headers['content-type'], JSON_API);
      assert.equal(missing.json().errors[0].code, 'NotFound');
      assert.equal(missing.headers.etag, undefined);
      const cases = { stranger, suspendedOrgMember, archivedOrgMember, invitedMember, suspendedMember, viewerInactive };
      for (const [name, id] of Object.entries(cases)) {
        const response = await get(`/api/v1/people/${id}`);
        assert.equal(response.statusCode, 404, name);
        assert.equal(response.body, missing.body, name);
        assert.equal(response.headers['content-type'], missing.headers['content-type']);
        assert.equal(response.headers.etag, undefined);
      }
      for (const id of ['not-a-uuid', '42', encodeURIComponent("' OR 1=1 --")]) {
        const response = await get(`/api/v1/people/${id}`);
        assert.equal(response.statusCode, 404, id);
        assert.equal(response.body, missing.body, id);
      }
    });

    test('include is a 400; only fields[person] / fields[people] of public attributes', async () => {
      const id = await person({ isPublicProfile: true });
      const include = await get(`/api/v1/people/${id}?include=profile`);
      assert.equal(include.statusCode, 400);
      assert.deepEqual(include.json().errors[0].source, { parameter: 'include' });
      const sparse = await get(`/api/v1/people/${id}?fields[people]=firstName,nickname`);
      assert.equal(sparse.statusCode, 200);
      assert.deepEqual(sparse.json().data.attributes, { firstName: 'Other', nickname: 'Otto' });
      assert.deepEqual((await get(`/api/v1/people/${id}?fields[person]=headline`)).json().data.attributes, {
        headline: 'Public headline',
      });
      for (const field of [...OWNER_ONLY, 'roles', 'memberships', 'nope']) {
        for (const parameter of ['fields[person]', 'fields[people]']) {
          const response = await get(`/api/v1/people/${id}?${parameter}=firstName,${field}`);
          assert.equal(response.statusCode, 400, `${parameter} ${field}`);
          assert.deepEqual(response.json().errors[0].source, { parameter });
          assert.equal(response.body.includes('secret'), false);
        }
      }
      for (const query of ['fields[role]=key', 'sort=firstName', 'page[size]=1']) {
        const response = await get(`/api/v1/people/${id}?${query}`);
        assert.equal(response.statusCode, 400, query);
        assert.deepEqual(response.json().errors[0].source, { parameter: query.split('=')[0] });
      }
    });

    test('406 applies to people too', async () => {
      const id = await person({ isPublicProfile: true });
      const response = await roster.request({
        method: 'GET',
        url: `/api/v1/people/${id}`,
        token: viewerToken,
        headers: { accept: 'application/vnd.api+json; ext=x' },
      });
      assert.equal(response.statusCode, 406);
    });
  });
}
