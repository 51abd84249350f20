import { customAttributeValues, type ProfileSchema } from '../domain/profile-schema.ts';
import type { AuditEventRow, MembershipRow, OrganizationRow, PermissionRow, RoleRow, UserRow } from '../db/types.ts';
import type { InvitationWithRole } from '../queries/invitation-queries.ts';
import type { MembershipRoleRow } from '../queries/membership-queries.ts';
import { fullNameOf, parseObject, profileSettingsOf } from '../domain/stored-user-fields.ts';

/** The admin API's shapes (plain JSON, `{ data }`), one pure function per resource. */

export type AdminOrganization = ReturnType<typeof toAdminOrganization>;
export type AdminPermission = ReturnType<typeof toAdminPermission>;
export type AdminRole = ReturnType<typeof toAdminRole>;
export type AdminUser = ReturnType<typeof toAdminUser>;
export type AdminMembership = ReturnType<typeof toAdminMembership>;
export type AdminInvitation = ReturnType<typeof toAdminInvitation>;
export type AdminAuditEvent = ReturnType<typeof toAdminAuditEvent>;

export function toAdminOrganization(row: OrganizationRow) {
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    description: row.description,
    logoUrl: row.logoUrl,
    status: row.status,
    settings: parseObject(row.settings),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function toAdminPermission(row: PermissionRow) {
  return { id: row.id, key: row.key, description: row.description, createdAt: row.createdAt, updatedAt: row.updatedAt };
}

export function toAdminRole(row: RoleRow, permissionKeys: readonly string[]) {
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    color: row.color,
    description: row.description,
    rank: Number(row.rank),
    scope: row.scope,
    organizationId: row.organizationId,
    permissions: [...permissionKeys],
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** A user with the custom attributes of `schema` beside the built-in ones, null until set (as `/api/users/me`). */
export function toAdminUser(row: UserRow, schema: ProfileSchema) {
  return {
    ...customAttributeValues(parseObject(row.customAttributes), Object.keys(schema.attributes)),
    id: row.id,
    email: row.email,
    emailVerified: row.emailVerified,
    firstName: row.firstName,
    lastName: row.lastName,
    fullName: fullNameOf(row.firstName, row.lastName),
    phone: row.phone,
    avatarUrl: row.avatarUrl,
    birthDate: row.birthDate,
    headline: row.headline,
    linkedinUrl: row.linkedinUrl,
    referralCode: row.referralCode,
    profileType: row.profileType,
    onboardingCompletedAt: row.onboardingCompletedAt,
    otpEnabled: row.otpEnabled,
    otpRequiredForAdmin: row.otpRequiredForAdmin,
    unconfirmedEmail: row.unconfirmedEmail,
    profileSettings: profileSettingsOf(row.profileSettings),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    lastLoginAt: row.lastLoginAt,
  };
}

export function toAdminMembership(row: MembershipRow, roles: readonly MembershipRoleRow[]) {
  return {
    id: row.id,
    userId: row.userId,
    organizationId: row.organizationId,
    status: row.status,
    isPrimary: row.isPrimary,
    joinedAt: row.joinedAt,
    roles: roles
      .filter((role) => role.membershipId === row.id)
      .map((role) => ({ id: role.id, key: role.key, name: role.name })),
  };
}

export function toAdminInvitation(row: InvitationWithRole) {
  return {
    id: row.id,
    email: row.email,
    organizationId: row.organizationId,
    role: row.roleKey,
    expiresAt: row.expiresAt,
    usedAt: row.usedAt,
    usedBy: row.usedBy,
    createdAt: row.createdAt,
    createdBy: row.createdBy,
  };
}

export function toAdminAuditEvent(row: AuditEventRow) {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action,
    target: { type: row.targetType, id: row.targetId },
    data: parseObject(row.data),
  };
}
