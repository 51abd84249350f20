import type { ProfileSchema } from '../../domain/profile-schema.ts';
import type { DocumentQueryRules } from '../json-api/document-query.ts';

/** Built-in attributes everyone who may see a person sees (`/api/v1/people/:id`). */
export const PUBLIC_PERSON_ATTRIBUTES = [
  'firstName',
  'lastName',
  'fullName',
  'avatarUrl',
  'headline',
  'linkedinUrl',
  'profileSettings',
  'createdAt',
  'updatedAt',
] as const;

/** Built-in attributes only the person themself sees, on `/api/v1/me`. */
export const OWNER_ONLY_PERSON_ATTRIBUTES = [
  'email',
  'emailVerified',
  'phoneNumber',
  'birthDate',
  'referralCode',
  'profileType',
  'onboardingCompletedAt',
  'otpEnabled',
  'otpRequiredForAdmin',
  'unconfirmedEmail',
  'pendingEmailChange',
  'lastLoginAt',
] as const;

export const PERSON_RELATIONSHIPS = [
  'profile',
  'roles',
  'permissions',
  'resourceRoleGrants',
  'resourcePermissionGrants',
  'memberships',
  'currentOrganization',
] as const;

/** Every include path `/api/v1/me` accepts. */
export const ME_INCLUDE_PATHS = [
  'profile',
  'roles',
  'roles.permissions',
  'permissions',
  'resourceRoleGrants',
  'resourceRoleGrants.role',
  'resourceRoleGrants.role.permissions',
  'resourcePermissionGrants',
  'resourcePermissionGrants.permission',
  'memberships',
  'memberships.organization',
  'memberships.roles',
  'memberships.roles.permissions',
  'currentOrganization',
] as const;

/** Fields (attributes, then relationships) of every type but `person`, whose fields depend on the profile schema. */
export const RELATED_TYPE_FIELDS = {
  profile: ['headline', 'linkedinUrl', 'avatarUrl', 'birthDate', 'profileType', 'profileSettings'],
  role: ['key', 'name', 'color', 'description', 'rank', 'scope', 'permissions'],
  permission: ['key', 'description'],
  resourceRoleGrant: ['resourceType', 'resourceId', 'grantedAt', 'role'],
  resourcePermissionGrant: ['resourceType', 'resourceId', 'grantedAt', 'permission'],
  membership: ['status', 'isPrimary', 'joinedAt', 'role', 'permissions', 'organization', 'roles'],
  organization: ['name', 'slug', 'description', 'logoUrl', 'status', 'settings', 'createdAt', 'updatedAt'],
} as const satisfies Record<string, readonly string[]>;

/** `fields[people]` means `fields[person]` (clients write it so). */
export const PERSON_TYPE_ALIASES = { people: 'person' } as const;

/** What `GET /api/v1/me` accepts: every include path, fieldsets for every type. */
export function meDocumentRules(schema: ProfileSchema): DocumentQueryRules {
  return {
    includePaths: ME_INCLUDE_PATHS,
    aliases: PERSON_TYPE_ALIASES,
    fieldsByType: {
      person: [
        ...PUBLIC_PERSON_ATTRIBUTES,
        ...OWNER_ONLY_PERSON_ATTRIBUTES,
        ...customAttributeNames(schema, 'owner'),
        ...PERSON_RELATIONSHIPS,
      ],
      ...RELATED_TYPE_FIELDS,
    },
  };
}

/** What `GET /api/v1/people/:id` accepts: no include, and `fields[person]` naming public attributes only. */
export function publicPersonDocumentRules(schema: ProfileSchema): DocumentQueryRules {
  return {
    aliases: PERSON_TYPE_ALIASES,
    fieldsByType: { person: [...PUBLIC_PERSON_ATTRIBUTES, ...customAttributeNames(schema, 'public')] },
  };
}

/**
 * The custom attributes a viewer sees, in the schema's order: every one for the `owner` view,
 * only `visibility: "public"` ones for the `public` view.
 */
export function customAttributeNames(schema: ProfileSchema, view: 'owner' | 'public'): string[] {
  return Object.entries(schema.attributes)
    .filter(([, definition]) => view === 'owner' || definition.visibility === 'public')
    .map(([name]) => name);
}
