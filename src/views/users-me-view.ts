import { currentMembership, type MeSnapshot } from '../domain/me-snapshot.ts';
import { sortedKeys } from '../domain/permission-resolution.ts';
import { customAttributeValues, type ProfileSchema } from '../domain/profile-schema.ts';

/**
 * The `data` of `GET /api/users/me`, from the snapshot alone: `role` is the key
 * of the top role in the current organization, `tenantId` that organization's id,
 * `permissions` its permissions ∪ the global ones; custom attributes follow (null until set).
 */
export function renderUsersMe(me: MeSnapshot, schema: ProfileSchema): Record<string, unknown> {
  const { user } = me;
  const current = currentMembership(me);
  const custom = customAttributeValues(user.customAttributes, Object.keys(schema.attributes));
  return {
    ...custom,
    id: user.id,
    email: user.email,
    emailVerified: user.emailVerified,
    firstName: user.firstName,
    lastName: user.lastName,
    fullName: user.fullName,
    avatarUrl: user.avatarUrl,
    phone: user.phone,
    birthDate: user.birthDate,
    role: current?.topRole?.key ?? null,
    tenantId: me.currentOrganizationId,
    permissions: sortedKeys([
      ...(current?.permissions ?? []),
      ...me.globalPermissions.map((permission) => permission.key),
    ]),
    isPlatformAdmin: me.isPlatformAdmin,
    createdAt: user.createdAt,
    updatedAt: user.updatedAt,
    lastLoginAt: user.lastLoginAt,
  };
}
