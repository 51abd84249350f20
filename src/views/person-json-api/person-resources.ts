import {
  currentMembership,
  isListedMembership,
  type MeSnapshot,
  type SnapshotMembership,
  type SnapshotOrganization,
  type SnapshotPermission,
  type SnapshotResourcePermissionGrant,
  type SnapshotResourceRoleGrant,
  type SnapshotRole,
  type SnapshotUser,
} from '../../domain/me-snapshot.ts';
import type { Resource } from '../json-api/resource.ts';
import { customAttributeValues, type ProfileSchema } from '../../domain/profile-schema.ts';
import { customAttributeNames } from './person-document-rules.ts';

/** What the public view of a person is made of: a subset of the snapshot's user. */
export type PublicPersonSource = Pick<
  SnapshotUser,
  | 'id'
  | 'firstName'
  | 'lastName'
  | 'fullName'
  | 'avatarUrl'
  | 'headline'
  | 'linkedinUrl'
  | 'profileSettings'
  | 'customAttributes'
  | 'createdAt'
  | 'updatedAt'
>;

/** The `person` resource of `/api/v1/me`: every attribute, and every relationship as linkage. */
export function ownerPersonResource(snapshot: MeSnapshot, schema: ProfileSchema): Resource {
  const { user } = snapshot;
  const current = currentMembership(snapshot);
  return {
    type: 'person',
    id: user.id,
    attributes: {
      firstName: user.firstName,
      lastName: user.lastName,
      fullName: user.fullName,
      email: user.email,
      emailVerified: user.emailVerified,
      headline: user.headline,
      linkedinUrl: user.linkedinUrl,
      phoneNumber: user.phone,
      avatarUrl: user.avatarUrl,
      birthDate: user.birthDate,
      referralCode: user.referralCode,
      profileType: user.profileType,
      onboardingCompletedAt: user.onboardingCompletedAt,
      otpEnabled: user.otpEnabled,
      otpRequiredForAdmin: user.otpRequiredForAdmin,
      unconfirmedEmail: user.unconfirmedEmail,
      pendingEmailChange: user.unconfirmedEmail !== null,
      profileSettings: { ...user.profileSettings },
      lastLoginAt: user.lastLoginAt,
      createdAt: user.createdAt,
      updatedAt: user.updatedAt,
      ...customAttributeValues(user.customAttributes, customAttributeNames(schema, 'owner')),
    },
    relationships: {
      profile: profileResource(user),
      roles: snapshot.platformRoles.map(roleResource),
      permissions: snapshot.globalPermissions.map(permissionResource),
      resourceRoleGrants: snapshot.resourceRoleGrants.map(resourceRoleGrantResource),
      resourcePermissionGrants: snapshot.resourcePermissionGrants.map(resourcePermissionGrantResource),
      memberships: snapshot.memberships.filter(isListedMembership).map(membershipResource),
      currentOrganization: current ? organizationResource(current.organization) : null,
    },
    links: { self: '/api/v1/me' },
  };
}

/** The `person` resource of `/api/v1/people/:id`: public attributes only, no relationships. */
export function publicPersonResource(person: PublicPersonSource, schema: ProfileSchema): Resource {
  return {
    type: 'person',
    id: person.id,
    attributes: {
      firstName: person.firstName,
      lastName: person.lastName,
      fullName: person.fullName,
      avatarUrl: person.avatarUrl,
      headline: person.headline,
      linkedinUrl: person.linkedinUrl,
      profileSettings: { ...person.profileSettings },
      createdAt: person.createdAt,
      updatedAt: person.updatedAt,
      ...customAttributeValues(person.customAttributes, customAttributeNames(schema, 'public')),
    },
    links: { self: `/api/v1/people/${encodeURIComponent(person.id)}` },
  };
}

/** The person's profile as its own resource; its id is the user's id (one profile per person). */
function profileResource(user: SnapshotUser): Resource {
  return {
    type: 'profile',
    id: user.id,
    attributes: {
      headline: user.headline,
      linkedinUrl: user.linkedinUrl,
      avatarUrl: user.avatarUrl,
      birthDate: user.birthDate,
      profileType: user.profileType,
      profileSettings: { ...user.profileSettings },
    },
  };
}

function roleResource(role: SnapshotRole): Resource {
  return {
    type: 'role',
    id: role.id,
    attributes: {
      key: role.key,
      name: role.name,
      color: role.color,
      description: role.description,
      rank: role.rank,
      scope: role.scope,
    },
    relationships: { permissions: role.permissions.map(permissionResource) },
  };
}

function permissionResource(permission: SnapshotPermission): Resource {
  return {
    type: 'permission',
    id: permission.id,
    attributes: { key: permission.key, description: permission.description },
  };
}

function resourceRoleGrantResource(grant: SnapshotResourceRoleGrant): Resource {
  return {
    type: 'resourceRoleGrant',
    id: grant.id,
    attributes: grantAttributes(grant),
    relationships: { role: roleResource(grant.role) },
  };
}

function resourcePermissionGrantResource(grant: SnapshotResourcePermissionGrant): Resource {
  return {
    type: 'resourcePermissionGrant',
    id: grant.id,
    attributes: grantAttributes(grant),
    relationships: { permission: permissionResource(grant.permission) },
  };
}

/** What both kinds of resource grant expose as attributes. */
function grantAttributes({
  resourceType,
  resourceId,
  grantedAt,
}: {
  resourceType: string;
  resourceId: string;
  grantedAt: string;
}) {
  return { resourceType, resourceId, grantedAt };
}

function membershipResource(membership: SnapshotMembership): Resource {
  return {
    type: 'membership',
    id: membership.id,
    attributes: {
      status: membership.status,
      isPrimary: membership.isPrimary,
      joinedAt: membership.joinedAt,
      role: membership.topRole?.key ?? null,
      permissions: [...membership.permissions],
    },
    relationships: {
      organization: organizationResource(membership.organization),
      roles: membership.roles.map(roleResource),
    },
  };
}

function organizationResource(organization: SnapshotOrganization): Resource {
  return {
    type: 'organization',
    id: organization.id,
    attributes: {
      name: organization.name,
      slug: organization.slug,
      description: organization.description,
      logoUrl: organization.logoUrl,
      status: organization.status,
      settings: { ...organization.settings },
      createdAt: organization.createdAt,
      updatedAt: organization.updatedAt,
    },
  };
}
