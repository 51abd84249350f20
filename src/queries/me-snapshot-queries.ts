import type { Kysely } from 'kysely';
import { compiledOnce } from '../db/compiled-once.ts';
import type { DB } from '../db/types.ts';
import { assembleMeSnapshot, type MeSnapshotRows, type RoleFields } from '../domain/me-snapshot-assembly.ts';
import type { MeSnapshot } from '../domain/me-snapshot.ts';

/** How many queries {@link loadMeSnapshot} sends, whatever the size of the user's graph. */
export const SNAPSHOT_QUERY_COUNT = 9;

/**
 * Loads one user's "me" snapshot for one session in a fixed number of queries
 * ({@link SNAPSHOT_QUERY_COUNT}, sent concurrently — no N+1), or null when the user does not
 * exist. Memberships in archived organizations are left out.
 *
 * @example const me = await loadMeSnapshot(db, userId, principal.sessionId ?? userId);
 */
export async function loadMeSnapshot(db: Kysely<DB>, userId: string, sessionId: string): Promise<MeSnapshot | null> {
  const rows = await loadMeSnapshotRows(db, userId);
  return rows ? assembleMeSnapshot(rows, sessionId) : null;
}

export async function loadMeSnapshotRows(db: Kysely<DB>, userId: string): Promise<MeSnapshotRows | null> {
  const byUser = { userId };
  const [
    user,
    identities,
    memberships,
    membershipRoles,
    platformRoles,
    globalGrants,
    resourceGrants,
    rolePermissions,
    sessionChoices,
  ] = await Promise.all([
    userRow(db, byUser).then((rows) => rows[0]),
    identitiesOf(db, byUser),
    membershipsOf(db, byUser),
    membershipRolesOf(db, byUser),
    platformRolesOf(db, byUser),
    globalGrantsOf(db, byUser),
    resourceGrantsOf(db, byUser),
    rolePermissionsOf(db, byUser),
    sessionChoicesOf(db, byUser),
  ]);
  if (!user) return null;
  const { emailNormalized: _, ...userFields } = user;
  return {
    user: { ...userFields, isPlatformAdmin: Boolean(user.isPlatformAdmin) },
    identities,
    memberships: memberships.map((m) => ({
      id: m.id,
      status: m.status,
      isPrimary: m.isPrimary,
      joinedAt: m.joinedAt,
      organization: {
        id: m.orgId,
        name: m.name,
        slug: m.slug,
        description: m.description,
        logoUrl: m.logoUrl,
        status: m.orgStatus,
        settings: m.settings,
        createdAt: m.createdAt,
        updatedAt: m.updatedAt,
      },
    })),
    membershipRoles: membershipRoles.map(({ membershipId, grantedAt, ...role }) => ({
      membershipId,
      grantedAt,
      role: toRole(role),
    })),
    platformRoles: platformRoles.map(({ grantedAt, ...role }) => ({ grantedAt, role: toRole(role) })),
    globalGrants: globalGrants.map(({ grantedAt, ...permission }) => ({ grantedAt, permission })),
    resourceGrants: resourceGrants.map((g) => ({
      id: g.grantId,
      resourceType: g.resourceType,
      resourceId: g.resourceId,
      grantedAt: g.grantedAt,
      role:
        g.roleId && g.roleKey !== null
          ? toRole({
              id: g.roleId,
              key: g.roleKey,
              name: g.roleName ?? g.roleKey,
              color: g.roleColor,
              description: g.roleDescription,
              rank: g.roleRank ?? 0,
              scope: g.roleScope ?? 'resource',
              organizationId: g.roleOrganizationId,
            })
          : null,
      permission:
        g.permissionId && g.permissionKey !== null
          ? { id: g.permissionId, key: g.permissionKey, description: g.permissionDescription }
          : null,
    })),
    rolePermissions: rolePermissions.map(({ roleId, ...permission }) => ({ roleId, permission })),
    sessionChoices,
  };
}

const ROLE_COLUMNS = [
  'r.id',
  'r.key',
  'r.name',
  'r.color',
  'r.description',
  'r.rank',
  'r.scope',
  'r.organizationId',
] as const;

function toRole(role: RoleFields): RoleFields {
  return { ...role, rank: Number(role.rank) };
}

interface ByUser {
  readonly userId: string;
}

