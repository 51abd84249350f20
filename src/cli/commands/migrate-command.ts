import { loadConfig, readEnvironment } from '../../config/config.ts';
import { createDatabase } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import type { Command } from '../command.ts';

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'Bring the database schema up to date (safe to repeat)',
  usage: 'roster migrate [--json]\n\nMigrates the database named by DATABASE_URL and prints each step.',
  options: { json: { type: 'boolean' } },
  async run(values) {
    const config = loadConfig(readEnvironment());
    const database = createDatabase(config.database);
    try {
      const say = values.json ? () => {} : (line: string) => console.log(line);
      say(`migrating ${config.database.engine} database…`);
      const applied = await migrateToLatest(database.db, (step) => say(`  ${step}`));
      say(applied.length === 0 ? 'already up to date' : `done: ${applied.length} migration(s) applied`);
      if (values.json) console.log(JSON.stringify({ engine: config.database.engine, applied }));
      return 0;
    } finally {
      await database.destroy();
    }
  },
};
