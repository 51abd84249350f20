import { loadConfig, readEnvironment } from '../../config/config.ts';
import { createDatabase } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import type { Command } from '../command.ts';

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'Bring the database schema up to date (safe to repeat)',
  usage: 'roster migrate\n\nMigrates the database named by DATABASE_URL and prints each step.',
  options: {},
  async run() {
    const config = loadConfig(readEnvironment());
    const database = createDatabase(config.database);
    try {
      console.log(`migrating ${config.database.engine} database…`);
      const applied = await migrateToLatest(database.db, (step) => console.log(`  ${step}`));
      console.log(applied.length === 0 ? 'already up to date' : `done: ${applied.length} migration(s) applied`);
      return 0;
    } finally {
      await database.destroy();
    }
  },
};
