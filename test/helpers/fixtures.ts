import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB, OrganizationRow, PermissionRow, RoleRow, RoleScope } from '../../src/db/types.ts';
import { normalizeEmail } from '../../src/domain/email.ts';
import type { AdminTestApp } from './admin.ts';
import type { TestApp } from './app.ts';
import type { Claims } from './jwks-server.ts';

/**
 * The one fixtures module of the tests: rows written straight to the database with Kysely, and
 * users signed in over HTTP. Whoever changes data a cached snapshot holds must publish the
 * change afterwards (the app's change bus, {@link publishUserChange}), as a real writer would.
 *
 * Two styles live here: `fixtures(db)` makes rows from a few fields and returns their ids
 * (timestamps default to now); `createOrganization`, `createRole`… take and return whole rows
 * with fixed timestamps, for tests that compare rendered rows field by field.
 */

/**
 * Database fixtures for integration tests: insert organizations, roles, permissions, users,
 * memberships, invitations and grants directly with Kysely. Every helper returns the id it
 * made; timestamps default to now.
 *
 * @example
 * const fx = fixtures(roster.database.db);
 * const org = await fx.organization({ name: 'Acme' });
 * const admin = await fx.role({ key: 'admin', rank: 100, permissions: ['users:manage'] });
 */
export function fixtures(db: Kysely<DB>, now: () => string = () => new Date().toISOString()) {
  const permissionIds = new Map<string, string>();
  const permission = async (key: string, description: string | null = null): Promise<string> => {
    const known =
      permissionIds.get(key) ??
      (await db.selectFrom('permissions').select('id').where('key', '=', key).executeTakeFirst())?.id;
    if (known) return known;
    const id = randomUUID();
    await db.insertInto('permissions').values({ id, key, description, createdAt: now(), updatedAt: now() }).execute();
    permissionIds.set(key, id);
    return id;
  };
  return {
    permission,
    async organization(
      o: {
        id?: string;
        name?: string;
        slug?: string;
        status?: 'active' | 'suspended' | 'archived';
        settings?: object;
      } = {},
    ) {
      const id = o.id ?? randomUUID();
      const name = o.name ?? `Org ${id.slice(0, 8)}`;
      await db
        .insertInto('organizations')
        .values({
          id,
          name,
          slug: o.slug ?? `org-${id}`,
          status: o.status ?? 'active',
          settings: JSON.stringify(o.settings ?? {}),
          createdAt: now(),
          updatedAt: now(),
        })
        .execute();
      return id;
    },
    async role(r: {
      key: string;
      name?: string;
      rank?: number;
      scope?: RoleScope;
      organizationId?: string | null;
      permissions?: string[];
      color?: string;
    }) {
      const id = randomUUID();
      await db
        .insertInto('roles')
        .values({
          id,
          key: r.key,
          name: r.name ?? r.key,
          color: r.color ?? null,
          description: null,
          rank: r.rank ?? 0,
          scope: r.scope ?? 'organization',
          organizationId: r.organizationId ?? null,
          createdAt: now(),
          updatedAt: now(),
        })
        .execute();
      for (const key of r.permissions ?? [])
        await db
          .insertInto('rolePermissions')
          .values({ roleId: id, permissionId: await permission(key) })
          .execute();
      return id;
    },
    async user(
      u: { email?: string | null; emailVerified?: boolean; firstName?: string | null; lastName?: string | null } = {},
    ) {
      const id = randomUUID();
      const email = u.email === undefined ? `user-${id.slice(0, 8)}@example.com` : u.email;
      await db
        .insertInto('users')
        .values({
          id,
          email,
          emailNormalized: email === null ? null : normalizeEmail(email),
          emailVerified: u.emailVerified ?? false,
          firstName: u.firstName ?? null,
          lastName: u.lastName ?? null,
          referralCode: randomBytes(6).toString('hex'),
          createdAt: now(),
          updatedAt: now(),
        })
        .execute();
      return id;
    },
    async identity(userId: string, issuer: string, subject: string) {
      const id = randomUUID();
      await db.insertInto('identities').values({ id, userId, issuer, subject, createdAt: now() }).execute();
      return id;
    },
    async membership(m: {
      userId: string;
      organizationId: string;
      roles?: string[];
      status?: 'active' | 'invited' | 'suspended';
      isPrimary?: boolean;
      joinedAt?: string;
    }) {
      const id = randomUUID();
      const at = m.joinedAt ?? now();
      await db
        .insertInto('memberships')
        .values({
          id,
          userId: m.userId,
          organizationId: m.organizationId,
          status: m.status ?? 'active',
          isPrimary: m.isPrimary ?? false,
          joinedAt: at,
          createdAt: at,
          updatedAt: at,
        })
        .execute();
      for (const roleId of m.roles ?? [])
        await db.insertInto('membershipRoles').values({ membershipId: id, roleId, grantedAt: now() }).execute();
      return id;
    },
    async membershipRole(membershipId: string, roleId: string, grantedAt = now()) {
      await db.insertInto('membershipRoles').values({ membershipId, roleId, grantedAt }).execute();
    },
    async invitation(i: {
      email: string;
      organizationId: string;
      roleId?: string | null;
      expiresAt?: string;
      usedAt?: string | null;
      createdAt?: string;
    }) {
      const id = randomUUID();
      await db
        .insertInto('invitations')
        .values({
          id,
          email: i.email,
          emailNormalized: normalizeEmail(i.email),
          organizationId: i.organizationId,
          roleId: i.roleId ?? null,
          expiresAt: i.expiresAt ?? new Date(Date.now() + 86_400_000).toISOString(),
          usedAt: i.usedAt ?? null,
          createdAt: i.createdAt ?? now(),
        })
        .execute();
      return id;
    },
    async platformAdmin(userId: string) {
      await db.insertInto('platformAdmins').values({ userId, grantedAt: now() }).execute();
    },
    async globalPermission(userId: string, key: string, grantedAt = now()) {
      const id = randomUUID();
      await db
        .insertInto('globalPermissionGrants')
        .values({ id, userId, permissionId: await permission(key), grantedAt })
        .execute();
      return id;
    },
    async platformRole(userId: string, roleId: string, grantedAt = now()) {
      const id = randomUUID();
      await db.insertInto('platformRoleGrants').values({ id, userId, roleId, grantedAt }).execute();
      return id;
    },
    async resourceGrant(g: {
      userId: string;
      resourceType: string;
      resourceId: string;
      roleId?: string;
      permissionKey?: string;
    }) {
      const id = randomUUID();
      await db
        .insertInto('resourceGrants')
        .values({
          id,
          userId: g.userId,
          resourceType: g.resourceType,
          resourceId: g.resourceId,
          roleId: g.roleId ?? null,
          permissionId: g.permissionKey ? await permission(g.permissionKey) : null,
          grantedAt: now(),
        })
        .execute();
      return id;
    },
    async sessionContext(userId: string, sessionId: string, organizationId: string, updatedAt = now()) {
      await db.insertInto('sessionContexts').values({ userId, sessionId, organizationId, updatedAt }).execute();
    },
  };
}

