import type { Kysely } from 'kysely';
import { compiledOnce } from '../db/compiled-once.ts';
import { jsonRows, parsedRows } from '../db/json-rows.ts';
import type { DB } from '../db/types.ts';
import { assembleMeSnapshot, type MeSnapshotRows, type RoleFields } from '../domain/me-snapshot-assembly.ts';
import type { MeSnapshot } from '../domain/me-snapshot.ts';

/** How many queries {@link loadMeSnapshot} sends, whatever the size of the user's graph. */
export const SNAPSHOT_QUERY_COUNT = 1;

/**
 * Loads one user's "me" snapshot for one session in one statement ({@link SNAPSHOT_QUERY_COUNT}:
 * the user's row with each related set as a JSON array column — one round trip, one consistent
 * read, no N+1), or null when the user does not exist. Memberships in archived organizations are
 * left out.
 *
 * @example const me = await loadMeSnapshot(db, userId, principal.sessionId ?? userId);
 */
export async function loadMeSnapshot(db: Kysely<DB>, userId: string, sessionId: string): Promise<MeSnapshot | null> {
  const rows = await loadMeSnapshotRows(db, userId);
  return rows ? assembleMeSnapshot(rows, sessionId) : null;
}

async function loadMeSnapshotRows(db: Kysely<DB>, userId: string): Promise<MeSnapshotRows | null> {
  const [row] = await snapshotOf(db, { userId });
  if (!row) return null;
  const {
    emailNormalized: _,
    identities,
    memberships,
    membershipRoles,
    platformRoles,
    globalGrants,
    resourceGrants,
    rolePermissions,
    sessionChoices,
    ...user
  } = row;
  return {
    user: { ...user, isPlatformAdmin: Boolean(user.isPlatformAdmin) },
    identities: parsedRows(identities),
    memberships: parsedRows(memberships).map((m) => ({
      id: m.id,
      status: m.status,
      // Inside JSON, SQLite's booleans stay 0 or 1.
      isPrimary: Boolean(m.isPrimary),
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
    membershipRoles: parsedRows(membershipRoles).map(({ membershipId, grantedAt, ...role }) => ({
      membershipId,
      grantedAt,
      role: toRole(role),
    })),
    platformRoles: parsedRows(platformRoles).map(({ grantedAt, ...role }) => ({ grantedAt, role: toRole(role) })),
    globalGrants: parsedRows(globalGrants).map(({ grantedAt, ...permission }) => ({ grantedAt, permission })),
    resourceGrants: parsedRows(resourceGrants).map((g) => ({
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
    rolePermissions: parsedRows(rolePermissions).map(({ roleId, ...permission }) => ({ roleId, permission })),
    sessionChoices: parsedRows(sessionChoices),
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

// Every cold /me request and every first sign-in sends it: compiled once (see compiled-once.ts).
// Each related set is a subquery on the outer row's `users.id`, returned as a JSON array column.
const snapshotOf = compiledOnce((db: Kysely<DB>, { userId }: ByUser) =>
  db
    .selectFrom('users')
    .selectAll('users')
    .select((eb) => [
      eb
        .exists(
          eb
            .selectFrom('platformAdmins')
            .select('platformAdmins.userId')
            .whereRef('platformAdmins.userId', '=', 'users.id'),
        )
        .as('isPlatformAdmin'),
      jsonRows(
        db,
        eb
          .selectFrom('identities')
          .select(['identities.issuer', 'identities.subject', 'identities.createdAt'])
          .whereRef('identities.userId', '=', 'users.id'),
      ).as('identities'),
      jsonRows(
        db,
        eb
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
          .whereRef('m.userId', '=', 'users.id')
          .where('o.status', '!=', 'archived'),
      ).as('memberships'),
      jsonRows(
        db,
        eb
          .selectFrom('membershipRoles as mr')
          .innerJoin('memberships as m', 'm.id', 'mr.membershipId')
          .innerJoin('roles as r', 'r.id', 'mr.roleId')
          .select(['mr.membershipId', 'mr.grantedAt'])
          .select(ROLE_COLUMNS)
          .whereRef('m.userId', '=', 'users.id'),
      ).as('membershipRoles'),
      jsonRows(
        db,
        eb
          .selectFrom('platformRoleGrants as g')
          .innerJoin('roles as r', 'r.id', 'g.roleId')
          .select(['g.grantedAt'])
          .select(ROLE_COLUMNS)
          .whereRef('g.userId', '=', 'users.id')
          .where('r.scope', '=', 'platform'),
      ).as('platformRoles'),
      jsonRows(
        db,
        eb
          .selectFrom('globalPermissionGrants as g')
          .innerJoin('permissions as p', 'p.id', 'g.permissionId')
          .select(['g.grantedAt', 'p.id', 'p.key', 'p.description'])
          .whereRef('g.userId', '=', 'users.id'),
      ).as('globalGrants'),
      jsonRows(
        db,
        eb
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
          .whereRef('g.userId', '=', 'users.id'),
      ).as('resourceGrants'),
      jsonRows(
        db,
        eb
          .selectFrom('rolePermissions as rp')
          .innerJoin('permissions as p', 'p.id', 'rp.permissionId')
          .select(['rp.roleId', 'p.id', 'p.key', 'p.description'])
          .where('rp.roleId', 'in', (inner) =>
            inner
              .selectFrom('membershipRoles as mr')
              .innerJoin('memberships as m', 'm.id', 'mr.membershipId')
              .select('mr.roleId')
              .whereRef('m.userId', '=', 'users.id')
              .union(
                inner.selectFrom('platformRoleGrants as pg').select('pg.roleId').whereRef('pg.userId', '=', 'users.id'),
              )
              .union(
                inner
                  .selectFrom('resourceGrants as rg')
                  .select('rg.roleId')
                  .whereRef('rg.userId', '=', 'users.id')
                  .where('rg.roleId', 'is not', null)
                  .$narrowType<{ roleId: string }>(),
              ),
          ),
      ).as('rolePermissions'),
      jsonRows(
        db,
        eb
          .selectFrom('sessionContexts as sc')
          .select(['sc.sessionId', 'sc.organizationId', 'sc.updatedAt'])
          .whereRef('sc.userId', '=', 'users.id'),
      ).as('sessionChoices'),
    ])
    .where('users.id', '=', userId),
);
