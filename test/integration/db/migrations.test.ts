import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { createDatabase, type Database } from '../../../src/db/database.ts';
import { migrateToLatest } from '../../../src/db/migrate.ts';
import { createTestDatabase, testEngines, type TestDatabase } from '../../helpers/databases.ts';

const now = new Date().toISOString();

for (const engine of await testEngines()) {
  describe(`migrations on ${engine}`, () => {
    let testDb: TestDatabase;
    let database: Database;
    before(async () => {
      testDb = await createTestDatabase(engine);
      database = createDatabase(testDb.config);
    });
    after(async () => {
      await database.destroy();
      await testDb.drop();
    });

    test('run from empty, then again as a no-op', async () => {
      const steps: string[] = [];
      const applied = await migrateToLatest(database.db, (step) => steps.push(step));
      assert.ok(applied.length >= 1);
      assert.deepEqual(
        steps,
        applied.map((name) => `applied ${name}`),
      );
      assert.deepEqual(await migrateToLatest(database.db), []);
    });

    test('booleans and text timestamps round-trip the same on both engines', async () => {
      const { db } = database;
      await db
        .insertInto('users')
        .values(user('u1', 'Alice@Example.com', true))
        .execute();
      const row = await db.selectFrom('users').selectAll().where('id', '=', 'u1').executeTakeFirstOrThrow();
      assert.equal(row.emailVerified, true);
      assert.equal(row.otpEnabled, false);
      assert.equal(row.createdAt, now);
    });

    test('email is unique after ASCII lower-casing', async () => {
      await assert.rejects(
        database.db
          .insertInto('users')
          .values(user('u2', 'alice@example.com', false))
          .execute(),
      );
    });

    test('an identity (issuer, subject) belongs to one user', async () => {
      const { db } = database;
      await db
        .insertInto('identities')
        .values({ id: 'i1', userId: 'u1', issuer: 'iss', subject: 's', createdAt: now })
        .execute();
      await assert.rejects(
        db
          .insertInto('identities')
          .values({ id: 'i2', userId: 'u1', issuer: 'iss', subject: 's', createdAt: now })
          .execute(),
      );
    });

    test('one membership per (user, organization) and one primary per user', async () => {
      const { db } = database;
      for (const id of ['o1', 'o2']) {
        await db
          .insertInto('organizations')
          .values({ id, name: id, slug: id, status: 'active', settings: '{}', createdAt: now, updatedAt: now })
          .execute();
      }
      const membership = (id: string, organizationId: string, isPrimary: boolean) => ({
        id,
        userId: 'u1',
        organizationId,
        status: 'active' as const,
        isPrimary,
        joinedAt: now,
        createdAt: now,
        updatedAt: now,
      });
      await db
        .insertInto('memberships')
        .values(membership('m1', 'o1', true))
        .execute();
      await assert.rejects(
        db
          .insertInto('memberships')
          .values(membership('m2', 'o1', false))
          .execute(),
      );
      await assert.rejects(
        db
          .insertInto('memberships')
          .values(membership('m3', 'o2', true))
          .execute(),
      );
      await db
        .insertInto('memberships')
        .values(membership('m4', 'o2', false))
        .execute();
    });

    test('role keys are unique per scope among global roles and per organization, which may shadow a global key', async () => {
      const { db } = database;
      const role = (
        id: string,
        organizationId: string | null,
        scope: 'organization' | 'platform' = 'organization',
      ) => ({
        id,
        key: 'admin',
        name: 'Admin',
        rank: 10,
        scope,
        organizationId,
        createdAt: now,
        updatedAt: now,
      });
      await db.insertInto('roles').values(role('r1', null)).execute();
      await assert.rejects(db.insertInto('roles').values(role('r2', null)).execute());
      await db
        .insertInto('roles')
        .values(role('r3', null, 'platform'))
        .execute();
      await db.insertInto('roles').values(role('r4', 'o1')).execute();
      await assert.rejects(db.insertInto('roles').values(role('r5', 'o1')).execute());
    });

    test('deleting an organization cascades to its memberships and their roles', async () => {
      const { db } = database;
      await db.insertInto('membershipRoles').values({ membershipId: 'm1', roleId: 'r1', grantedAt: now }).execute();
      await db.deleteFrom('organizations').where('id', '=', 'o1').execute();
      const left = await db
        .selectFrom('membershipRoles')
        .select(sql<number>`count(*)`.as('n'))
        .executeTakeFirstOrThrow();
      assert.equal(Number(left.n), 0);
      assert.equal(
        await db.selectFrom('memberships').select('id').where('id', '=', 'm1').executeTakeFirst(),
        undefined,
      );
    });

    test('a resource grant names exactly one of role and permission', async () => {
      const { db } = database;
      await db
        .insertInto('permissions')
        .values({ id: 'p1', key: 'deals:manage', createdAt: now, updatedAt: now })
        .execute();
      const grant = (id: string, roleId: string | null, permissionId: string | null) => ({
        id,
        userId: 'u1',
        resourceType: 'deal',
        resourceId: 'd1',
        roleId,
        permissionId,
        grantedAt: now,
      });
      await assert.rejects(
        db
          .insertInto('resourceGrants')
          .values(grant('g1', null, null))
          .execute(),
      );
      await assert.rejects(
        db
          .insertInto('resourceGrants')
          .values(grant('g2', 'r3', 'p1'))
          .execute(),
      );
      await db
        .insertInto('resourceGrants')
        .values(grant('g3', null, 'p1'))
        .execute();
    });
  });
}

function user(id: string, email: string, emailVerified: boolean) {
  return {
    id,
    email,
    emailNormalized: email.toLowerCase(),
    emailVerified,
    referralCode: `ref-${id}`,
    profileSettings: '{}',
    customAttributes: '{}',
    createdAt: now,
    updatedAt: now,
  };
}
