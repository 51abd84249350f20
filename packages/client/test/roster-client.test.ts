import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { startAdminTestApp, type AdminTestApp } from '../../../test/helpers/admin.ts';
import { createEditorViewerWorld, joinAsEditorAndViewer } from '../../../test/helpers/fixtures.ts';
import {
  createRosterClient,
  RosterApiError,
  type MeOrganization,
  type PersonDocument,
  type RosterClient,
} from '../src/index.ts';

type Any = Record<string, any>;

/** Every request the client sends and the status it got, seen through its `fetch` option. */
function recordingFetch() {
  const seen: { method: string; url: string; ifNoneMatch: string | null; status: number }[] = [];
  const fetchAndRecord: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    const headers = new Headers(init?.headers);
    seen.push({
      method: init?.method ?? 'GET',
      url: String(input),
      ifNoneMatch: headers.get('if-none-match'),
      status: response.status,
    });
    return response;
  };
  return { fetch: fetchAndRecord, seen };
}

describe('@roster/client against a running Roster', () => {
  let roster: AdminTestApp;
  let baseUrl: string;
  let acme: Any;
  let beta: Any;
  let stranger: Any;
  let aliceId: string;
  let aliceToken: string;
  before(async () => {
    roster = await startAdminTestApp('sqlite', {
      ROSTER_PROFILE_SCHEMA: fileURLToPath(new URL('../../../examples/investor-profile.json', import.meta.url)),
    });
    await roster.app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(roster.app.server.address() as AddressInfo).port}/`;
    ({ acme, beta } = await createEditorViewerWorld(roster, ['reports:export']));
    stranger = await roster.create('/api/admin/organizations', { name: 'Stranger', slug: 'stranger' });
    aliceToken = await roster.token({
      sub: 'alice',
      sid: 'client-tests',
      email: 'alice@example.com',
      email_verified: true,
      given_name: 'Alice',
      family_name: 'Doe',
    });
    aliceId = (await createRosterClient({ baseUrl, token: aliceToken }).usersMe()).id;
    await joinAsEditorAndViewer(roster, aliceId, { acme, beta });
    await roster.create(`/api/admin/users/${aliceId}/resource-grants`, {
      resourceType: 'deal',
      resourceId: '42',
      role: 'approver',
    });
  });
  after(() => roster.close());

  test('a token may be a string, a function or an async function', async () => {
    for (const token of [aliceToken, () => aliceToken, async () => aliceToken]) {
      assert.equal((await createRosterClient({ baseUrl, token }).usersMe()).email, 'alice@example.com');
    }
    await assert.rejects(createRosterClient({ baseUrl, token: () => '' }).usersMe(), TypeError);
  });

  test('the /me reads answer their data, typed', async () => {
    const client = createRosterClient({ baseUrl, token: aliceToken });
    const me = await client.usersMe();
    assert.equal(me.fullName, 'Alice Doe');
    assert.equal(me.tenantId, acme.id);
    assert.deepEqual(me.permissions, ['projects:edit', 'projects:read']);
    const auth = await client.authMe();
    assert.deepEqual(
      auth.companies.map((company) => [company.name, company.roles.map((role) => role.name)]),
      [
        ['Acme', ['Editor']],
        ['Beta', ['Viewer']],
      ],
    );
    const { organizations, currentOrganizationId } = await client.organizations();
    assert.deepEqual(
      organizations.map((organization: MeOrganization) => organization.userRole),
      ['Editor', 'Viewer'],
    );
    assert.equal(currentOrganizationId, acme.id);
    assert.equal((await client.currentOrganization())?.name, 'Acme');
  });

  test('switching organization changes the answers of the same session', async () => {
    const token = await roster.token({ sub: 'alice', sid: 'switching' });
    const client = createRosterClient({ baseUrl, token });
    assert.equal(await client.can('projects:edit'), true);
    assert.deepEqual(await client.switchOrganization(beta.id), { currentOrganizationId: beta.id, role: 'Viewer' });
    assert.equal((await client.currentOrganization())?.id, beta.id);
    assert.equal((await client.organizations()).currentOrganizationId, beta.id);
    assert.equal(await client.can('projects:edit'), false);
    assert.equal(await client.can('projects:edit', { organizationId: acme.id }), true);
    await client.switchOrganization(acme.id);
  });

  test('can and checkPermissions answer the permission checks', async () => {
    const client = createRosterClient({ baseUrl, token: aliceToken });
    assert.equal(await client.can('projects:edit'), true);
    assert.equal(await client.can('projects:edit', { organizationId: beta.id }), false);
    assert.equal(await client.can('deals:approve', { resource: { type: 'deal', id: '42' } }), true);
    assert.equal(await client.can('deals:approve', { resource: { type: 'deal', id: '4&2=?' } }), false);
    assert.equal(await client.can('no:such'), false);
    assert.deepEqual(
      await client.checkPermissions([
        { permission: 'projects:read', organizationId: beta.id },
        { permission: 'deals:approve', resource: { type: 'deal', id: '42' } },
        { permission: 'reports:export' },
      ]),
      [
        { allowed: true, source: 'organization' },
        { allowed: true, source: 'resource' },
        { allowed: false, source: null },
      ],
    );
  });

  test('updateProfile answers the updated data', async () => {
    const token = await roster.token({ sub: 'ada', email: 'ada@example.com', email_verified: true });
    const client = createRosterClient({ baseUrl, token });
    const updated = await client.updateProfile({
      firstName: 'Ada',
      lastName: 'Lovelace',
      profileSettings: { isPublicProfile: true },
    });
    assert.equal(updated.fullName, 'Ada Lovelace');
    assert.equal((await client.usersMe()).firstName, 'Ada');
  });

  test("custom profile attributes are typed by the client's type parameter", async () => {
    type Investor = {
      investmentsStatus: 'none' | 'beginner' | 'experienced' | 'professional' | null;
      accreditationConfirmedAt: string | null;
    };
    const token = await roster.token({ sub: 'investor', email: 'investor@example.com', email_verified: true });
    const client = createRosterClient<Investor>({ baseUrl, token });
    assert.equal((await client.usersMe()).investmentsStatus, null);
    const updated = await client.updateProfile({ investmentsStatus: 'beginner' });
    assert.equal(updated.investmentsStatus, 'beginner');
    const document = await client.person({ fields: { person: ['investmentsStatus', 'accreditationConfirmedAt'] } });
    assert.deepEqual(document.data.attributes, { investmentsStatus: 'beginner', accreditationConfirmedAt: null });
  });

  test('person answers the JSON:API document with include and sparse fieldsets', async () => {
    const client = createRosterClient({ baseUrl, token: aliceToken });
    const full: PersonDocument = await client.person();
    assert.equal(full.data.type, 'person');
    assert.equal(full.data.attributes?.email, 'alice@example.com');
    assert.equal(full.data.attributes?.pendingEmailChange, false);
    assert.equal(full.included, undefined);
    assert.deepEqual(full.meta.currentPersonContext, {
      organizationId: acme.id,
      role: 'editor',
      permissions: ['projects:edit', 'projects:read'],
    });

    const sparse = await client.person({
      include: ['resourceRoleGrants.role.permissions', 'memberships.organization'],
      fields: { person: ['firstName', 'resourceRoleGrants', 'memberships'], organization: ['name'] },
    });
    assert.deepEqual(sparse.data.attributes, { firstName: 'Alice' });
    const organizations = (sparse.included ?? []).flatMap((resource) =>
      resource.type === 'organization' ? [resource.attributes?.name] : [],
    );
    assert.deepEqual(organizations.sort(), ['Acme', 'Beta']);
    const permissions = (sparse.included ?? []).flatMap((resource) =>
      resource.type === 'permission' ? [resource.attributes?.key] : [],
    );
    assert.deepEqual(permissions, ['deals:approve']);
  });

  test("every non-2xx is a RosterApiError, whatever the family's shape", async () => {
    const client = createRosterClient({ baseUrl, token: aliceToken });
    const expectError = async (work: Promise<unknown>, expected: Partial<RosterApiError>) => {
      const error = await work.then(
        () => assert.fail('expected a RosterApiError'),
        (caught: unknown) => caught,
      );
      assert.ok(error instanceof RosterApiError, String(error));
      for (const [key, value] of Object.entries(expected)) assert.deepEqual((error as unknown as Any)[key], value, key);
      assert.equal(typeof error.message, 'string');
      assert.ok(error.message.length > 0);
      return error;
    };
    // plain { error }
    await expectError(client.switchOrganization(stranger.id), {
      status: 403,
      code: 'NotAMember',
      message: 'You are not an active member of that organization',
      details: [],
    });
    const invalid = await expectError(client.updateProfile({ firstName: '', phone: '555' }), {
      status: 400,
      code: 'ValidationFailed',
    });
    assert.deepEqual(invalid.details.map((detail) => detail.field).sort(), ['firstName', 'phone']);
    const tooMany = await expectError(client.checkPermissions([]), { status: 400, code: 'ValidationFailed' });
    assert.equal(tooMany.details[0]?.field, 'checks');
    await expectError(client.can('projects:edit', { organizationId: 'acme' }), {
      status: 400,
      code: 'ValidationFailed',
    });
    // /api/auth { success: false, error }
    const forged = createRosterClient({ baseUrl, token: `${aliceToken}x` });
    await expectError(forged.authMe(), {
      status: 401,
      code: 'InvalidToken',
      message: 'The provided token is invalid or expired. Please sign in again.',
    });
    // JSON:API { errors }
    await expectError(forged.person(), { status: 401, code: 'InvalidToken' });
    const badInclude = await expectError(client.person({ include: ['nope' as 'roles'] }), { status: 400 });
    assert.deepEqual(
      badInclude.details.map((detail) => detail.field),
      ['include'],
    );
    await expectError(forged.usersMe(), { status: 401, code: 'InvalidToken' });
  });

  test("an answer Roster did not write (a proxy's 502 page) is a RosterApiError too", async () => {
    const proxy: Server = createServer((_, response) => {
      response.writeHead(502, { 'content-type': 'text/html', 'retry-after': '7' }).end('<h1>Bad gateway</h1>');
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    try {
      const client = createRosterClient({
        baseUrl: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
        token: 't',
      });
      const error = await client.usersMe().catch((caught: unknown) => caught);
      assert.ok(error instanceof RosterApiError);
      assert.equal(error.status, 502);
      assert.equal(error.code, 'HttpError');
      assert.equal(error.retryAfterS, 7);
      assert.equal(error.body, '<h1>Bad gateway</h1>');
    } finally {
      await new Promise((resolve) => proxy.close(resolve));
    }
  });

  test('GETs revalidate with If-None-Match and return the remembered body on 304', async () => {
    const token = await roster.token({
      sub: 'etag-user',
      email: 'etag@example.com',
      email_verified: true,
      given_name: 'Eve',
    });
    const recorder = recordingFetch();
    const client: RosterClient = createRosterClient({ baseUrl, token, fetch: recorder.fetch });
    const first = await client.usersMe();
    const second = await client.usersMe();
    assert.deepEqual(second, first);
    const [one, two] = recorder.seen;
    assert.equal(one?.ifNoneMatch, null);
    assert.equal(one?.status, 200);
    assert.match(String(two?.ifNoneMatch), /^"[^"]+"$/);
    assert.equal(two?.status, 304);

    // What a caller does to an answer never changes the next one.
    (second as Any).firstName = 'Mallory';
    assert.equal((await client.usersMe()).firstName, 'Eve');

    // A write changes the ETag: the next GET gets the new body with a 200.
    await client.updateProfile({ firstName: 'Evelyn' });
    recorder.seen.length = 0;
    assert.equal((await client.usersMe()).firstName, 'Evelyn');
    assert.equal(recorder.seen[0]?.status, 200);
    assert.equal((await client.usersMe()).firstName, 'Evelyn');
    assert.equal(recorder.seen[1]?.status, 304);

    // Remembered per URL and token: another token of the same user starts afresh.
    const otherToken = await roster.token({ sub: 'etag-user', sid: 'other-tab' });
    recorder.seen.length = 0;
    const tokens = [token, otherToken];
    const rotating = createRosterClient({ baseUrl, token: () => tokens.shift() ?? otherToken, fetch: recorder.fetch });
    await rotating.usersMe();
    await rotating.usersMe();
    await rotating.usersMe();
    assert.deepEqual(
      recorder.seen.map((request) => [request.ifNoneMatch !== null, request.status]),
      [
        [false, 200],
        [false, 200],
        [true, 304],
      ],
    );

    // can() is a GET too.
    recorder.seen.length = 0;
    await client.can('projects:read');
    await client.can('projects:read');
    assert.deepEqual(
      recorder.seen.map((request) => request.status),
      [200, 304],
    );
  });
});
