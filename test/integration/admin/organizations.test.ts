import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startAdminTestApp, type AdminTestApp } from '../../helpers/admin.ts';
import { testEngines } from '../../helpers/databases.ts';

for (const engine of await testEngines()) {
  describe(`admin organizations on ${engine}`, () => {
    let roster: AdminTestApp;
    before(async () => {
      roster = await startAdminTestApp(engine);
    });
    after(() => roster.close());

    test('POST creates an organization: 201 with the object, defaults filled', async () => {
      const response = await roster.admin('POST', '/api/admin/organizations', {
        name: 'Acme',
        slug: 'acme-create',
        settings: { theme: 'dark' },
      });
      assert.equal(response.statusCode, 201);
      const { data } = response.json();
      assert.match(data.id, /^[0-9a-f-]{36}$/);
      assert.deepEqual(
        { ...data, id: undefined, createdAt: undefined, updatedAt: undefined },
        {
          id: undefined,
          name: 'Acme',
          slug: 'acme-create',
          description: null,
          logoUrl: null,
          status: 'active',
          settings: { theme: 'dark' },
          createdAt: undefined,
          updatedAt: undefined,
        },
      );
      assert.match(data.createdAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    });

    test('a duplicate slug is 409 Conflict', async () => {
      await roster.create('/api/admin/organizations', { name: 'One', slug: 'dup-slug' });
      const response = await roster.admin('POST', '/api/admin/organizations', { name: 'Two', slug: 'dup-slug' });
      assert.equal(response.statusCode, 409);
      assert.equal(response.json().error.code, 'Conflict');
    });

    test('bad bodies are 400 ValidationFailed with details', async () => {
      for (const body of [
        { name: 'X', slug: 'Bad Slug' },
        { name: 'X', slug: 'ok', status: 'closed' },
        { name: 'X', slug: 'ok', unknown: 1 },
        { slug: 'ok' },
        { name: 'X', slug: 'ok', logoUrl: 'http://insecure.example/logo.png' },
        { name: 'X', slug: '-leading' },
      ]) {
        const response = await roster.admin('POST', '/api/admin/organizations', body);
        assert.equal(response.statusCode, 400, JSON.stringify(body));
        assert.equal(response.json().error.code, 'ValidationFailed');
        assert.ok(response.json().error.details.length > 0);
      }
      const unknown = await roster.admin('POST', '/api/admin/organizations', { name: 'X', slug: 'ok', unknown: 1 });
      assert.deepEqual(unknown.json().error.details, [{ field: 'unknown', message: 'is not a known field' }]);
    });

    test('GET, PATCH and DELETE by id; unknown ids are 404', async () => {
      const created = await roster.create('/api/admin/organizations', { name: 'Patch me', slug: 'patch-me' });
      const got = await roster.admin('GET', `/api/admin/organizations/${created.id}`);
      assert.equal(got.statusCode, 200);
      assert.deepEqual(got.json().data, created);

      const patched = await roster.admin('PATCH', `/api/admin/organizations/${created.id}`, {
        status: 'suspended',
        description: 'Now suspended',
      });
      assert.equal(patched.statusCode, 200);
      assert.equal(patched.json().data.status, 'suspended');
      assert.equal(patched.json().data.description, 'Now suspended');
      assert.equal(patched.json().data.slug, 'patch-me');

      const empty = await roster.admin('PATCH', `/api/admin/organizations/${created.id}`, {});
      assert.equal(empty.statusCode, 400);

      const deleted = await roster.admin('DELETE', `/api/admin/organizations/${created.id}`);
      assert.equal(deleted.statusCode, 204);
      assert.equal(deleted.body, '');
      for (const [method, payload] of [['GET'], ['PATCH', { name: 'x' }], ['DELETE']] as const) {
        const response = await roster.admin(method, `/api/admin/organizations/${created.id}`, payload);
        assert.equal(response.statusCode, 404, method);
        assert.equal(response.json().error.code, 'NotFound');
      }
      assert.equal((await roster.admin('GET', '/api/admin/organizations/not-a-uuid')).statusCode, 404);
    });

    test('PATCH to a slug another organization holds is 409', async () => {
      await roster.create('/api/admin/organizations', { name: 'A', slug: 'taken-slug' });
      const other = await roster.create('/api/admin/organizations', { name: 'B', slug: 'free-slug' });
      const response = await roster.admin('PATCH', `/api/admin/organizations/${other.id}`, { slug: 'taken-slug' });
      assert.equal(response.statusCode, 409);
    });

    test('the list pages with limit and cursor, nextCursor null at the end', async () => {
      const fresh = await startAdminTestApp(engine);
      try {
        for (let index = 0; index < 5; index += 1)
          await fresh.create('/api/admin/organizations', { name: `Org ${index}`, slug: `org-${index}` });
        const seen: string[] = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const response = await fresh.admin(
            'GET',
            `/api/admin/organizations?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
          );
          assert.equal(response.statusCode, 200);
          const body = response.json();
          seen.push(...body.data.map((organization: { slug: string }) => organization.slug));
          cursor = body.nextCursor;
          pages += 1;
        } while (cursor);
        assert.equal(pages, 3);
        // Oldest first; two created in the same millisecond are ordered by id, so compare with the unpaged list.
        const all = (await fresh.admin('GET', '/api/admin/organizations')).json();
        assert.deepEqual(
          seen,
          all.data.map((organization: { slug: string }) => organization.slug),
        );
        assert.deepEqual([...seen].sort(), ['org-0', 'org-1', 'org-2', 'org-3', 'org-4']);
        assert.equal(all.nextCursor, null);
        const exact = (await fresh.admin('GET', '/api/admin/organizations?limit=5')).json();
        assert.equal(exact.nextCursor, null);
      } finally {
        await fresh.close();
      }
    });

    test('limit outside 1–200, a garbage cursor or an unknown parameter is 400 InvalidParameter', async () => {
      for (const query of [
        'limit=0',
        'limit=201',
        'limit=abc',
        'cursor=%21%21garbage',
        'cursor=bm90LWpzb24',
        'bogus=1',
      ]) {
        const response = await roster.admin('GET', `/api/admin/organizations?${query}`);
        assert.equal(response.statusCode, 400, query);
        assert.equal(response.json().error.code, 'InvalidParameter', query);
      }
      assert.equal((await roster.admin('GET', '/api/admin/organizations?limit=200')).statusCode, 200);
    });

    test('deleting an organization removes its memberships and invitations', async () => {
      const organization = await roster.create('/api/admin/organizations', { name: 'Doomed', slug: 'doomed' });
      const user = await roster.create('/api/admin/users', { email: 'doomed-member@example.com' });
      const membership = await roster.create(`/api/admin/organizations/${organization.id}/members`, {
        userId: user.id,
      });
      const invitation = await roster.create('/api/admin/invitations', {
        email: 'doomed-invitee@example.com',
        organizationId: organization.id,
      });
      assert.equal((await roster.admin('DELETE', `/api/admin/organizations/${organization.id}`)).statusCode, 204);
      assert.equal((await roster.admin('GET', `/api/admin/memberships/${membership.id}`)).statusCode, 404);
      assert.equal((await roster.admin('GET', `/api/admin/invitations/${invitation.id}`)).statusCode, 404);
      assert.equal((await roster.admin('GET', `/api/admin/users/${user.id}`)).statusCode, 200);
    });

    test('routes appear in /openapi.json under the admin tag with bearer security', async () => {
      const document = (await roster.request({ method: 'GET', url: '/openapi.json' })).json();
      const create = document.paths['/api/admin/organizations'].post;
      assert.deepEqual(create.tags, ['admin']);
      assert.deepEqual(create.security, [{ bearer: [] }]);
      assert.ok(create.responses['201']);
      assert.ok(document.paths['/api/admin/audit-events'].get);
      assert.ok(document.paths['/api/admin/users/{id}/resource-grants/{grantId}'].delete);
    });
  });
}