export type Fixtures = ReturnType<typeof fixtures>;

/** The fixed time of the row-style fixtures below. */
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

export async function createPermission(
  db: Kysely<DB>,
  key: string,
  description: string | null = `Allows ${key}`,
): Promise<PermissionRow> {
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
    const { role, grantedAt } =
      'role' in entry ? entry : { role: entry, grantedAt: new Date(Date.parse(joinedAt) + index).toISOString() };
    await db.insertInto('membershipRoles').values({ membershipId: id, roleId: role.id, grantedAt }).execute();
  }
  return id;
}

export async function grantGlobalPermission(
  db: Kysely<DB>,
  userId: string,
  permission: PermissionRow,
  grantedAt: string,
): Promise<void> {
  await db
    .insertInto('globalPermissionGrants')
    .values({ id: randomUUID(), userId, permissionId: permission.id, grantedAt })
    .execute();
}

export async function makePlatformAdmin(db: Kysely<DB>, userId: string): Promise<void> {
  await db.insertInto('platformAdmins').values({ userId, grantedAt: T0 }).execute();
}

/** A bare user row, for tests that work below HTTP (over HTTP, a token provisions the user). */
export async function createBareUser(db: Kysely<DB>): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('users')
    .values({
      id,
      email: null,
      emailNormalized: null,
      firstName: null,
      lastName: null,
      phone: null,
      avatarUrl: null,
      birthDate: null,
      headline: null,
      linkedinUrl: null,
      referralCode: `R${unique()}`,
      profileType: null,
      onboardingCompletedAt: null,
      unconfirmedEmail: null,
      createdAt: T0,
      updatedAt: T0,
      lastLoginAt: null,
    })
    .execute();
  return id;
}

