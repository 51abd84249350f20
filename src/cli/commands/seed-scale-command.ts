import { sql, type Kysely, type Transaction } from 'kysely';
import { DEV_ISSUER, devSubject } from '../../identity/dev-issuer.ts';
import { newId } from '../../domain/new-id.ts';
import { RosterError } from '../../domain/roster-error.ts';
import type { DB } from '../../db/types.ts';
import { runAdminCommand } from '../admin-session.ts';
import { UsageError, type Command } from '../command.ts';

/** Users written per transaction: big enough to amortize the commit, small enough to show progress. */
const USERS_PER_TRANSACTION = 2_000;
/** Bound parameters per INSERT: under SQLite's 32,766 and PostgreSQL's 65,535. */
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
    '100 users) into a database that has none yet, in multi-row INSERTs inside transactions of',
    `${USERS_PER_TRANSACTION} users. Each user has one identity at the configured issuer (AUTH_ISSUER, or the`,
    'dev issuer), 1–3 memberships with one role each (global roles scale-viewer, scale-member,',
    'scale-admin), and 3 users in 10 a resource grant. Subjects are scale-user-<i>, or with the dev',
    'issuer its own subject for the email, so `roster token --email user7@scale.roster.test` signs in',
    'as user 7. Nothing is audited and no webhook event is written; the tables are analyzed at the end;',
    'running servers drop their caches.',
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
      const rows = await seedScale(db, { users: users!, organizations, issuer });
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
}

/** Writes the plan's rows and returns how many; reports progress on stderr. */
async function seedScale(db: Kysely<DB>, plan: ScalePlan): Promise<number> {
  const at = new Date().toISOString();
  const progress = progressLine(plan.users);
  const reference = await db.transaction().execute(async (trx) => seedReference(trx, plan, at));
  let rows = reference.rows;
  for (let start = 0; start < plan.users; start += USERS_PER_TRANSACTION) {
    const end = Math.min(plan.users, start + USERS_PER_TRANSACTION);
    rows += await db.transaction().execute((trx) => seedUsers(trx, plan, reference, start, end, at));
    progress(end, rows);
  }
  // Without fresh statistics PostgreSQL plans the /me queries on the bulk-loaded tables as if they
  // were empty: a sequential scan of membership_roles per request (186 ms at 100k users, measured).
  await sql`analyze`.execute(db);
  return rows;
}

interface Reference {
  organizationIds: string[];
  roleIds: Record<string, string>;
  permissionIds: Record<string, string>;
  rows: number;
}

async function seedReference(trx: Transaction<DB>, plan: ScalePlan, at: string): Promise<Reference> {
  const permissionIds = Object.fromEntries(PERMISSIONS.map((key) => [key, newId()]));
  const roleIds = Object.fromEntries([...Object.keys(ORGANIZATION_ROLES), RESOURCE_ROLE].map((key) => [key, newId()]));
  const organizationIds = Array.from({ length: plan.organizations }, () => newId());
  await insert(
    trx,
    'permissions',
    PERMISSIONS.map((key) => ({
      id: permissionIds[key]!,
      key,
      description: 'Seeded by roster seed-scale',
      createdAt: at,
      updatedAt: at,
    })),
  );
  const roles = Object.entries(roleIds).map(([key, id]) => ({
    id,
    key,
    name: key,
    scope: key === RESOURCE_ROLE ? ('resource' as const) : ('organization' as const),
    organizationId: null,
    createdAt: at,
    updatedAt: at,
  }));
  await insert(trx, 'roles', roles);
  const grants = [
    ...Object.entries(ORGANIZATION_ROLES).flatMap(([role, keys]) => keys.map((key) => [role, key] as const)),
    [RESOURCE_ROLE, 'scale.projects.write'] as const,
  ];
  await insert(
    trx,
    'rolePermissions',
    grants.map(([role, key]) => ({ roleId: roleIds[role]!, permissionId: permissionIds[key]! })),
  );
  await insert(
    trx,
    'organizations',
    organizationIds.map((id, index) => ({
      id,
      name: `Scale Org ${index}`,
      slug: organizationSlug(index),
      createdAt: at,
      updatedAt: at,
    })),
  );
  return {
    organizationIds,
    roleIds,
    permissionIds,
    rows: PERMISSIONS.length + roles.length + grants.length + plan.organizations,
  };
}

async function seedUsers(
  trx: Transaction<DB>,
  plan: ScalePlan,
  reference: Reference,
  start: number,
  end: number,
  at: string,
): Promise<number> {
  const { organizationIds, roleIds, permissionIds } = reference;
  const users = [];
  const identities = [];
  const memberships = [];
  const membershipRoles = [];
  const resourceGrants = [];
  for (let index = start; index < end; index++) {
    const userId = newId();
    const email = `user${index}@scale.roster.test`;
    users.push({
      id: userId,
      email,
      emailNormalized: email,
      emailVerified: true,
      firstName: 'Scale',
      lastName: `User ${index}`,
      referralCode: referralCode(index),
      createdAt: at,
      updatedAt: at,
    });
    const subject = plan.issuer === DEV_ISSUER ? devSubject(email) : `scale-user-${index}`;
    identities.push({ id: newId(), userId, issuer: plan.issuer, subject, createdAt: at });
    for (const [slot, organizationIndex] of organizationsOf(index, organizationIds.length).entries()) {
      const membershipId = newId();
      memberships.push({
        id: membershipId,
        userId,
        organizationId: organizationIds[organizationIndex]!,
        status: 'active' as const,
        isPrimary: slot === 0,
        joinedAt: at,
        createdAt: at,
        updatedAt: at,
      });
      const role = slot > 0 ? 'scale-viewer' : index % 50 === 0 ? 'scale-admin' : 'scale-member';
      membershipRoles.push({ membershipId, roleId: roleIds[role]!, grantedAt: at });
    }
    if (index % 10 < 3) {
      const byRole = index % 2 === 0;
      resourceGrants.push({
        id: newId(),
        userId,
        resourceType: 'project',
        resourceId: `project-${index % 1000}`,
        roleId: byRole ? roleIds[RESOURCE_ROLE]! : null,
        permissionId: byRole ? null : permissionIds['scale.projects.read']!,
        grantedAt: at,
      });
    }
  }
  await insert(trx, 'users', users);
  await insert(trx, 'identities', identities);
  await insert(trx, 'memberships', memberships);
  await insert(trx, 'membershipRoles', membershipRoles);
  await insert(trx, 'resourceGrants', resourceGrants);
  return users.length + identities.length + memberships.length + membershipRoles.length + resourceGrants.length;
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

async function insert<T extends keyof DB & string>(
  trx: Transaction<DB>,
  table: T,
  rows: readonly object[],
): Promise<void> {
  if (rows.length === 0) return;
  const perRow = Object.keys(rows[0]!).length;
  const chunk = Math.max(1, Math.floor(MAX_PARAMETERS / perRow));
  for (let offset = 0; offset < rows.length; offset += chunk) {
    // The rows are built above with the table's own columns; Kysely's per-table row type is not spelled out here.
    await trx
      .insertInto(table)
      .values(rows.slice(offset, offset + chunk) as never)
      .execute();
  }
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

function progressLine(total: number): (done: number, rows: number) => void {
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
