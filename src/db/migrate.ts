import { Migrator, type Kysely, type Migration, type MigrationResultSet } from 'kysely';
import * as initialModel from './migrations/2026-11-22-001-initial-model.ts';
import * as changeSequence from './migrations/2026-11-22-002-change-sequence.ts';
import * as webhooks from './migrations/2026-11-29-003-webhooks.ts';

/** Every migration, in order. Listed here rather than read from disk so any build can run them. */
const migrations: Record<string, Migration> = {
  '2026-11-22-001-initial-model': initialModel,
  '2026-11-22-002-change-sequence': changeSequence,
  '2026-11-29-003-webhooks': webhooks,
};

/**
 * Brings the schema to the newest version; idempotent. `onStep` hears each migration applied.
 * Throws with the failing migration's name when one fails (its transaction is rolled back).
 */
export async function migrateToLatest(
  db: Kysely<any>,
  onStep: (message: string) => void = () => {},
): Promise<string[]> {
  const migrator = new Migrator({
    db: db.withoutPlugins(),
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'roster_migration',
    migrationLockTableName: 'roster_migration_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  return report(error, results, onStep);
}

function report(error: unknown, results: MigrationResultSet['results'], onStep: (message: string) => void): string[] {
  const applied: string[] = [];
  for (const result of results ?? []) {
    if (result.status === 'Success') {
      applied.push(result.migrationName);
      onStep(`applied ${result.migrationName}`);
    } else if (result.status === 'Error') {
      onStep(`failed ${result.migrationName}`);
    }
  }
  if (error)
    throw new Error(`migration failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  return applied;
}