/**
 * A signed-in user over HTTP: the first request provisions them; `token(sid)` signs more tokens for the same subject.
 */
export interface SignedInUser {
  readonly id: string;
  readonly subject: string;
  token(sessionId?: string | null): Promise<string>;
}

export async function signIn(roster: TestApp, claims: Claims = {}): Promise<SignedInUser> {
  const subject = `user-${randomUUID()}`;
  const token = (sessionId: string | null = null) =>
    roster.token({ sub: subject, ...claims, ...(sessionId ? { sid: sessionId } : {}) });
  const response = await roster.request({ method: 'GET', url: '/api/auth/me', token: await token() });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  return { id: (response.json() as { data: { id: string } }).data.id, subject, token };
}

/** Tells the app's caches that these users' data changed (after writing SQL behind its back). */
export async function publishUserChange(roster: TestApp, ...userIds: string[]): Promise<void> {
  await roster.changeBus.publish({ scope: 'users', userIds });
}

/** The organizations of {@link createEditorViewerWorld}, as the admin API answered them. */
export interface EditorViewerWorld {
  readonly acme: Record<string, any>;
  readonly beta: Record<string, any>;
}

/**
 * The role and grant world of the permission-check tests and the client's, made over the admin
 * API: the permissions the roles carry and `morePermissions`; the global organization roles
 * `editor` (rank 20: projects:read, projects:edit) and `viewer` (rank 10: projects:read), the
 * resource role `approver` (deals:approve); and the organizations Acme and Beta (slugs `acme`,
 * `beta`). {@link joinAsEditorAndViewer} makes a user a member.
 */
export async function createEditorViewerWorld(
  roster: Pick<AdminTestApp, 'create'>,
  morePermissions: readonly string[] = [],
): Promise<EditorViewerWorld> {
  for (const key of ['projects:read', 'projects:edit', 'deals:approve', ...morePermissions])
    await roster.create('/api/admin/permissions', { key });
  await roster.create('/api/admin/roles', {
    key: 'editor',
    name: 'Editor',
    scope: 'organization',
    rank: 20,
    permissions: ['projects:read', 'projects:edit'],
  });
  await roster.create('/api/admin/roles', {
    key: 'viewer',
    name: 'Viewer',
    scope: 'organization',
    rank: 10,
    permissions: ['projects:read'],
  });
  await roster.create('/api/admin/roles', {
    key: 'approver',
    name: 'Approver',
    scope: 'resource',
    permissions: ['deals:approve'],
  });
  const acme = await roster.create('/api/admin/organizations', { name: 'Acme', slug: 'acme' });
  const beta = await roster.create('/api/admin/organizations', { name: 'Beta', slug: 'beta' });
  return { acme, beta };
}

/** Makes the user an editor of Acme (their primary membership) and a viewer of Beta, in that order. */
export async function joinAsEditorAndViewer(
  roster: Pick<AdminTestApp, 'create'>,
  userId: string,
  { acme, beta }: EditorViewerWorld,
): Promise<void> {
  await roster.create(`/api/admin/organizations/${acme.id}/members`, { userId, roles: ['editor'], isPrimary: true });
  await roster.create(`/api/admin/organizations/${beta.id}/members`, { userId, roles: ['viewer'] });
}
