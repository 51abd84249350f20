import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Config } from './config/config.ts';
import { createDatabase, type Database } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import type { ChangeBus } from './cache/change-bus.ts';
import { openChangeBus } from './cache/open-change-bus.ts';
import { systemClock, type Clock } from './domain/clock.ts';
import { buildApp } from './http/app.ts';
import { loadDevIssuer } from './identity/dev-issuer.ts';
import { createConfiguredVerifier } from './identity/configured-verifier.ts';
import { loadProfileSchema } from './domain/profile-schema.ts';
import { organizationRoleKeyExists, organizationRolesExist } from './queries/role-queries.ts';

/** A ready Roster: the app built over a migrated database. Closing the app closes the database. */
export interface Roster {
  readonly app: FastifyInstance;
  readonly database: Database;
  /** The bus writers publish changes on (LISTEN/NOTIFY on PostgreSQL); tests listen and publish on it. */
  readonly changeBus: ChangeBus;
}

export interface RosterOptions {
  /** Where "now" comes from (tests pass a clock they control). */
  readonly clock?: Clock;
}

/**
 * The composition root: opens the database, migrates it, sets up token verification and the
 * change bus (LISTEN/NOTIFY on PostgreSQL, in-process on SQLite), loads the profile schema
 * (a ProfileSchemaError naming the path and attribute when it is invalid) and builds the app.
 */
export async function openRoster(config: Config, logger: Logger, options: RosterOptions = {}): Promise<Roster> {
  const database = createDatabase(config.database, {
    onConnectionError: (error) => logger.warn({ err: error }, 'database connection lost; it is replaced on demand'),
  });
  try {
    await migrateToLatest(database.db, (step) => logger.info(`migration ${step}`));
    const devIssuer = config.auth.mode === 'dev' ? await loadDevIssuer(config.dataDir) : null;
    if (devIssuer) {
      logger.warn(
        `dev issuer mode: AUTH_ISSUER is unset, so Roster trusts tokens signed by its own key in ${config.dataDir} (npx roster token --email …). Never use this in production.`,
      );
    }
    const tokenVerifier = await createConfiguredVerifier(config, devIssuer, logger);
    const changeBus = await openChangeBus(config.database, database, (error) =>
      logger.warn({ err: error }, 'change listener connection lost; reconnecting'),
    );
    let app: FastifyInstance;
    try {
      const profileSchema = await loadProfileSchema(config.profileSchemaPath);
      await warnIfDefaultRoleMissing(database, config.defaultRole, logger);
      const clock = options.clock ?? systemClock;
      app = await buildApp(config, { database, tokenVerifier, devIssuer, changeBus, clock, profileSchema, logger });
    } catch (error) {
      await changeBus.close();
      throw error;
    }
    app.addHook('onClose', async () => {
      await changeBus.close();
      await database.destroy();
    });
    return { app, database, changeBus };
  } catch (error) {
    await database.destroy();
    throw error;
  }
}

/** Warns when organization roles exist but `ROSTER_DEFAULT_ROLE` names none of them. */
async function warnIfDefaultRoleMissing(database: Database, defaultRole: string, logger: Logger): Promise<void> {
  const { db } = database;
  // A fresh database has no roles yet: the warning is for a catalogue that lacks this one.
  if ((await organizationRolesExist(db)) && !(await organizationRoleKeyExists(db, defaultRole))) {
    logger.warn(
      `ROSTER_DEFAULT_ROLE "${defaultRole}" names no role of scope organization: new memberships get no role until one exists`,
    );
  }
}
