import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import Fastify, { type FastifyInstance } from 'fastify';
import { ADMIN_TOKEN, startAdminTestApp, type AdminTestApp } from '../../../test/helpers/admin.ts';
import { createRosterClient, RosterApiError } from '../src/index.ts';

/** The README's backend: an app's own route, guarded by roster.can with the caller's token. */
function buildBackend(rosterUrl: string): FastifyInstance {
  const app = Fastify();
  app.post('/deals/:id/approve', async (request, reply) => {
    const token = request.headers.authorization?.replace(/^Bearer\s+/i, '') ?? '';
    const roster = createRosterClient({ baseUrl: rosterUrl, token });
    try {
      const { id } = request.params as { id: string };
      const allowed = await roster.can('deals:approve', { resource: { type: 'deal', id } });
      if (!allowed) return reply.code(403).send({ error: 'Forbidden' });
    } catch (error) {
      if (error instanceof RosterApiError && error.status === 401) {
        return reply.code(401).send({ error: 'Sign in again' });
      }
      throw error;
    }
    return { approved: true };
  });
  // A job without a user token asks with the admin credentials.
  app.post('/jobs/monthly-report/:userId', async (request) => {
    const { userId } = request.params as { userId: string };
    const response = await fetch(`${rosterUrl}/api/admin/users/${userId}/permissions/check`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ checks: [{ permission: 'deals:approve', resource: { type: 'deal', id: '42' } }] }),
    });
    const { data } = (await response.json()) as { data: { results: { allowed: boolean }[] } };
    return { sent: data.results[0]?.allowed === true };
  });
  return app;
}

describe('a backend guarded by roster.can', () => {
  let roster: AdminTestApp;
  let backend: FastifyInstance;
  let userId: string;
  before(async () => {
    roster = await startAdminTestApp('sqlite');
    await roster.app.listen({ port: 0, host: '127.0.0.1' });
    backend = buildBackend(`http://127.0.0.1:${(roster.app.server.address() as AddressInfo).port}`);
    await roster.create('/api/admin/permissions', { key: 'deals:approve' });
    const token = await roster.token({ sub: 'approver' });
    userId = (await roster.request({ method: 'GET', url: '/api/users/me', token })).json().data.id;
    await roster.create(`/api/admin/users/${userId}/resource-grants`, {
      resourceType: 'deal',
      resourceId: '42',
      permission: 'deals:approve',
    });
  });
  after(async () => {
    await backend.close();
    await roster.close();
  });

  test("the caller's token decides: allowed on deal 42, 403 on deal 43, 401 for a bad token", async () => {
    const token = await roster.token({ sub: 'approver' });
    const approve = (id: string, bearer: string) =>
      backend.inject({ method: 'POST', url: `/deals/${id}/approve`, headers: { authorization: `Bearer ${bearer}` } });
    assert.deepEqual((await approve('42', token)).json(), { approved: true });
    assert.equal((await approve('43', token)).statusCode, 403);
    assert.equal((await approve('42', `${token}x`)).statusCode, 401);
  });

  test('a job without a user token asks with the admin form', async () => {
    assert.deepEqual((await backend.inject({ method: 'POST', url: `/jobs/monthly-report/${userId}` })).json(), {
      sent: true,
    });
  });
});
