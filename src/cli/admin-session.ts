import type { Kysely } from 'kysely';
import type { ChangeBus } from '../cache/change-bus.ts';
import { openChangeBus } from '../cache/open-change-bus.ts';
import { loadConfig, readEnvironment, type Config } from '../config/config.ts';
import { createDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import type { DB } from '../db/types.ts';
import { systemClock } from '../domain/clock.ts';
import { normalizeEmail } from '../domain/email.ts';
import { loadProfileSchema } from '../domain/profile-schema.ts';
import { isRosterError, RosterError } from '../domain/roster-error.ts';
import { findOrganizationById, findOrganizationBySlug } from '../queries/organization-queries.ts';
import { findUserById, findUserByNormalizedEmail } from '../queries/user-queries.ts';
import { createServices, type Services } from '../services/create-services.ts';
import { UsageError } from './command.ts';

type Values = Record<string, string | boolean | string[] | boolean[] | undefined>;

/** The actor CLI writes are audited as. */
export const CLI_ACTOR = 'cli';

/** What an admin command works with. */
export interface AdminSession {
  /**
   * The services of the admin API, bound by `createServices` to this database, the servers' bus
   * and the configuration; a write takes {@link CLI_ACTOR} as its actor.
   */
  readonly services: Services;
  /** For naming users and organizations ({@link userIdOf}, {@link organizationIdOf}). */
  readonly db: Kysely<DB>;
  /** What `seed-scale`, which bulk-loads beside the services, needs besides. */
  readonly config: Config;
  readonly changeBus: ChangeBus;
}

/**
 * Runs an admin command over the same services as the HTTP API, as actor `cli`, on the
 * database named by DATABASE_URL (migrated first), publishing its changes on the bus running
 * servers listen to, so they take effect on their next request. Service errors become one line
 * on stderr: exit 1 for not-found and conflicts, 2 for invalid input.
 */
export async function runAdminCommand(name: string, work: (session: AdminSession) => Promise<void>): Promise<number> {
  const config = loadConfig(readEnvironment());
  const database = createDatabase(config.database);
  let changeBus: ChangeBus | undefined;
  try {
    await migrateToLatest(database.db);
    // The servers' own bus: on PostgreSQL they hear this write over NOTIFY; on SQLite they
    // notice the commit through PRAGMA data_version.
    changeBus = await openChangeBus(config.database, database);
    const services = createServices({
      db: database.db,
      changeBus,
      clock: systemClock,
      defaultRole: config.defaultRole,
      profileSchema: await loadProfileSchema(config.profileSchemaPath),
      webhookPolicy: { allowInsecure: config.webhooks.allowInsecure },
    });
    await work({ services, db: database.db, config, changeBus });
    return 0;
  } catch (error) {
    if (!isRosterError(error)) throw error;
    const detail = error.details
      ?.map((problem) => `${problem.field ? `${problem.field}: ` : ''}${problem.message}`)
      .join('; ');
    console.error(`roster ${name}: ${error.message === 'The request is not valid' && detail ? detail : error.message}`);
    return error.code === 'NotFound' || error.code === 'Conflict' ? 1 : 2;
  } finally {
    await changeBus?.close();
    await database.destroy();
  }
}

/** A required string option, or a UsageError naming it. */
export function required(values: Values, option: string): string {
  const value = values[option];
  if (typeof value !== 'string' || value === '') throw new UsageError(`--${option} is required`);
  return value;
}

export function optional(values: Values, option: string): string | undefined {
  const value = values[option];
  return typeof value === 'string' ? value : undefined;
}

/** A comma-separated option as a list (empty when absent). */
export function list(values: Values, option: string): string[] {
  return (optional(values, option) ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** An organization named by id or slug. */
export async function organizationIdOf({ db }: AdminSession, reference: string): Promise<string> {
  const organization =
    (await findOrganizationBySlug(db, reference)) ?? (await findOrganizationById(db, reference.toLowerCase()));
  if (!organization) throw new RosterError('NotFound', `No organization with slug or id "${reference}"`);
  return organization.id;
}

/** A user named by `--user <id>` or `--email <address>`. */
export async function userIdOf({ db }: AdminSession, values: Values): Promise<string> {
  const id = optional(values, 'user');
  const email = optional(values, 'email');
  if ((id === undefined) === (email === undefined))
    throw new UsageError('name the user with exactly one of --user <id> and --email <address>');
  const user =
    id !== undefined
      ? await findUserById(db, id.toLowerCase())
      : await findUserByNormalizedEmail(db, normalizeEmail(email!));
  if (!user) throw new RosterError('NotFound', `No user ${id ?? email}`);
  return user.id;
}

/** Prints rows as JSON (`--json`) or as an aligned table of `columns`. */
export function output(values: Values, items: readonly object[], columns: readonly string[]): void {
  const rows = items as readonly Record<string, unknown>[];
  if (values.json) {
    console.log(JSON.stringify(rows, null, 2));
    return;
  }
  const text = (value: unknown) =>
    value === null || value === undefined ? '-' : Array.isArray(value) ? value.join(',') : String(value);
  const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => text(row[column]).length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, index) => cell.padEnd(widths[index] ?? 0))
      .join('  ')
      .trimEnd();
  console.log(line(columns.map((column) => column.toUpperCase())));
  for (const row of rows) console.log(line(columns.map((column) => text(row[column]))));
  if (rows.length === 0) console.log('(none)');
}

/** Reads every page of a list service. */
export async function allPages<T>(
  read: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await read(cursor);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return items;
}
