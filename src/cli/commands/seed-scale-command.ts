import { sql, type Kysely } from 'kysely';
import { DEV_ISSUER, devSubject } from '../../identity/dev-issuer.ts';
import { newId } from '../../domain/new-id.ts';
import { RosterError } from '../../domain/roster-error.ts';
import type { DB } from '../../db/types.ts';
import { runAdminCommand } from '../admin-session.ts';
import { UsageError, type Command } from '../command.ts';
import { bulkLoadPostgres } from './seed-scale-postgres.ts';

/** Users written per batch (a transaction on SQLite, a statement on PostgreSQL): progress is shown per batch. */
const USERS_PER_BATCH = 2_000;
/** Bound parameters per INSERT: under SQLite's 32,766. */
const MAX_PARAMETERS = 30_000;
const MAX_USERS = 10_000_000;

const PERMISSIONS = ['scale.projects.read', 'scale.projects.write', 'scale.billing.read', 'scale.members.manage'];
/** Global roles (every organization has them) and the permissions each carries. */
const ORGANIZATION_ROLES: Record<string, string[]> = {
  'scale-viewer': ['scale.projects.read'],
  'scale-member': ['scale.projects.read', 'scale.projects.write'],
  'scale-admin': PERMISSIONS,
};
const RESOURCE_ROLE = 'scale-editor';

export const seedScaleCommand: Command = {
  name: 'seed-scale',
  summary: 'Bulk-load N synthetic users with identities, memberships, roles and grants (for benchmarks)',
  usage: [
    'roster seed-scale --users N [--organizations M]',
    '',
    'Writes N users (user<i>@scale.roster.test) and M organizations (scale-org-<i>; default one per',
    '100 users) into a database that has none yet. Each user has one identity at the configured',
    'issuer (AUTH_ISSUER, or the dev issuer), 1–3 memberships with one role each (global roles',
    'scale-viewer, scale-member, scale-admin), and 3 users in 10 a resource grant. Subjects are',
    'scale-user-<i>, or with the dev issuer its own subject for the email, so',
    '`roster token --email user7@scale.roster.test` signs in as user 7. Nothing is audited and no',
    'webhook event is written; the tables are analyzed at the end; running servers drop their caches.',
    `On PostgreSQL everything is one transaction: the loaded tables' secondary indexes and foreign`,
    'keys are dropped, the rows inserted in batches, and both rebuilt before the commit (the tables',
    `are locked meanwhile). On SQLite each batch of ${USERS_PER_BATCH} users is its own transaction.`,
    'Progress (rows/s, ETA) goes to stderr.',
    '',
    '  --users N          how many users (1 to 10,000,000)',
    '  --organizations M  how many organizations (default: N / 100, at least 1)',
  ].join('\n'),
  options: { users: { type: 'string' }, organizations: { type: 'string' } },
  async run(values) {
    const users = count(values.users, '--users', true);
    const organizations = count(values.organizations, '--organizations', false) ?? Math.max(1, Math.ceil(users! / 100));
    return runAdminCommand('seed-scale', async ({ db, config, changeBus }) => {
      const issuer = config.auth.mode === 'issuer' ? config.auth.issuer : DEV_ISSUER;
      const existing = await db
        .selectFrom('organizations')
        .select('id')
        .where('slug', '=', organizationSlug(0))
        .executeTakeFirst();
      if (existing)
        throw new RosterError('Conflict', 'This database already holds scale data; seed into a fresh database');
      const started = performance.now();
      const plan = { users: users!, organizations, issuer, at: new Date().toISOString() };
      const progress = progressLine(plan.users);
      const rows =
        config.database.engine === 'postgres'
          ? await bulkLoadPostgres(config.database.url, planTables(plan), progress)
          : await loadSqlite(db, planTables(plan), progress);
      await changeBus.publish({ scope: 'all' });
      const seconds = (performance.now() - started) / 1000;
      console.log(
        `seeded ${users} users and ${organizations} organizations: ${rows} rows in ${seconds.toFixed(1)} s ` +
          `(${Math.round(rows / seconds)} rows/s)`,
      );
    });
  },
};

function count(value: unknown, option: string, needed: boolean): number | undefined {
  if (value === undefined && !needed) return undefined;
  if (typeof value !== 'string' || !/^[1-9][0-9]*$/.test(value) || Number(value) > MAX_USERS) {
    throw new UsageError(`${option} must be a whole number from 1 to ${MAX_USERS}`);
  }
  return Number(value);
}

interface ScalePlan {
  users: number;
  organizations: number;
  issuer: string;
  /** Every row's timestamps. */
  at: string;
}

/**
 * Rows of one table, column by column (keys as in `DB`): an array of one value per row, or
 * `{ all }` for a value every row shares. Both engines' writers take this shape.
 */
