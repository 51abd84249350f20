import type { SessionChoice } from './current-organization.ts';
import { resolveCurrentOrganization } from './current-organization.ts';
import type {
  MeSnapshot,
  SnapshotIdentity,
  SnapshotOrganization,
  SnapshotPermission,
  SnapshotRole,
  SnapshotUser,
} from './me-snapshot.ts';
import {
  compareText,
  membershipPermissions,
  mergeGlobalPermissions,
  rankRoles,
  topRoleOf,
} from './permission-resolution.ts';
import { fullNameOf, parseObject, profileSettingsOf } from './stored-user-fields.ts';

/** A role as stored, without its permissions or the time it was granted. */
export type RoleFields = Omit<SnapshotRole, 'grantedAt' | 'permissions'>;

/** The user's row with JSON still as text, as the snapshot queries read it. */
export type UserFields = Omit<SnapshotUser, 'fullName' | 'profileSettings' | 'customAttributes'> & {
  readonly profileSettings: string;
  readonly customAttributes: string;
  readonly isPlatformAdmin: boolean;
};

/** Everything the snapshot queries read, flat; {@link assembleMeSnapshot} turns it into a MeSnapshot. */
export interface MeSnapshotRows {
  readonly user: UserFields;
  readonly identities: readonly SnapshotIdentity[];
  readonly memberships: readonly {
    readonly id: string;
    readonly status: 'active' | 'invited' | 'suspended';
    readonly isPrimary: boolean;
    readonly joinedAt: string;
    readonly organization: Omit<SnapshotOrganization, 'settings'> & { readonly settings: string };
  }[];
  readonly membershipRoles: readonly {
    readonly membershipId: string;
    readonly grantedAt: string;
    readonly role: RoleFields;
  }[];
  readonly platformRoles: readonly { readonly grantedAt: string; readonly role: RoleFields }[];
  readonly globalGrants: readonly { readonly grantedAt: string; readonly permission: SnapshotPermission }[];
  readonly resourceGrants: readonly {
    readonly id: string;
    readonly resourceType: string;
    readonly resourceId: string;
    readonly grantedAt: string;
    readonly role: RoleFields | null;
    readonly permission: SnapshotPermission | null;
  }[];
  readonly rolePermissions: readonly { readonly roleId: string; readonly permission: SnapshotPermission }[];
  readonly sessionChoices: readonly SessionChoice[];
}

/**
 * Builds the immutable "me" snapshot from the rows of one load: roles ranked, permissions
 * resolved, the current organization chosen. Pure.
 */
export function assembleMeSnapshot(rows: MeSnapshotRows, sessionId: string): MeSnapshot {
  const permissionsByRole = new Map<string, SnapshotPermission[]>();
  for (const { roleId, permission } of rows.rolePermissions) {
    const list = permissionsByRole.get(roleId) ?? [];
    if (!list.some((known) => known.id === permission.id)) list.push(permission);
    permissionsByRole.set(roleId, list);
  }
  for (const list of permissionsByRole.values()) list.sort((a, b) => compareText(a.key, b.key));
  const withPermissions = (role: RoleFields, grantedAt: string): SnapshotRole => ({
    ...role,
    grantedAt,
    permissions: permissionsByRole.get(role.id) ?? [],
  });
  const rolesByMembership = new Map<string, SnapshotRole[]>();
  for (const grant of rows.membershipRoles) {
    const list = rolesByMembership.get(grant.membershipId) ?? [];
    list.push(withPermissions(grant.role, grant.grantedAt));
    rolesByMembership.set(grant.membershipId, list);
  }

  const memberships = rows.memberships.map((membership) => {
    const roles = rankRoles(rolesByMembership.get(membership.id) ?? []);
    const organization: SnapshotOrganization = {
      ...membership.organization,
      settings: parseObject(membership.organization.settings),
    };
    return {
      id: membership.id,
      status: membership.status,
      isPrimary: membership.isPrimary,
      joinedAt: membership.joinedAt,
      organization,
      roles,
      topRole: topRoleOf(roles),
      permissions: membershipPermissions(membership.status, organization, roles),
    };
  });
  memberships.sort((a, b) => compareText(a.joinedAt, b.joinedAt) || compareText(a.id, b.id));

  const platformRoles = rankRoles(rows.platformRoles.map((grant) => withPermissions(grant.role, grant.grantedAt)));
  const resourceGrants = [...rows.resourceGrants].sort(
    (a, b) => compareText(a.grantedAt, b.grantedAt) || compareText(a.id, b.id),
  );
  return deepFreeze({
    user: toSnapshotUser(rows.user),
    identities: [...rows.identities].sort((a, b) => compareText(a.createdAt, b.createdAt)),
    isPlatformAdmin: rows.user.isPlatformAdmin,
    memberships,
    globalPermissions: mergeGlobalPermissions(rows.globalGrants, platformRoles),
    platformRoles,
    resourceRoleGrants: resourceGrants.flatMap(({ role, permission: _, ...grant }) =>
      role ? [{ ...grant, role: withPermissions(role, grant.grantedAt) }] : [],
    ),
    resourcePermissionGrants: resourceGrants.flatMap(({ role: _, permission, ...grant }) =>
      permission ? [{ ...grant, permission }] : [],
    ),
    sessionId,
    currentOrganizationId: resolveCurrentOrganization(memberships, rows.sessionChoices, sessionId),
  });
}

function toSnapshotUser({ isPlatformAdmin: _, profileSettings, customAttributes, ...user }: UserFields): SnapshotUser {
  return {
    ...user,
    fullName: fullNameOf(user.firstName, user.lastName),
    profileSettings: profileSettingsOf(profileSettings),
    customAttributes: parseObject(customAttributes),
  };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
