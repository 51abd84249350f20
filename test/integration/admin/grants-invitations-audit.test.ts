import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startAdminTestApp, type AdminTestApp } from '../../helpers/admin.ts';
import { testEngines } from '../../helpers/databases.ts';

type Any = Record<string, any>;

for (const engine of await testEngines()) {
  describe(`admin grants, invitations and audit on ${engine}`, () => {
    let roster: AdminTestApp;
    let organization: Any;
    let user: Any;
    before(async () => {
      roster = await startAdminTestApp(engine);
      organization = await roster.create('/api/admin/organizations', { name: 'Acme', slug: 'acme' });
      user = await roster.create('/api/admin/users', { email: 'grantee@example.com' });
      await roster.create('/api/admin/permissions', { key: 'projects:read' });
      await roster.create('/api/admin/roles', {
        key: 'auditor',
        name: 'Auditor',
        scope: 'platform',
        permissions: ['projects:read'],
      });
      await roster.create('/api/admin/roles', { key: 'owner', name: 'Owner', scope: 'resource' });
      await roster.create('/api/admin/roles', { key: 'learner', name: 'Learner', scope: 'organization' });
    });
    after(() => roster.close());

    test('platform admin: PUT and DELETE are 204 and idempotent; unknown user 404', async () => {
      for (const method of ['PUT', 'PUT', 'DELETE', 'DELETE'] as const) {
        assert.equal((await roster.admin(method, `/api/admin/users/${user.id}/platform-admin`)).statusCode, 204);
      }
      assert.equal(
        (await roster.admin('PUT', '/api/admin/users/00000000-0000-4000-8000-000000000000/platform-admin')).statusCode,
        404,
      );
    });

    test('global permission grants: 201, 409 twice, 400 unknown key, DELETE 204 then 404', async () => {
      const response = await roster.admin('POST', `/api/admin/users/${user.id}/permissions`, { key: 'projects:read' });
      assert.equal(response.statusCode, 201);
      assert.deepEqual(
        { ...response.json().data, id: 'x', grantedAt: 'x' },
        { id: 'x', userId: user.id, permission: 'projects:read', grantedAt: 'x' },
      );
      assert.equal(
        (await roster.admin('POST', `/api/admin/users/${user.id}/permissions`, { key: 'projects:read' })).statusCode,
        409,
      );
      assert.equal(
        (await roster.admin('POST', `/api/admin/users/${user.id}/permissions`, { key: 'no:such' })).statusCode,
        400,
      );
      assert.equal(
        (
          await roster.admin('POST', '/api/admin/users/00000000-0000-4000-8000-000000000000/permissions', {
            key: 'projects:read',
          })
        ).statusCode,
        404,
      );
      assert.equal(
        (await roster.admin('DELETE', `/api/admin/users/${user.id}/permissions/projects:read`)).statusCode,
        204,
      );
      assert.equal(
        (await roster.admin('DELETE', `/api/admin/users/${user.id}/permissions/projects:read`)).statusCode,
        404,
      );
    });

    test('platform roles: only scope platform; 409 twice; DELETE by role id', async () => {
      const response = await roster.admin('POST', `/api/admin/users/${user.id}/roles`, { role: 'auditor' });
      assert.equal(response.statusCode, 201);
      const grant = response.json().data;
      assert.equal(grant.role.key, 'auditor');
      assert.equal(
        (await roster.admin('POST', `/api/admin/users/${user.id}/roles`, { role: grant.role.id })).statusCode,
        409,
      );
      for (const role of ['learner', 'owner', 'missing']) {
        const bad = await roster.admin('POST', `/api/admin/users/${user.id}/roles`, { role });
        assert.equal(bad.statusCode, 400, role);
        assert.equal(bad.json().error.code, 'ValidationFailed');
      }
      assert.equal(
        (await roster.admin('DELETE', `/api/admin/users/${user.id}/roles/${grant.role.id}`)).statusCode,
        204,
      );
      assert.equal(
        (await roster.admin('DELETE', `/api/admin/users/${user.id}/roles/${grant.role.id}`)).statusCode,
        404,
      );
    });

    test('resource grants: exactly one of role (scope resource) or permission', async () => {
      const byRole = await roster.admin('POST', `/api/admin/users/${user.id}/resource-grants`, {
        resourceType: 'project',
        resourceId: 'p1',
        role: 'owner',
      });
      assert.equal(byRole.statusCode, 201);
      assert.equal(byRole.json().data.role.key, 'owner');
      assert.equal(byRole.json().data.permission, null);
      const byPermission = await roster.admin('POST', `/api/admin/users/${user.id}/resource-grants`, {
        resourceType: 'project',
        resourceId: 'p1',
        permission: 'projects:read',
      });
      assert.equal(byPermission.statusCode, 201);
      assert.equal(byPermission.json().data.role, null);
      assert.equal(
        (
          await roster.admin('POST', `/api/admin/users/${user.id}/resource-grants`, {
            resourceType: 'project',
            resourceId: 'p1',
            role: 'owner',
          })
        ).statusCode,
        409,
      );
      for (const body of [
        { resourceType: 'project', resourceId: 'p2' },
        { resourceType: 'project', resourceId: 'p2', role: 'owner', permission: 'projects:read' },
        { resourceType: 'project', resourceId: 'p2', role: 'learner' },
        { resourceType: 'project', resourceId: 'p2', permission: 'no:such' },
      ]) {
        assert.equal(
          (await roster.admin('POST', `/api/admin/users/${user.id}/resource-grants`, body)).statusCode,
          400,
          JSON.stringify(body),
        );
      }
      const id = byRole.json().data.id;
      assert.equal((await roster.admin('DELETE', `/api/admin/users/${user.id}/resource-grants/${id}`)).statusCode, 204);
      assert.equal((await roster.admin('DELETE', `/api/admin/users/${user.id}/resource-grants/${id}`)).statusCode, 404);
    });

    test('invitations: default expiry of 7 days, role key, normalized email, 409 while pending, 400s', async () => {
      const response = await roster.admin('POST', '/api/admin/invitations', {
        email: 'Invitee@Example.com',
        organizationId: organization.id,
        role: 'learner',
      });
      assert.equal(response.statusCode, 201);
      const invitation = response.json().data;
      assert.equal(invitation.role, 'learner');
      assert.equal(invitation.usedAt, null);
      assert.equal(invitation.usedBy, null);
      assert.equal(invitation.createdBy, 'admin-token');
      const days = (Date.parse(invitation.expiresAt) - Date.now()) / 86_400_000;
      assert.ok(days > 6.9 && days <= 7, String(days));
      const row = await roster.database.db
        .selectFrom('invitations')
        .selectAll()
        .where('id', '=', invitation.id)
        .executeTakeFirstOrThrow();
      assert.equal(row.emailNormalized, 'invitee@example.com');
      assert.equal(
        (
          await roster.admin('POST', '/api/admin/invitations', {
            email: 'invitee@example.com',
            organizationId: organization.id,
          })
        ).statusCode,
        409,
      );
      for (const body of [
        { email: 'x@example.com', organizationId: organization.id, expiresAt: '2000-01-01T00:00:00Z' },
        { email: 'x@example.com', organizationId: organization.id, role: 'auditor' },
        { email: 'x@example.com', organizationId: '00000000-0000-4000-8000-000000000000' },
        { email: 'not-an-email', organizationId: organization.id },
      ]) {
        assert.equal(
          (await roster.admin('POST', '/api/admin/invitations', body)).statusCode,
          400,
          JSON.stringify(body),
        );
      }
      assert.deepEqual((await roster.admin('GET', `/api/admin/invitations/${invitation.id}`)).json().data, invitation);
      const listed = (
        await roster.admin('GET', `/api/admin/invitations?organizationId=${organization.id}&email=INVITEE@example.com`)
      ).json();
      assert.deepEqual(
        listed.data.map((item: Any) => item.id),
        [invitation.id],
      );
      assert.equal((await roster.admin('DELETE', `/api/admin/invitations/${invitation.id}`)).statusCode, 204);
      assert.equal((await roster.admin('GET', `/api/admin/invitations/${invitation.id}`)).statusCode, 404);
    });

    test('an invitation for an existing user invalidates that user', async () => {
      const invitee = await roster.create('/api/admin/users', { email: 'existing-invitee@example.com' });
      const changes: unknown[] = [];
      const unsubscribe = roster.changeBus.subscribe((change) => changes.push(change));
      await roster.create('/api/admin/invitations', {
        email: 'existing-invitee@example.com',
        organizationId: organization.id,
      });
      unsubscribe();
      assert.deepEqual(changes, [{ scope: 'users', userIds: [invitee.id] }]);
    });

    test('every write leaves an audit event; the list filters by actor, action and since, newest first, and pages', async () => {
      const since = new Date().toISOString();
      const created = await roster.create('/api/admin/organizations', { name: 'Audited', slug: 'audited' });
      await roster.admin('PATCH', `/api/admin/organizations/${created.id}`, { status: 'archived' });
      const events = (await roster.admin('GET', `/api/admin/audit-events?since=${encodeURIComponent(since)}`)).json();
      assert.deepEqual(
        events.data.map((event: Any) => event.action),
        ['organization.updated', 'organization.created'],
      );
      const [updated] = events.data;
      assert.deepEqual(
        { ...updated, id: 'x', at: 'x' },
        {
          id: 'x',
          at: 'x',
          actor: 'admin-token',
          action: 'organization.updated',
          target: { type: 'organization', id: created.id },
          data: { status: 'archived' },
        },
      );
      const byAction = (
        await roster.admin('GET', '/api/admin/audit-events?action=organization.created&actor=admin-token')
      ).json().data;
      assert.ok(byAction.length >= 2 && byAction.every((event: Any) => event.action === 'organization.created'));
      assert.equal((await roster.admin('GET', '/api/admin/audit-events?actor=someone-else')).json().data.length, 0);

      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Any = (
          await roster.admin('GET', `/api/admin/audit-events?limit=3${cursor ? `&cursor=${cursor}` : ''}`)
        ).json();
        seen.push(...page.data.map((event: Any) => `${event.at}|${event.id}`));
        cursor = page.nextCursor;
      } while (cursor);
      assert.equal(new Set(seen).size, seen.length);
      assert.deepEqual(seen, [...seen].sort().reverse());
      const total = (await roster.admin('GET', '/api/admin/audit-events?limit=200')).json().data.length;
      assert.equal(seen.length, total);
      assert.equal(
        (await roster.admin('GET', '/api/admin/audit-events?since=yesterday')).json().error.code,
        'InvalidParameter',
      );
    });

    test('a failed write leaves no audit event and publishes nothing', async () => {
      const before = (await roster.admin('GET', '/api/admin/audit-events?limit=200')).json().data.length;
      const changes: unknown[] = [];
      const unsubscribe = roster.changeBus.subscribe((change) => changes.push(change));
      assert.equal(
        (await roster.admin('POST', `/api/admin/users/${user.id}/roles`, { role: 'missing' })).statusCode,
        400,
      );
      unsubscribe();
      assert.equal((await roster.admin('GET', '/api/admin/audit-events?limit=200')).json().data.length, before);
      assert.deepEqual(changes, []);
    });
  });
}
