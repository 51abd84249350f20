import type { Kysely } from 'kysely';
import type { ChangeBus } from '../cache/change-bus.ts';
import type { DB, RoleScope } from '../db/types.ts';
import { normalizeEmail } from '../domain/email.ts';
import { EMPTY_PROFILE_SCHEMA } from '../domain/profile-schema.ts';
import { findPendingInvitation } from '../queries/invitation-queries.ts';
import { findMembershipByUserAndOrganization } from '../queries/membership-queries.ts';
import { findOrganizationBySlug } from '../queries/organization-queries.ts';
import { findPermissionByKey } from '../queries/permission-queries.ts';
import { findRoleByScopeAndKey, roleIsInUse } from '../queries/role-queries.ts';
import {
  globalPermissionGrantExists,
  isPlatformAdmin,
  platformRoleGrantExists,
  resourceRoleGrantExists,
} from '../queries/user-grant-queries.ts';
import { findUserByNormalizedEmail } from '../queries/user-queries.ts';
import { ALL_CHANGED, type AdminContext } from './write.ts';
import { createInvitation } from './invitation-service.ts';
import { addMember } from './membership-service.ts';
import { createOrganization, deleteOrganization, type OrganizationInput } from './organization-service.ts';
import { createPermission } from './permission-service.ts';
import { createRole, deleteRole, type RoleInput } from './role-service.ts';
import { grantGlobalPermission, grantOnResource, grantPlatformAdmin, grantPlatformRole } from './user-grant-service.ts';
import { createUser, deleteUser } from './user-service.ts';

const PERMISSIONS: Record<string, string> = {
  'courses:read': 'See courses and their material',
  'courses:create': 'Create and edit courses',
  'courses:grade': 'Grade submissions',
  'members:read': 'See the members of the organization',
  'members:invite': 'Invite people into the organization',
  'members:manage': 'Change members and their roles',
  'organization:settings': "Change the organization's settings",
  'reports:read': 'Read reports',
  'projects:read': 'See a project',
  'projects:edit': 'Edit a project',
  'roster:admin': 'Use the Roster admin API',
};

const ADMIN_PERMISSIONS = [
  'courses:read',
  'courses:create',
  'courses:grade',
  'members:read',
  'members:invite',
  'members:manage',
  'organization:settings',
  'reports:read',
];

const ORGANIZATION_ROLES: Omit<RoleInput, 'scope'>[] = [
  { key: 'member', name: 'Member', rank: 0, color: '#9E9E9E', permissions: ['courses:read'] },
  { key: 'learner', name: 'Learner', rank: 10, color: '#4CAF50', permissions: ['courses:read'] },
  { key: 'teacher', name: 'Teacher', rank: 20, color: '#8BC34A', permissions: ['courses:read', 'courses:grade'] },
  {
    key: 'instructor',
    name: 'Instructor',
    rank: 30,
    color: '#2196F3',
    permissions: ['courses:read', 'courses:create', 'courses:grade', 'members:read'],
  },
  {
    key: 'coach',
    name: 'Coach',
    rank: 40,
    color: '#FF9800',
    permissions: ['courses:read', 'courses:grade', 'members:read'],
  },
  {
    key: 'manager',
    name: 'Manager',
    rank: 50,
    color: '#3F51B5',
    permissions: ['courses:read', 'members:read', 'members:invite', 'reports:read'],
  },
  {
    key: 'admin',
    name: 'Admin',
    rank: 60,
    color: '#F44336',
    permissions: ADMIN_PERMISSIONS,
  },
  {
    key: 'organization-admin',
    name: 'OrganizationAdmin',
    rank: 70,
    color: '#9C27B0',
    permissions: ADMIN_PERMISSIONS,
  },
];

const ORGANIZATIONS: OrganizationInput[] = [
  { name: 'Acme Learning', slug: 'acme', description: 'Courses for everyone', settings: { theme: 'light' } },
  { name: 'Globex Coaching', slug: 'globex', description: 'One-to-one coaching' },
];

const GLOBAL_ROLES: RoleInput[] = [
  ...ORGANIZATION_ROLES.map((role) => ({ ...role, scope: 'organization' as const })),
  {
    key: 'support',
    name: 'Support',
    scope: 'platform',
    rank: 10,
    color: '#607D8B',
    permissions: ['members:read', 'reports:read'],
  },
  {
    key: 'project-owner',
    name: 'Project owner',
    scope: 'resource',
    rank: 10,
    color: '#795548',
    permissions: ['projects:read', 'projects:edit'],
  },
];

