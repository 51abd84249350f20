import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB, RoleScope } from '../../src/db/types.ts';
import { normalizeEmail } from '../../src/domain/email.ts';

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
    const known = permissionIds.get(key) ?? (await db.selectFrom('permissions').select('id').where('key', '=', key).executeTakeFirst())?.id;
    if (known) return known;
    const id = randomUUID();
    await db.insertInto('permissions').values({ id, key, description, createdAt: now(), updatedAt: now() }).execute();
    permissionIds.set(key, id);
    return id;
  };
  return {
    permission,
    async organization(o: { id?: string; name?: string; slug?: string; status?: 'active' | 'suspended' | 'archived'; settings?: object } = {}) {
      const id = o.id ?? randomUUID();
      const name = o.name ?? `Org ${id.slice(0, 8)}`;
      await db
        .insertInto('organizations')
        .values({ id, name, slug: o.slug ?? `org-${id}`, status: o.status ?? 'active', settings: JSON.stringify(o.settings ?? {}), createdAt: now(), updatedAt: now() })
        .execute();
      return id;
    },
    async role(r: { key: string; name?: string; rank?: number; scope?: RoleScope; organizationId?: string | null; permissions?: string[]; color?: string }) {
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
      for (const key of r.permissions ?? []) await db.insertInto('rolePermissions').values({ roleId: id, permissionId: await permission(key) }).execute();
      return id;
    },
    async user(u: { email?: string | null; emailVerified?: boolean; firstName?: string | null; lastName?: string | null } = {}) {
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
    async membership(m: { userId: string; organizationId: string; roles?: string[]; status?: 'active' | 'invited' | 'suspended'; isPrimary?: boolean; joinedAt?: string }) {
      const id = randomUUID();
      const at = m.joinedAt ?? now();
      await db
        .insertInto('memberships')
        .values({ id, userId: m.userId, organizationId: m.organizationId, status: m.status ?? 'active', isPrimary: m.isPrimary ?? false, joinedAt: at, createdAt: at, updatedAt: at })
        .execute();
      for (const roleId of m.roles ?? []) await db.insertInto('membershipRoles').values({ membershipId: id, roleId, grantedAt: now() }).execute();
      return id;
    },
    async membershipRole(membershipId: string, roleId: string, grantedAt = now()) {
      await db.insertInto('membershipRoles').values({ membershipId, roleId, grantedAt }).execute();
    },
    async invitation(i: { email: string; organizationId: string; roleId?: string | null; expiresAt?: string; usedAt?: string | null; createdAt?: string }) {
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
      await db.insertInto('globalPermissionGrants').values({ id, userId, permissionId: await permission(key), grantedAt }).execute();
      return id;
    },
    async platformRole(userId: string, roleId: string, grantedAt = now()) {
      const id = randomUUID();
      await db.insertInto('platformRoleGrants').values({ id, userId, roleId, grantedAt }).execute();
      return id;
    },
    async resourceGrant(g: { userId: string; resourceType: string; resourceId: string; roleId?: string; permissionKey?: string }) {
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
