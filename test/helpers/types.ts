export type { DatabaseConfig } from '../../src/config/config.ts';
export type { Engine } from '../../src/db/database.ts';