const USERS = [
  { email: 'root@example.com', firstName: 'Root', lastName: 'Admin' },
  { email: 'alice@example.com', firstName: 'Alice', lastName: 'Doe' },
  { email: 'bob@example.com', firstName: 'Bob', lastName: 'Smith' },
  { email: 'carol@example.com', firstName: 'Carol', lastName: 'Jones' },
  { email: 'dave@example.com', firstName: 'Dave', lastName: 'Brown' },
  { email: 'erin@example.com', firstName: 'Erin', lastName: 'Lee' },
];

/** [email, organization slug, role keys, primary] */
const MEMBERSHIPS: [string, string, string[], boolean][] = [
  ['alice@example.com', 'acme', ['admin'], true],
  ['bob@example.com', 'acme', ['learner'], true],
  ['bob@example.com', 'globex', ['coach'], false],
  ['carol@example.com', 'globex', ['manager'], true],
  ['carol@example.com', 'acme', ['instructor'], false],
  ['dave@example.com', 'globex', ['organization-admin'], true],
  ['erin@example.com', 'acme', ['learner', 'teacher'], true],
];

/** The emails seed-demo creates, to try with `npx roster token --email …`. */
export const DEMO_EMAILS = USERS.map((user) => user.email);

/** What one run of seed-demo did: the parts it created and the parts it found already there. */
export interface DemoSeedReport {
  created: string[];
  present: string[];
  /** Set by `reset`: what it deleted before seeding again. */
  removed: string[];
}

/**
 * Loads the demo tenant through the admin services (each step audited as the context's actor),
 * all in one transaction: it lands whole or not at all. Each part is created only when missing,
 * so a rerun completes a partial tenant and adopts demo users that already signed in (their
 * row is kept, memberships and grants are added to it). `progress` hears each step as it goes.
 */
export async function seedDemo(ctx: AdminContext, progress: (line: string) => void): Promise<DemoSeedReport> {
  return inOneTransaction(ctx, (trx) => fill(trx, progress, { created: [], present: [], removed: [] }));
}

/**
 * Deletes the demo tenant — its organizations (with their memberships, invitations and own
 * roles), the demo users, and the demo's global roles that nothing else holds — then seeds it
 * again, in one transaction. Permissions are kept: other roles may use them, and the seed
 * adopts them.
 */
export async function resetDemo(ctx: AdminContext, progress: (line: string) => void): Promise<DemoSeedReport> {
  return inOneTransaction(ctx, async (trx) => {
    const report: DemoSeedReport = { created: [], present: [], removed: [] };
    for (const { slug } of ORGANIZATIONS) {
      const organization = await findOrganizationBySlug(trx.db, slug);
      if (!organization) continue;
      await step(report.removed, progress, `organization ${slug}`, () => deleteOrganization(trx, organization.id));
    }
    for (const email of [...DEMO_EMAILS, INVITEE]) {
      const user = await findUserByNormalizedEmail(trx.db, normalizeEmail(email));
      if (user) await step(report.removed, progress, `user ${email}`, () => deleteUser(trx, user.id));
    }
    // The demo's roles are global: one that another organization or user now holds stays.
    for (const role of GLOBAL_ROLES) {
      const row = await findRoleByScopeAndKey(trx.db, role.scope, role.key, null);
      if (!row) continue;
      const label = `${role.scope} role ${role.key}`;
      if (await roleIsInUse(trx.db, row.id)) progress(`kept ${label}: in use outside the demo`);
      else await step(report.removed, progress, `${role.scope} role ${role.key}`, () => deleteRole(trx, row.id));
    }
    return fill(trx, progress, report);
  });
}

const INVITEE = 'frank@example.com';

type Progress = (line: string) => void;

