import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Kysely, sql } from 'kysely';
import { compiledOnce } from '../../../src/db/compiled-once.ts';
import { createDatabase, type Database } from '../../../src/db/database.ts';
import { migrateToLatest } from '../../../src/db/migrate.ts';
import type { DB } from '../../../src/db/types.ts';
import { countingQueries } from '../../helpers/query-counter.ts';
import { createTestDatabase, testEngines, type TestDatabase } from '../../helpers/databases.ts';

const permissionsByPrefix = compiledOnce((db: Kysely<DB>, { prefix, limit }: { prefix: string; limit: number }) =>
  db.selectFrom('permissions').select(['key', 'description']).where('key', 'like', prefix).orderBy('key').limit(limit),
);

for (const engine of await testEngines()) {
  describe(`queries compiled once on ${engine}`, () => {
    let testDb: TestDatabase;
    let database: Database;
    before(async () => {
      testDb = await createTestDatabase(engine);
      database = createDatabase(testDb.config);
      await migrateToLatest(database.db);
      const now = new Date().toISOString();
      await database.db
        .insertInto('permissions')
        .values(
          ['a.read', 'a.write', 'b.read'].map((key) => ({
            id: crypto.randomUUID(),
            key,
            description: `may ${key}`,
            createdAt: now,
            updatedAt: now,
          })),
        )
        .execute();
    });
    after(async () => {
      await database.destroy();
      await testDb.drop();
    });

    test('each call binds its own values into the one compiled statement; plugins map the rows', async () => {
      const a = await permissionsByPrefix(database.db, { prefix: 'a.%', limit: 10 });
      const one = await permissionsByPrefix(database.db, { prefix: 'a.%', limit: 1 });
      const b = await permissionsByPrefix(database.db, { prefix: 'b.%', limit: 10 });
      assert.deepEqual(
        a.map((row) => row.key),
        ['a.read', 'a.write'],
      );
      assert.deepEqual(
        one.map((row) => row.key),
        ['a.read'],
      );
      assert.deepEqual(b, [{ key: 'b.read', description: 'may b.read' }]);
    });

    test('inside a transaction, and through another plugin set (compiled again for it, counted each run)', async () => {
      const inTransaction = await database.db
        .transaction()
        .execute((trx) => permissionsByPrefix(trx, { prefix: 'b.%', limit: 5 }));
      assert.equal(inTransaction.length, 1);
      const counter = countingQueries(database.db);
      await permissionsByPrefix(counter.db, { prefix: 'a.%', limit: 5 });
      await permissionsByPrefix(counter.db, { prefix: 'a.%', limit: 5 });
      assert.equal(counter.count(), 2);
    });

    test('built once for a database and all its transactions, once more for another plugin set', async () => {
      let builds = 0;
      const keysLike = compiledOnce((db: Kysely<DB>, { prefix }: { prefix: string }) => {
        builds += 1;
        return db.selectFrom('permissions').select('key').where('key', 'like', prefix);
      });
      await keysLike(database.db, { prefix: 'a.%' });
      for (let index = 0; index < 3; index += 1) {
        await database.db.transaction().execute((trx) => keysLike(trx, { prefix: 'b.%' }));
      }
      assert.equal(builds, 1);
      await keysLike(countingQueries(database.db).db, { prefix: 'a.%' });
      assert.equal(builds, 2);
    });

    test('a parameter the SQL does not take as a bound parameter is refused', async () => {
      const inlined = compiledOnce((db: Kysely<DB>, { column }: { column: string }) =>
        db.selectFrom('permissions').select(sql.ref(column).as('x')),
      );
      await assert.rejects(inlined(database.db, { column: 'key' }), /column are not bound parameters/);
    });

    if (engine === 'postgres') {
      test('PostgreSQL prepares it once per connection, as a named statement', async () => {
        const prepared = await database.db.transaction().execute(async (trx) => {
          await permissionsByPrefix(trx, { prefix: 'a.%', limit: 1 });
          await permissionsByPrefix(trx, { prefix: 'b.%', limit: 1 });
          const { rows } = await sql<{ name: string; statement: string }>`
            select name, statement from pg_prepared_statements where name like 'roster\_%'`.execute(trx);
          return rows;
        });
        const ours = prepared.filter((row) => row.statement.includes('order by "key" limit $2'));
        assert.equal(ours.length, 1, 'one named statement, run twice');
      });

      test('a prepared statement the schema outgrew fails at most once: its connection is not reused', async () => {
        const everything = compiledOnce((db: Kysely<DB>, { prefix }: { prefix: string }) =>
          db.selectFrom('permissions').selectAll().where('key', 'like', prefix),
        );
        await everything(database.db, { prefix: 'a.%' });
        // Another instance migrating: `select *` now has another result type.
        await sql`alter table permissions add column extra text`.execute(database.db);
        try {
          const outcomes: string[] = [];
          for (let attempt = 0; attempt < 4; attempt += 1) {
            outcomes.push(
              await everything(database.db, { prefix: 'a.%' }).then(
                (rows) => `${rows.length} rows`,
                (error: { code?: string }) => String(error.code),
              ),
            );
          }
          assert.ok(['2 rows', '0A000'].includes(outcomes[0]!), outcomes[0]);
          assert.deepEqual(outcomes.slice(1), ['2 rows', '2 rows', '2 rows']);
        } finally {
          await sql`alter table permissions drop column extra`.execute(database.db);
        }
      });
    }
  });
}
