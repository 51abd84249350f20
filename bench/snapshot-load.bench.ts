/**
 * Times loadMeSnapshot for one user with 50 memberships (2 roles each, 3 permissions per role),
 * 5 platform roles, 10 global grants and 20 resource grants, on SQLite and — when it answers —
 * PostgreSQL, and counts the queries one load sends.
 *
 *   node --import tsx bench/snapshot-load.bench.ts [loads=500]
 */
import { performance } from 'node:perf_hooks';
import { createDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { loadMeSnapshot } from '../src/queries/me-snapshot-queries.ts';
import { createTestDatabase, testEngines } from '../test/helpers/databases.ts';
import { fixtures } from '../test/helpers/fixtures.ts';
import { countingQueries } from '../test/helpers/query-counter.ts';

const LOADS = Number(process.argv[2] ?? 500);
const MEMBERSHIPS = 50;

for (const engine of await testEngines()) {
  const testDb = await createTestDatabase(engine);
  const database = createDatabase(testDb.config);
  try {
    await migrateToLatest(database.db);
    const fx = fixtures(database.db);
    process.stdout.write(`[${engine}] seeding ${MEMBERSHIPS} memberships `);
    const user = await fx.user({ firstName: 'Bench' });
    const roles: string[] = [];
    for (let i = 0; i < 10; i += 1)
      roles.push(
        await fx.role({ key: `role-${i}`, rank: i, permissions: [`res${i}:read`, `res${i}:write`, 'shared:read'] }),
      );
    for (let i = 0; i < MEMBERSHIPS; i += 1) {
      const organizationId = await fx.organization({ status: i % 10 === 9 ? 'suspended' : 'active' });
      await fx.membership({
        userId: user,
        organizationId,
        roles: [roles[i % 10]!, roles[(i + 3) % 10]!],
        isPrimary: i === 0,
      });
      if (i % 10 === 0) process.stdout.write('.');
    }
    for (let i = 0; i < 5; i += 1)
      await fx.platformRole(
        user,
        await fx.role({ key: `platform-${i}`, scope: 'platform', permissions: [`platform${i}:x`] }),
      );
    for (let i = 0; i < 10; i += 1) await fx.globalPermission(user, `global${i}:x`);
    const resourceRole = await fx.role({ key: 'owner', scope: 'resource', permissions: ['doc:edit'] });
    for (let i = 0; i < 20; i += 1)
      await fx.resourceGrant({
        userId: user,
        resourceType: 'doc',
        resourceId: `d${i}`,
        ...(i % 2 ? { roleId: resourceRole } : { permissionKey: 'doc:read' }),
      });
    process.stdout.write(' done\n');

    const counted = countingQueries(database.db);
    const snapshot = await loadMeSnapshot(counted.db, user, 's');
    console.log(`[${engine}] one load: ${counted.count()} queries, ${snapshot?.memberships.length} memberships`);
    for (let i = 0; i < 20; i += 1) await loadMeSnapshot(database.db, user, 's');
    const times: number[] = [];
    for (let i = 0; i < LOADS; i += 1) {
      const start = performance.now();
      await loadMeSnapshot(database.db, user, 's');
      times.push(performance.now() - start);
      if ((i + 1) % Math.max(1, Math.floor(LOADS / 5)) === 0)
        process.stdout.write(`[${engine}] ${i + 1}/${LOADS} loads\n`);
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(2);
    const mean = (times.reduce((sum, t) => sum + t, 0) / times.length).toFixed(2);
    console.log(
      `[${engine}] ${LOADS} loads: mean ${mean} ms, p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, p99 ${at(0.99)} ms`,
    );
  } finally {
    await database.destroy();
    await testDb.drop();
  }
}
