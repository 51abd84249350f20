import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createLocalChangeBus, type Change } from '../../../src/cache/change-bus.ts';
import { createDatabase, type Database } from '../../../src/db/database.ts';
import { migrateToLatest } from '../../../src/db/migrate.ts';
import { findAuditEvents } from '../../../src/queries/audit-event-queries.ts';
import { findSessionContextsByUser } from '../../../src/queries/session-context-queries.ts';
import { switchOrganization } from '../../../src/services/organization-switch-service.ts';
import { createTestDatabase, testEngines, type TestDatabase } from '../../helpers/databases.ts';
import { addMembership, createBareUser, createOrganization, createRole } from '../../helpers/fixtures.ts';

for (const engine of await testEngines()) {
  describe(`switchOrganization on ${engine}`, () => {
    let testDb: TestDatabase;
    let database: Database;
    const changes: Change[] = [];
    const changeBus = createLocalChangeBus();
    changeBus.subscribe((change) => changes.push(change));
    const frozen = new Date('2026-05-01T12:00:00.000Z');
    const deps = () => ({ db: database.db, changeBus, clock: () => frozen });

    before(async () => {
      testDb = await createTestDatabase(engine);
      database = createDatabase(testDb.config);
      await migrateToLatest(database.db);
    });
    after(async () => {
      await database.destroy();
      await testDb.drop();
    });

    test('records the choice, audits it, announces the change after commit, and names the top role', async () => {
      const { db } = database;
      const userId = await createBareUser(db);
      const org = await createOrganization(db);
      const low = await createRole(db, { name: 'Teacher', rank: 10 });
      const high = await createRole(db, { name: 'Coach', rank: 50 });
      await addMembership(db, { userId, organizationId: org.id, roles: [low, high] });
      changes.length = 0;
      const result = await switchOrganization(deps(), {
        userId,
        sessionId: 's1',
        organizationId: org.id.toUpperCase(),
      });
      assert.deepEqual(result, { organizationId: org.id, roleName: 'Coach' });
      assert.deepEqual(changes, [{ scope: 'users', userIds: [userId] }]);
      const contexts = await findSessionContextsByUser(db, userId);
      assert.deepEqual(contexts, [
        { userId, sessionId: 's1', organizationId: org.id, updatedAt: frozen.toISOString() },
      ]);
      const [event] = await findAuditEvents(db, { actor: userId, action: 'organization.switched', limit: 10 });
      assert.equal(event?.targetType, 'organization');
      assert.equal(event?.targetId, org.id);
      assert.deepEqual(JSON.parse(event!.data), { sessionId: 's1' });
    });

    test('ties on rank go to the earliest granted role; a later switch on a frozen clock still sorts last', async () => {
      const { db } = database;
      const userId = await createBareUser(db);
      const a = await createOrganization(db);
      const b = await createOrganization(db);
      const first = await createRole(db, { name: 'First', rank: 20 });
      const second = await createRole(db, { name: 'Second', rank: 20 });
      await addMembership(db, {
        userId,
        organizationId: a.id,
        roles: [
          { role: second, grantedAt: '2025-02-02T00:00:00.000Z' },
          { role: first, grantedAt: '2025-02-01T00:00:00.000Z' },
        ],
      });
      await addMembership(db, { userId, organizationId: b.id });
      assert.equal(
        (await switchOrganization(deps(), { userId, sessionId: 's1', organizationId: a.id })).roleName,
        'First',
      );
      assert.equal(
        (await switchOrganization(deps(), { userId, sessionId: 's2', organizationId: b.id })).roleName,
        null,
      );
      const [latest, earlier] = await findSessionContextsByUser(db, userId);
      assert.equal(latest?.organizationId, b.id);
      assert.ok(latest!.updatedAt > earlier!.updatedAt);
      await switchOrganization(deps(), { userId, sessionId: 's1', organizationId: b.id });
      assert.equal((await findSessionContextsByUser(db, userId)).length, 2, 'a session holds one choice');
    });

    test('NotAMember for every kind of refusal, and nothing is written', async () => {
      const { db } = database;
      const userId = await createBareUser(db);
      const other = await createBareUser(db);
      const ok = await createOrganization(db);
      const invited = await createOrganization(db);
      const suspendedMembership = await createOrganization(db);
      const suspendedOrg = await createOrganization(db, { status: 'suspended' });
      const archivedOrg = await createOrganization(db, { status: 'archived' });
      const foreign = await createOrganization(db);
      await addMembership(db, { userId, organizationId: ok.id });
      await addMembership(db, { userId, organizationId: invited.id, status: 'invited' });
      await addMembership(db, { userId, organizationId: suspendedMembership.id, status: 'suspended' });
      await addMembership(db, { userId, organizationId: suspendedOrg.id });
      await addMembership(db, { userId, organizationId: archivedOrg.id });
      await addMembership(db, { userId: other, organizationId: foreign.id });
      changes.length = 0;
      for (const organizationId of [
        invited.id,
        suspendedMembership.id,
        suspendedOrg.id,
        archivedOrg.id,
        foreign.id,
        crypto.randomUUID(),
      ]) {
        await assert.rejects(switchOrganization(deps(), { userId, sessionId: 's1', organizationId }), {
          code: 'NotAMember',
          message: 'You are not an active member of that organization',
        });
      }
      assert.deepEqual(await findSessionContextsByUser(db, userId), []);
      assert.deepEqual(changes, []);
    });
  });
}
