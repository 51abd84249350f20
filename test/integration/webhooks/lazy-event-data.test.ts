import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createLocalChangeBus } from '../../../src/cache/change-bus.ts';
import { createDatabase, type Database } from '../../../src/db/database.ts';
import { migrateToLatest } from '../../../src/db/migrate.ts';
import { type EventData, withWrite, type WriteContext } from '../../../src/services/write.ts';
import { createTestDatabase, testEngines, type TestDatabase } from '../../helpers/databases.ts';

/**
 * An event's data may be given as a function reading it: the write path calls it only when an
 * enabled webhook subscribes to the type, so a write no one listens to does not read its rows back.
 */
for (const engine of await testEngines()) {
  describe(`event data read only when someone listens, on ${engine}`, () => {
    let testDb: TestDatabase;
    let database: Database;
    let ctx: WriteContext;

    before(async () => {
      testDb = await createTestDatabase(engine);
      database = createDatabase({ ...testDb.config, timeoutMs: 5_000 });
      await migrateToLatest(database.db);
      ctx = { db: database.db, changeBus: createLocalChangeBus(), clock: () => new Date(), actor: 'system' };
    });
    after(async () => {
      await database.destroy();
      await testDb.drop();
    });

    async function emitting(type: 'user.updated' | 'membership.created') {
      let reads = 0;
      const read = async (): Promise<EventData> => {
        reads += 1;
        return { id: 'u1', email: 'someone@example.test' };
      };
      await withWrite(ctx, async (scope) => {
        await scope.emit(type, read);
        return { result: undefined, change: null };
      });
      return reads;
    }
    const storedEvents = async () => database.db.selectFrom('webhookEvents').select(['type', 'data']).execute();

    test('no webhook: the data is never read and nothing is kept', async () => {
      assert.equal(await emitting('user.updated'), 0);
      assert.deepEqual(await storedEvents(), []);
    });

    test('a webhook of other types only: still not read; of this type: read once and stored', async () => {
      const now = new Date().toISOString();
      await database.db
        .insertInto('webhooks')
        .values({
          id: 'w1',
          url: 'https://receiver.example.test/hook',
          events: JSON.stringify(['user.updated']),
          description: null,
          secret: 'whsec_c2VjcmV0',
          createdAt: now,
          updatedAt: now,
        })
        .execute();
      assert.equal(await emitting('membership.created'), 0);
      assert.deepEqual(await storedEvents(), []);
      assert.equal(await emitting('user.updated'), 1);
      const [event, ...more] = await storedEvents();
      assert.deepEqual(more, []);
      assert.equal(event?.type, 'user.updated');
      assert.deepEqual(JSON.parse(event!.data), { id: 'u1', email: 'someone@example.test' });
    });
  });
}