export interface TableColumns {
  readonly table: keyof DB & string;
  readonly count: number;
  readonly columns: Readonly<Record<string, readonly unknown[] | { readonly all: unknown }>>;
}

/** The reference rows first, then the users' rows batch by batch, with the users each batch holds. */
export interface PlannedTables {
  readonly reference: readonly TableColumns[];
  readonly batches: Iterable<{ readonly users: number; readonly tables: readonly TableColumns[] }>;
}

/** Writes what was planned and returns how many rows; calls `progress` after each batch. */
export type Progress = (users: number, rows: number) => void;

function planTables(plan: ScalePlan): PlannedTables {
  const permissionIds = Object.fromEntries(PERMISSIONS.map((key) => [key, newId()]));
  const roleKeys = [...Object.keys(ORGANIZATION_ROLES), RESOURCE_ROLE];
  const roleIds = Object.fromEntries(roleKeys.map((key) => [key, newId()]));
  const organizationIds = Array.from({ length: plan.organizations }, () => newId());
  const grants = [
    ...Object.entries(ORGANIZATION_ROLES).flatMap(([role, keys]) => keys.map((key) => [role, key] as const)),
    [RESOURCE_ROLE, 'scale.projects.write'] as const,
  ];
  const at = { all: plan.at };
  const reference: TableColumns[] = [
    {
      table: 'permissions',
      count: PERMISSIONS.length,
      columns: {
        id: PERMISSIONS.map((key) => permissionIds[key]!),
        key: PERMISSIONS,
        description: { all: 'Seeded by roster seed-scale' },
        createdAt: at,
        updatedAt: at,
      },
    },
    {
      table: 'roles',
      count: roleKeys.length,
      columns: {
        id: roleKeys.map((key) => roleIds[key]!),
        key: roleKeys,
        name: roleKeys,
        scope: roleKeys.map((key) => (key === RESOURCE_ROLE ? 'resource' : 'organization')),
        organizationId: { all: null },
        createdAt: at,
        updatedAt: at,
      },
    },
    {
      table: 'rolePermissions',
      count: grants.length,
      columns: {
        roleId: grants.map(([role]) => roleIds[role]!),
        permissionId: grants.map(([, key]) => permissionIds[key]!),
      },
    },
    {
      table: 'organizations',
      count: plan.organizations,
      columns: {
        id: organizationIds,
        name: organizationIds.map((_, index) => `Scale Org ${index}`),
        slug: organizationIds.map((_, index) => organizationSlug(index)),
        createdAt: at,
        updatedAt: at,
      },
    },
  ];
  const ids = { organizationIds, roleIds, permissionIds };
  return {
    reference,
    batches: (function* () {
      for (let start = 0; start < plan.users; start += USERS_PER_BATCH) {
        const end = Math.min(plan.users, start + USERS_PER_BATCH);
        yield { users: end - start, tables: userTables(plan, ids, start, end) };
      }
    })(),
  };
}

function userTables(
  plan: ScalePlan,
  reference: { organizationIds: string[]; roleIds: Record<string, string>; permissionIds: Record<string, string> },
  start: number,
  end: number,
): TableColumns[] {
  const { organizationIds, roleIds, permissionIds } = reference;
  const users = { id: [] as string[], email: [] as string[], lastName: [] as string[], referralCode: [] as string[] };
  const identities = { id: [] as string[], userId: [] as string[], subject: [] as string[] };
  const memberships = { id: [] as string[], userId: [] as string[], organizationId: [] as string[] };
  const isPrimary: boolean[] = [];
  const membershipRoles = { membershipId: [] as string[], roleId: [] as string[] };
  const grants = { id: [] as string[], userId: [] as string[], resourceId: [] as string[] };
  const grantRoles: (string | null)[] = [];
  const grantPermissions: (string | null)[] = [];
  for (let index = start; index < end; index++) {
    const userId = newId();
    const email = `user${index}@scale.roster.test`;
    users.id.push(userId);
    users.email.push(email);
    users.lastName.push(`User ${index}`);
    users.referralCode.push(referralCode(index));
    identities.id.push(newId());
    identities.userId.push(userId);
    identities.subject.push(plan.issuer === DEV_ISSUER ? devSubject(email) : `scale-user-${index}`);
    for (const [slot, organizationIndex] of organizationsOf(index, organizationIds.length).entries()) {
      const membershipId = newId();
      memberships.id.push(membershipId);
      memberships.userId.push(userId);
      memberships.organizationId.push(organizationIds[organizationIndex]!);
      isPrimary.push(slot === 0);
      const role = slot > 0 ? 'scale-viewer' : index % 50 === 0 ? 'scale-admin' : 'scale-member';
      membershipRoles.membershipId.push(membershipId);
      membershipRoles.roleId.push(roleIds[role]!);
    }
    if (index % 10 < 3) {
      const byRole = index % 2 === 0;
      grants.id.push(newId());
      grants.userId.push(userId);
      grants.resourceId.push(`project-${index % 1000}`);
      grantRoles.push(byRole ? roleIds[RESOURCE_ROLE]! : null);
      grantPermissions.push(byRole ? null : permissionIds['scale.projects.read']!);
    }
  }
  const at = { all: plan.at };
  return [
    {
      table: 'users',
      count: users.id.length,
      columns: {
        ...users,
        emailNormalized: users.email,
        emailVerified: { all: true },
        firstName: { all: 'Scale' },
        createdAt: at,
        updatedAt: at,
      },
    },
    {
      table: 'identities',
      count: identities.id.length,
      columns: { ...identities, issuer: { all: plan.issuer }, createdAt: at },
    },
    {
      table: 'memberships',
      count: memberships.id.length,
      columns: {
        ...memberships,
        status: { all: 'active' },
        isPrimary,
        joinedAt: at,
        createdAt: at,
        updatedAt: at,
      },
    },
    {
      table: 'membershipRoles',
      count: membershipRoles.membershipId.length,
      columns: { ...membershipRoles, grantedAt: at },
    },
    {
      table: 'resourceGrants',
      count: grants.id.length,
      columns: {
        ...grants,
        resourceType: { all: 'project' },
        roleId: grantRoles,
        permissionId: grantPermissions,
        grantedAt: at,
      },
    },
  ];
}