async function fill(ctx: AdminContext, progress: Progress, report: DemoSeedReport): Promise<DemoSeedReport> {
  const { db } = ctx;
  const ensure = async (label: string, exists: () => Promise<unknown>, create: () => Promise<unknown>) => {
    if (await exists()) report.present.push(label);
    else await step(report.created, progress, label, create);
  };
  const organizationIds = new Map<string, string>();
  for (const input of ORGANIZATIONS) {
    const found = await findOrganizationBySlug(db, input.slug);
    if (found) report.present.push(`organization ${input.slug}`);
    else await step(report.created, progress, `organization ${input.slug}`, () => createOrganization(ctx, input));
    organizationIds.set(input.slug, (found ?? (await findOrganizationBySlug(db, input.slug)))!.id);
  }
  for (const [key, description] of Object.entries(PERMISSIONS)) {
    const create = () => createPermission(ctx, { key, description });
    await ensure(`permission ${key}`, () => findPermissionByKey(db, key), create);
  }
  for (const role of GLOBAL_ROLES) {
    const found = () => findRoleByScopeAndKey(db, role.scope, role.key, null);
    await ensure(`${role.scope} role ${role.key}`, found, () => createRole(ctx, role));
  }
  const userIds = new Map<string, string>();
  for (const user of USERS) {
    const found = () => findUserByNormalizedEmail(db, normalizeEmail(user.email));
    const create = () => createUser(ctx, { ...user, emailVerified: true }, EMPTY_PROFILE_SCHEMA);
    await ensure(`user ${user.email}`, found, create);
    userIds.set(user.email, (await found())!.id);
  }
  for (const [email, slug, roles, isPrimary] of MEMBERSHIPS) {
    const userId = userIds.get(email)!;
    const organizationId = organizationIds.get(slug)!;
    await ensure(
      `membership ${email} → ${slug} as ${roles.join(' + ')}${isPrimary ? ' (primary)' : ''}`,
      () => findMembershipByUserAndOrganization(db, userId, organizationId),
      () => addMember(ctx, organizationId, { userId, roles, isPrimary }),
    );
  }
  const root = userIds.get('root@example.com')!;
  const rootIsAdmin = () => isPlatformAdmin(db, root);
  await ensure('platform admin root@example.com', rootIsAdmin, () => grantPlatformAdmin(ctx, root));
  const carol = userIds.get('carol@example.com')!;
  await ensure(
    'global permission reports:read for carol@example.com',
    () => globalPermissionGrantExists(db, carol, 'reports:read'),
    () => grantGlobalPermission(ctx, carol, 'reports:read'),
  );
  const dave = userIds.get('dave@example.com')!;
  const support = (await roleId(db, 'platform', 'support'))!;
  await ensure(
    'platform role support for dave@example.com',
    () => platformRoleGrantExists(db, dave, support),
    () => grantPlatformRole(ctx, dave, 'support'),
  );
  const erin = userIds.get('erin@example.com')!;
  const owner = (await roleId(db, 'resource', 'project-owner'))!;
  const apollo = { userId: erin, resourceType: 'project', resourceId: 'apollo' };
  await ensure(
    'resource grant: erin@example.com owns project apollo',
    () => resourceRoleGrantExists(db, { ...apollo, roleId: owner }),
    () => grantOnResource(ctx, erin, { ...apollo, role: 'project-owner' }),
  );
  const globex = organizationIds.get('globex')!;
  await ensure(
    `invitation ${INVITEE} → globex as teacher (pending, 7 days)`,
    async () => await invitedOrJoined(db, INVITEE, globex, ctx.clock().toISOString()),
    () => createInvitation(ctx, { email: INVITEE, organizationId: globex, role: 'teacher' }),
  );
  return report;
}

async function step(list: string[], progress: Progress, label: string, work: () => Promise<unknown>): Promise<void> {
  await work();
  list.push(label);
  progress(label);
}

async function roleId(db: Kysely<DB>, scope: RoleScope, key: string): Promise<string | undefined> {
  return (await findRoleByScopeAndKey(db, scope, key, null))?.id;
}

/** The invitation is there, or it has done its job: the invitee joined. */
async function invitedOrJoined(db: Kysely<DB>, email: string, organizationId: string, now: string): Promise<boolean> {
  const emailNormalized = normalizeEmail(email);
  if (await findPendingInvitation(db, emailNormalized, organizationId, now)) return true;
  const user = await findUserByNormalizedEmail(db, emailNormalized);
  return user !== undefined && (await findMembershipByUserAndOrganization(db, user.id, organizationId)) !== undefined;
}

/**
 * Runs several admin writes in one transaction: the services' own writes join it (see
 * withWrite), and their change announcements are held back and replaced by one `all` after
 * the commit, so no instance reloads data that was then rolled back.
 */
async function inOneTransaction<T>(ctx: AdminContext, work: (trx: AdminContext) => Promise<T>): Promise<T> {
  const held: ChangeBus = {
    publish: async () => {},
    catchUp: () => ctx.changeBus.catchUp(),
    subscribe: (listener) => ctx.changeBus.subscribe(listener),
    close: async () => {},
  };
  const result = await ctx.db.transaction().execute((db) => work({ ...ctx, db, changeBus: held }));
  await ctx.changeBus.publish(ALL_CHANGED);
  return result;
}
