/**
 * The JSON:API document of `GET /api/v1/me`, typed by hand: Roster's OpenAPI document declares
 * JSON:API attributes as open objects (they vary with sparse fieldsets and the profile schema),
 * so the generated types would leave them `unknown`. Every attribute is optional because a
 * sparse fieldset (`fields[person]=firstName`) leaves the others out.
 */

/** A pointer to a resource (JSON:API resource linkage). */
export interface ResourceIdentifier<T extends string = string> {
  type: T;
  id: string;
}

export interface ProfileSettings {
  portfolioVisible: boolean;
  isPublicProfile: boolean;
}

/** The built-in attributes of `person`; custom profile attributes appear beside them. */
export interface PersonAttributes {
  firstName: string | null;
  lastName: string | null;
  fullName: string | null;
  email: string | null;
  emailVerified: boolean;
  headline: string | null;
  linkedinUrl: string | null;
  phoneNumber: string | null;
  avatarUrl: string | null;
  birthDate: string | null;
  referralCode: string;
  profileType: string | null;
  onboardingCompletedAt: string | null;
  otpEnabled: boolean;
  otpRequiredForAdmin: boolean;
  unconfirmedEmail: string | null;
  pendingEmailChange: boolean;
  profileSettings: ProfileSettings;
  lastLoginAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface PersonRelationships {
  profile: { data: ResourceIdentifier<'profile'> };
  roles: { data: ResourceIdentifier<'role'>[] };
  permissions: { data: ResourceIdentifier<'permission'>[] };
  resourceRoleGrants: { data: ResourceIdentifier<'resourceRoleGrant'>[] };
  resourcePermissionGrants: { data: ResourceIdentifier<'resourcePermissionGrant'>[] };
  memberships: { data: ResourceIdentifier<'membership'>[] };
  currentOrganization: { data: ResourceIdentifier<'organization'> | null };
}

/** The attributes of each type a person document may include. */
export interface IncludedAttributes {
  profile: Pick<
    PersonAttributes,
    'headline' | 'linkedinUrl' | 'avatarUrl' | 'birthDate' | 'profileType' | 'profileSettings'
  >;
  role: {
    key: string;
    name: string;
    color: string | null;
    description: string | null;
    rank: number;
    scope: 'platform' | 'organization' | 'resource';
  };
  permission: { key: string; description: string | null };
  resourceRoleGrant: { resourceType: string; resourceId: string; grantedAt: string };
  resourcePermissionGrant: { resourceType: string; resourceId: string; grantedAt: string };
  membership: {
    status: 'active' | 'invited' | 'suspended';
    isPrimary: boolean;
    joinedAt: string;
    role: string | null;
    permissions: string[];
  };
  organization: {
    name: string;
    slug: string;
    description: string | null;
    logoUrl: string | null;
    status: 'active' | 'suspended' | 'archived';
    settings: Record<string, unknown>;
    createdAt: string;
    updatedAt: string;
  };
}

/** Any resource of `included`; narrow on `type` to get its attributes. */
export type IncludedResource = {
  [T in keyof IncludedAttributes]: {
    type: T;
    id: string;
    attributes?: Partial<IncludedAttributes[T]>;
    relationships?: Record<string, { data: ResourceIdentifier | ResourceIdentifier[] | null }>;
  };
}[keyof IncludedAttributes];

export interface PersonDocument<Custom extends object = Record<string, unknown>> {
  data: {
    type: 'person';
    id: string;
    attributes?: Partial<PersonAttributes> & Partial<Custom>;
    relationships?: Partial<PersonRelationships>;
    links?: { self: string };
  };
  /** Present exactly when `include` was given. */
  included?: IncludedResource[];
  meta: {
    currentPersonContext: { organizationId: string | null; role: string | null; permissions: string[] };
    auth: { issuer: string; subject: string; sessionId: string; expiresAt: string };
  };
}

/** The types `fields` may name, with the fields each accepts. */
export interface PersonFieldsets {
  person?: (keyof PersonAttributes | keyof PersonRelationships | (string & {}))[];
  profile?: (keyof IncludedAttributes['profile'])[];
  role?: (keyof IncludedAttributes['role'] | 'permissions')[];
  permission?: (keyof IncludedAttributes['permission'])[];
  resourceRoleGrant?: (keyof IncludedAttributes['resourceRoleGrant'] | 'role')[];
  resourcePermissionGrant?: (keyof IncludedAttributes['resourcePermissionGrant'] | 'permission')[];
  membership?: (keyof IncludedAttributes['membership'] | 'organization' | 'roles')[];
  organization?: (keyof IncludedAttributes['organization'])[];
}

/** Every include path `GET /api/v1/me` accepts. */
export type PersonIncludePath =
  | 'profile'
  | 'roles'
  | 'roles.permissions'
  | 'permissions'
  | 'resourceRoleGrants'
  | 'resourceRoleGrants.role'
  | 'resourceRoleGrants.role.permissions'
  | 'resourcePermissionGrants'
  | 'resourcePermissionGrants.permission'
  | 'memberships'
  | 'memberships.organization'
  | 'memberships.roles'
  | 'memberships.roles.permissions'
  | 'currentOrganization';