/** SQLite: the reference in one transaction, then one transaction per batch of multi-row INSERTs; ANALYZE. */
async function loadSqlite(db: Kysely<DB>, planned: PlannedTables, progress: Progress): Promise<number> {
  let rows = 0;
  let users = 0;
  const write = async (tables: readonly TableColumns[]) =>
    db.transaction().execute(async (trx) => {
      for (const table of tables) {
        if (table.count === 0) continue;
        const names = Object.keys(table.columns);
        const perRow = Math.max(1, Math.floor(MAX_PARAMETERS / names.length));
        for (let offset = 0; offset < table.count; offset += perRow) {
          const slice = Array.from({ length: Math.min(perRow, table.count - offset) }, (_, index) =>
            Object.fromEntries(names.map((name) => [name, valueAt(table.columns[name]!, offset + index)])),
          );
          // The columns are the table's own (built above); Kysely's per-table row type is not spelled out here.
          await trx
            .insertInto(table.table)
            .values(slice as never)
            .execute();
        }
        rows += table.count;
      }
    });
  await write(planned.reference);
  for (const batch of planned.batches) {
    await write(batch.tables);
    users += batch.users;
    progress(users, rows);
  }
  // The planner's statistics for the loaded tables (as on PostgreSQL, see seed-scale-postgres.ts).
  await sql`analyze`.execute(db);
  return rows;
}

function valueAt(column: readonly unknown[] | { readonly all: unknown }, index: number): unknown {
  return Array.isArray(column) ? column[index] : (column as { all: unknown }).all;
}

/** 1–3 distinct organizations, the first (primary) shared by 100 consecutive users. */
function organizationsOf(index: number, organizations: number): number[] {
  const primary = Math.floor(index / 100) % organizations;
  const chosen = new Set([primary]);
  for (let extra = 1; extra <= index % 3 && chosen.size < organizations; extra++) {
    chosen.add((primary + extra * 37) % organizations);
  }
  return [...chosen];
}

function organizationSlug(index: number): string {
  return `scale-org-${index}`;
}

// The referral code alphabet (no 0/O, 1/I/L); a leading Z-run keeps them apart from random codes in practice.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
function referralCode(index: number): string {
  let code = '';
  for (let rest = index; code.length < 7; rest = Math.floor(rest / ALPHABET.length)) {
    code = ALPHABET[rest % ALPHABET.length] + code;
  }
  return `ZZZ${code}`;
}

function progressLine(total: number): Progress {
  const started = performance.now();
  let lastShown = 0;
  return (done, rows) => {
    const now = performance.now();
    if (done < total && now - lastShown < 1_000) return;
    lastShown = now;
    const seconds = (now - started) / 1000;
    const eta = done === 0 ? 0 : (seconds / done) * (total - done);
    process.stderr.write(
      `  ${done.toLocaleString('en')} / ${total.toLocaleString('en')} users, ${rows.toLocaleString('en')} rows, ` +
        `${Math.round(rows / seconds).toLocaleString('en')} rows/s, ETA ${Math.ceil(eta)} s\n`,
    );
  };
}
