import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { InjectOptions } from 'fastify';
import { ADMIN_TOKEN } from '../../helpers/admin.ts';
import { startCountingApp, type CountingApp } from '../../helpers/counting-app.ts';
import { testEngines } from '../../helpers/databases.ts';
import { createEditorViewerWorld, joinAsEditorAndViewer } from '../../helpers/fixtures.ts';

type Any = Record<string, any>;

for (const engine of await testEngines()) {
  describe(`permission checks of a known user send no query on ${engine}`, () => {
    let roster: CountingApp;
    before(async () => {
      roster = await startCountingApp(engine);
    });
    after(() => roster.close());

    const send = async (options: InjectOptions, expected = 200) => {
      const response = await roster.app.inject(options);
      assert.equal(response.statusCode, expected, response.body);
      return response;
    };
    // Only what the request itself sends: the webhook sender polls the same database meanwhile.
    const queriesOf = async (work: () => Promise<unknown>) => (await roster.queriesOf(work)).length;

    test('POST, GET and the admin form read the snapshot; a revoked grant is seen on the next check', async () => {
      const token = await roster.issuer.sign({ email: `checker-${engine}@example.com`, email_verified: true });
      const auth = { authorization: `Bearer ${token}` };
      const { id } = (await send({ method: 'GET', url: '/api/users/me', headers: auth })).json().data;
      const world = await createEditorViewerWorld(roster);
      await joinAsEditorAndViewer(roster, id, world);
      await roster.create(`/api/admin/users/${id}/permissions`, { key: 'projects:edit' });
      const { acme } = world;

      const checks = {
        checks: [
          { permission: 'projects:edit' },
          { permission: 'projects:edit', organizationId: acme.id },
          { permission: 'no:such' },
        ],
      };
      const post = () => send({ method: 'POST', url: '/api/me/permissions/check', headers: auth, payload: checks });
      const get = () =>
        send({
          method: 'GET',
          url: `/api/me/permissions/check?permission=projects:edit&organizationId=${acme.id}`,
          headers: auth,
        });
      const adminCheck = () =>
        send({
          method: 'POST',
          url: `/api/admin/users/${id}/permissions/check`,
          headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
          payload: checks,
        });
      await post();
      await adminCheck();
      for (const [name, check] of [
        ['POST', post],
        ['GET', get],
        ['admin', adminCheck],
      ] as const) {
        assert.equal(await queriesOf(check), 0, `${name} for a known, cached user`);
        assert.equal(await queriesOf(check), 0, `${name} again`);
      }
      assert.deepEqual(
        (await post()).json().data.results.map((result: Any) => result.source),
        ['global', 'global', null],
      );

      assert.equal((await roster.admin('DELETE', `/api/admin/users/${id}/permissions/projects:edit`)).statusCode, 204);
      let sources: unknown[] = [];
      assert.ok(
        (await queriesOf(
          async () => (sources = (await post()).json().data.results.map((result: Any) => result.source)),
        )) > 0,
        'reloaded once',
      );
      assert.deepEqual(sources, ['organization', 'organization', null]);
      assert.equal(await queriesOf(post), 0, 'then cached again');
      assert.deepEqual(
        (await adminCheck()).json().data.results.map((result: Any) => result.source),
        ['organization', 'organization', null],
      );
    });
  });
}
