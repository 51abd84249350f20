import type {
  SnapshotGlobalPermission,
  SnapshotMembership,
  SnapshotOrganization,
  SnapshotPermission,
  SnapshotRole,
} from './me-snapshot.ts';

/**
 * Orders roles as roles rank: highest rank first; ties, earliest granted first
 * (then by id, so the order never depends on the database's row order).
 */
export function rankRoles<T extends Pick<SnapshotRole, 'rank' | 'grantedAt' | 'id'>>(roles: readonly T[]): T[] {
  return [...roles].sort((a, b) => b.rank - a.rank || compareText(a.grantedAt, b.grantedAt) || compareText(a.id, b.id));
}

/** The highest-ranked role (ties: earliest granted), or null when there is none. */
export function topRoleOf<T extends Pick<SnapshotRole, 'rank' | 'grantedAt' | 'id'>>(roles: readonly T[]): T | null {
  return rankRoles(roles)[0] ?? null;
}

/**
 * A member's permission keys in an organization: the union of the roles' permissions,
 * deduplicated and sorted (JavaScript's default sort), and empty unless both the membership
 * and the organization are active.
 */
export function membershipPermissions(
  status: SnapshotMembership['status'],
  organization: Pick<SnapshotOrganization, 'status'>,
  roles: readonly Pick<SnapshotRole, 'permissions'>[],
): string[] {
  if (status !== 'active' || organization.status !== 'active') return [];
  return sortedKeys(roles.flatMap((role) => role.permissions.map((permission) => permission.key)));
}

export interface GrantedPermission {
  readonly permission: SnapshotPermission;
  readonly grantedAt: string;
}

/**
 * Global permissions: direct grants ∪ the permissions of platform roles (granted when the
 * role was), one per key with the earliest grantedAt, sorted by key.
 */
export function mergeGlobalPermissions(
  direct: readonly GrantedPermission[],
  platformRoles: readonly Pick<SnapshotRole, 'grantedAt' | 'permissions'>[],
): SnapshotGlobalPermission[] {
  const all: GrantedPermission[] = [
    ...direct,
    ...platformRoles.flatMap((role) =>
      role.permissions.map((permission) => ({ permission, grantedAt: role.grantedAt })),
    ),
  ];
  const byKey = new Map<string, SnapshotGlobalPermission>();
  for (const { permission, grantedAt } of all) {
    const known = byKey.get(permission.key);
    if (!known || grantedAt < known.grantedAt) {
      byKey.set(permission.key, {
        id: permission.id,
        key: permission.key,
        description: permission.description,
        grantedAt,
      });
    }
  }
  return [...byKey.values()].sort((a, b) => compareText(a.key, b.key));
}

/** Deduplicated and sorted in code-point order (JavaScript's default sort). */
export function sortedKeys(keys: Iterable<string>): string[] {
  return [...new Set(keys)].sort();
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