// The snapshot's reads, compiled once (see compiled-once.ts): every cold /me request sends them.
const userRow = compiledOnce((db: Kysely<DB>, { userId }: ByUser) =>
  db
    .selectFrom('users')
    .selectAll('users')
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('platformAdmins')
            .select('platformAdmins.userId')
            .whereRef('platformAdmins.userId', '=', 'users.id'),
        )
        .as('isPlatformAdmin'),
    )
    .where('users.id', '=', userId),
);

const identitiesOf = compiledOnce((db: Kysely<DB>, { userId }: ByUser) =>
  db.selectFrom('identities').select(['issuer', 'subject', 'createdAt']).where('userId', '=', userId),
);

const membershipsOf = compiledOnce((db: Kysely<DB>, { userId }: ByUser) =>
  db
    .selectFrom('memberships as m')
    .innerJoin('organizations as o', 'o.id', 'm.organizationId')
    .select(['m.id', 'm.status', 'm.isPrimary', 'm.joinedAt'])
    .select([
      'o.id as orgId',
      'o.name',
      'o.slug',
      'o.description',
      'o.logoUrl',
      'o.status as orgStatus',
      'o.settings',
      'o.createdAt',
      'o.updatedAt',
    ])
    .where('m.userId', '=', userId)
    .where('o.status', '!=', 'archived'),
);

const membershipRolesOf = compiledOnce((db: Kysely<DB>, { userId }: ByUser) =>
  db
    .selectFrom('membershipRoles as mr')
    .innerJoin('memberships as m', 'm.id', 'mr.membershipId')
    .innerJoin('roles as r', 'r.id', 'mr.roleId')
    .select(['mr.membershipId', 'mr.grantedAt'])
    .select(ROLE_COLUMNS)
    .where('m.userId', '=', userId),
);

const platformRolesOf = compiledOnce((db: Kysely<DB>, { userId }: ByUser) =>
  db
    .selectFrom('platformRoleGrants as g')
    .innerJoin('roles as r', 'r.id', 'g.roleId')
    .select(['g.grantedAt'])
    .select(ROLE_COLUMNS)
    .where('g.userId', '=', userId)
    .where('r.scope', '=', 'platform'),
);

const globalGrantsOf = compiledOnce((db: Kysely<DB>, { userId }: ByUser) =>
  db
    .selectFrom('globalPermissionGrants as g')
    .innerJoin('permissions as p', 'p.id', 'g.permissionId')
    .select(['g.grantedAt', 'p.id', 'p.key', 'p.description'])
    .where('g.userId', '=', userId),
);

const resourceGrantsOf = compiledOnce((db: Kysely<DB>, { userId }: ByUser) =>
  db
    .selectFrom('resourceGrants as g')
    .leftJoin('roles as r', 'r.id', 'g.roleId')
    .leftJoin('permissions as p', 'p.id', 'g.permissionId')
    .select(['g.id as grantId', 'g.resourceType', 'g.resourceId', 'g.grantedAt', 'g.roleId', 'g.permissionId'])
    .select([
      'r.key as roleKey',
      'r.name as roleName',
      'r.color as roleColor',
      'r.description as roleDescription',
      'r.rank as roleRank',
    ])
    .select(['r.scope as roleScope', 'r.organizationId as roleOrganizationId'])
    .select(['p.key as permissionKey', 'p.description as permissionDescription'])
    .where('g.userId', '=', userId),
);

const rolePermissionsOf = compiledOnce((db: Kysely<DB>, { userId }: ByUser) =>
  db
    .selectFrom('rolePermissions as rp')
    .innerJoin('permissions as p', 'p.id', 'rp.permissionId')
    .select(['rp.roleId', 'p.id', 'p.key', 'p.description'])
    .where('rp.roleId', 'in', (eb) =>
      eb
        .selectFrom('membershipRoles as mr')
        .innerJoin('memberships as m', 'm.id', 'mr.membershipId')
        .select('mr.roleId')
        .where('m.userId', '=', userId)
        .union(eb.selectFrom('platformRoleGrants').select('roleId').where('userId', '=', userId))
        .union(
          eb
            .selectFrom('resourceGrants')
            .select('roleId')
            .where('userId', '=', userId)
            .where('roleId', 'is not', null)
            .$narrowType<{ roleId: string }>(),
        ),
    ),
);

const sessionChoicesOf = compiledOnce((db: Kysely<DB>, { userId }: ByUser) =>
  db.selectFrom('sessionContexts').select(['sessionId', 'organizationId', 'updatedAt']).where('userId', '=', userId),
);
