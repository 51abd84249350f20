import { EMPTY_PROFILE_SCHEMA } from '../domain/profile-schema.ts';
import { findOrganizationBySlug } from '../queries/organization-queries.ts';
import type { AdminContext } from './write.ts';
import { createInvitation } from './invitation-service.ts';
import { addMember } from './membership-service.ts';
import { createOrganization } from './organization-service.ts';
import { createPermission } from './permission-service.ts';
import { createRole, type RoleInput } from './role-service.ts';
import { grantGlobalPermission, grantOnResource, grantPlatformAdmin, grantPlatformRole } from './user-grant-service.ts';
import { createUser } from './user-service.ts';

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

const ORGANIZATION_ROLES: Omit<RoleInput, 'scope'>[] = [
  { key: 'member', name: 'Member', rank: 0, color: '#9E9E9E', permissions: ['courses:read'] },
  { key: 'learner', name: 'Learner', rank: 10, color: '#4CAF50', permissions: ['courses:read'] },
  { key: 'teacher', name: 'Teacher', rank: 20, color: '#8BC34A', permissions: ['courses:read', 'courses:grade'] },
  { key: 'instructor', name: 'Instructor', rank: 30, color: '#2196F3', permissions: ['courses:read', 'courses:create', 'courses:grade', 'members:read'] },
  { key: 'coach', name: 'Coach', rank: 40, color: '#FF9800', permissions: ['courses:read', 'courses:grade', 'members:read'] },
  { key: 'manager', name: 'Manager', rank: 50, color: '#3F51B5', permissions: ['courses:read', 'members:read', 'members:invite', 'reports:read'] },
  {
    key: 'admin', name: 'Admin', rank: 60, color: '#F44336',
    permissions: ['courses:read', 'courses:create', 'courses:grade', 'members:read', 'members:invite', 'members:manage', 'organization:settings', 'reports:read'],
  },
  {
    key: 'organization-admin', name: 'OrganizationAdmin', rank: 70, color: '#9C27B0',
    permissions: ['courses:read', 'courses:create', 'courses:grade', 'members:read', 'members:invite', 'members:manage', 'organization:settings', 'reports:read'],
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

/**
 * Loads the demo tenant through the admin services (each step audited as the context's actor).
 * Returns false, changing nothing, when it is already there (organization `acme` exists).
 */
export async function seedDemo(ctx: AdminContext, log: (line: string) => void): Promise<boolean> {
  if (await findOrganizationBySlug(ctx.db, 'acme')) return false;
  const acme = await createOrganization(ctx, { name: 'Acme Learning', slug: 'acme', description: 'Courses for everyone', settings: { theme: 'light' } });
  const globex = await createOrganization(ctx, { name: 'Globex Coaching', slug: 'globex', description: 'One-to-one coaching' });
  log(`organizations: acme (${acme.id}), globex (${globex.id})`);
  for (const [key, description] of Object.entries(PERMISSIONS)) await createPermission(ctx, { key, description });
  log(`permissions: ${Object.keys(PERMISSIONS).join(', ')}`);
  for (const role of ORGANIZATION_ROLES) await createRole(ctx, { ...role, scope: 'organization' });
  log(`organization roles (rank): ${ORGANIZATION_ROLES.map((role) => `${role.key} (${role.rank})`).join(', ')}`);
  await createRole(ctx, { key: 'support', name: 'Support', scope: 'platform', rank: 10, color: '#607D8B', permissions: ['members:read', 'reports:read'] });
  await createRole(ctx, { key: 'project-owner', name: 'Project owner', scope: 'resource', rank: 10, color: '#795548', permissions: ['projects:read', 'projects:edit'] });
  log('platform role: support; resource role: project-owner');

  const ids = new Map<string, string>();
  for (const user of USERS) ids.set(user.email, (await createUser(ctx, { ...user, emailVerified: true }, EMPTY_PROFILE_SCHEMA)).id);
  log(`users: ${DEMO_EMAILS.join(', ')}`);
  const organizationIds: Record<string, string> = { acme: acme.id, globex: globex.id };
  for (const [email, slug, roles, isPrimary] of MEMBERSHIPS) {
    await addMember(ctx, organizationIds[slug]!, { userId: ids.get(email)!, roles, isPrimary });
    log(`  ${email} → ${slug} as ${roles.join(' + ')}${isPrimary ? ' (primary)' : ''}`);
  }
  await grantPlatformAdmin(ctx, ids.get('root@example.com')!);
  log('platform admin: root@example.com');
  await grantGlobalPermission(ctx, ids.get('carol@example.com')!, 'reports:read');
  log('global permission: carol@example.com has reports:read');
  await grantPlatformRole(ctx, ids.get('dave@example.com')!, 'support');
  log('platform role: dave@example.com is support');
  await grantOnResource(ctx, ids.get('erin@example.com')!, { resourceType: 'project', resourceId: 'apollo', role: 'project-owner' });
  log('resource grant: erin@example.com owns project apollo');
  await createInvitation(ctx, { email: 'frank@example.com', organizationId: globex.id, role: 'teacher' });
  log('invitation: frank@example.com → globex as teacher (pending, 7 days)');
  return true;
}
