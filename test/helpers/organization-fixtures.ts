import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB, OrganizationRow, PermissionRow, RoleRow, RoleScope } from '../../src/db/types.ts';
import type { TestApp } from './app.ts';
import type { Claims } from './jwks-server.ts';

/**
 * Organizations, roles, permissions and memberships written straight to the database, for the
 * organization endpoints' tests. Whoever changes data a cached snapshot holds must publish the
 * change afterwards (the app's change bus), as a real writer would.
 */
const T0 = '2025-01-01T00:00:00.000Z';

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export async function createOrganization(
  db: Kysely<DB>,
  fields: Partial<Omit<OrganizationRow, 'settings'>> & { settings?: Record<string, unknown> } = {},
): Promise<OrganizationRow> {
  const suffix = unique();
  const row: OrganizationRow = {
    id: randomUUID(),
    name: `Org ${suffix}`,
    slug: `org-${suffix}`,
    description: null,
    logoUrl: null,
    status: 'active',
    createdAt: T0,
    updatedAt: T0,
    ...fields,
    settings: JSON.stringify(fields.settings ?? {}),
  };
  await db.insertInto('organizations').values(row).execute();
  return row;
}

export async function createPermission(db: Kysely<DB>, key: string, description: string | null = `Allows ${key}`): Promise<PermissionRow> {
  const row: PermissionRow = { id: randomUUID(), key, description, createdAt: T0, updatedAt: T0 };
  await db.insertInto('permissions').values(row).execute();
  return row;
}

export interface RoleFixture {
  key?: string;
  name?: string;
  color?: string | null;
  rank?: number;
  scope?: RoleScope;
  organizationId?: string | null;
  permissions?: readonly PermissionRow[];
}

export async function createRole(db: Kysely<DB>, fields: RoleFixture = {}): Promise<RoleRow> {
  const suffix = unique();
  const row: RoleRow = {
    id: randomUUID(),
    key: fields.key ?? `role-${suffix}`,
    name: fields.name ?? `Role ${suffix}`,
    color: fields.color === undefined ? '#336699' : fields.color,
    description: null,
    rank: fields.rank ?? 10,
    scope: fields.scope ?? 'organization',
    organizationId: fields.organizationId ?? null,
    createdAt: T0,
    updatedAt: T0,
  };
  await db.insertInto('roles').values(row).execute();
  for (const permission of fields.permissions ?? []) {
    await db.insertInto('rolePermissions').values({ roleId: row.id, permissionId: permission.id }).execute();
  }
  return row;
}

export interface MembershipFixture {
  userId: string;
  organizationId: string;
  status?: 'active' | 'invited' | 'suspended';
  isPrimary?: boolean;
  joinedAt?: string;
  /** Granted in order, one millisecond apart after `joinedAt` unless a time is given. */
  roles?: readonly (RoleRow | { role: RoleRow; grantedAt: string })[];
}

export async function addMembership(db: Kysely<DB>, fields: MembershipFixture): Promise<string> {
  const id = randomUUID();
  const joinedAt = fields.joinedAt ?? '2025-01-15T09:00:00.000Z';
  await db
    .insertInto('memberships')
    .values({
      id,
      userId: fields.userId,
      organizationId: fields.organizationId,
      status: fields.status ?? 'active',
      isPrimary: fields.isPrimary ?? false,
      joinedAt,
      createdAt: joinedAt,
      updatedAt: joinedAt,
    })
    .execute();
  for (const [index, entry] of (fields.roles ?? []).entries()) {
    const { role, grantedAt } = 'role' in entry ? entry : { role: entry, grantedAt: new Date(Date.parse(joinedAt) + index).toISOString() };
    await db.insertInto('membershipRoles').values({ membershipId: id, roleId: role.id, grantedAt }).execute();
  }
  return id;
}

export async function grantGlobalPermission(db: Kysely<DB>, userId: string, permission: PermissionRow, grantedAt: string): Promise<void> {
  await db.insertInto('globalPermissionGrants').values({ id: randomUUID(), userId, permissionId: permission.id, grantedAt }).execute();
}

export async function makePlatformAdmin(db: Kysely<DB>, userId: string): Promise<void> {
  await db.insertInto('platformAdmins').values({ userId, grantedAt: T0 }).execute();
}

/** A bare user row, for tests that work below HTTP (over HTTP, a token provisions the user). */
export async function createBareUser(db: Kysely<DB>): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('users')
    .values({ id, email: null, emailNormalized: null, firstName: null, lastName: null, phone: null, avatarUrl: null, birthDate: null,
      headline: null, linkedinUrl: null, referralCode: `R${unique()}`, profileType: null, onboardingCompletedAt: null,
      unconfirmedEmail: null, createdAt: T0, updatedAt: T0, lastLoginAt: null })
    .execute();
  return id;
}

/** A signed-in user over HTTP: the first request provisions them; `token(sid)` signs more tokens for the same subject. */
export interface SignedInUser {
  readonly id: string;
  readonly subject: string;
  token(sessionId?: string | null): Promise<string>;
}

export async function signIn(roster: TestApp, claims: Claims = {}): Promise<SignedInUser> {
  const subject = `user-${randomUUID()}`;
  const token = (sessionId: string | null = null) => roster.token({ sub: subject, ...claims, ...(sessionId ? { sid: sessionId } : {}) });
  const response = await roster.request({ method: 'GET', url: '/api/auth/me', token: await token() });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  return { id: (response.json() as { data: { id: string } }).data.id, subject, token };
}

/** Tells the app's caches that these users' data changed (after writing SQL behind its back). */
export async function publishUserChange(roster: TestApp, ...userIds: string[]): Promise<void> {
  await roster.changeBus.publish({ scope: 'users', userIds });
}
