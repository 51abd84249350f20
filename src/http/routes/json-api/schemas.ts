import { ME_INCLUDE_PATHS } from '../../../views/person-json-api/person-document-rules.ts';
import { notModifiedSchema } from '../../schemas/common-schemas.ts';

/** A JSON object the schema documents but does not constrain. */
const open = (description: string) => ({ type: 'object', additionalProperties: true, description });
const text = { type: ['string', 'null'] } as const;
const dateTime = { type: 'string', format: 'date-time' } as const;
const linkage = {
  type: 'object',
  properties: { type: { type: 'string' }, id: { type: 'string' } },
  required: ['type', 'id'],
} as const;
const toOne = {
  type: 'object',
  properties: { data: { anyOf: [linkage, { type: 'null' }] } },
  required: ['data'],
} as const;
const toMany = { type: 'object', properties: { data: { type: 'array', items: linkage } }, required: ['data'] } as const;
const profileSettings = {
  type: 'object',
  properties: { portfolioVisible: { type: 'boolean' }, isPublicProfile: { type: 'boolean' } },
  additionalProperties: true,
} as const;

/**
 * A person's attributes: all of them on /api/v1/me, the public ones on /api/v1/people/:id, only
 * those named by fields[person] when given — so none is required. Custom attributes of the
 * profile schema come on top (additionalProperties).
 */
const personAttributes = {
  type: 'object',
  properties: {
    firstName: text,
    lastName: text,
    fullName: text,
    email: text,
    emailVerified: { type: 'boolean' },
    headline: text,
    linkedinUrl: text,
    phoneNumber: text,
    avatarUrl: text,
    birthDate: { ...text, description: 'YYYY-MM-DD' },
    referralCode: { type: 'string' },
    profileType: text,
    onboardingCompletedAt: text,
    otpEnabled: { type: 'boolean' },
    otpRequiredForAdmin: { type: 'boolean' },
    unconfirmedEmail: text,
    pendingEmailChange: { type: 'boolean' },
    profileSettings,
    lastLoginAt: text,
    createdAt: dateTime,
    updatedAt: dateTime,
  },
  additionalProperties: true,
} as const;

type PersonAttribute = keyof typeof personAttributes.properties;

const PUBLIC_ATTRIBUTES = [
  'firstName',
  'lastName',
  'fullName',
  'avatarUrl',
  'headline',
  'linkedinUrl',
  'profileSettings',
  'createdAt',
  'updatedAt',
];

/** The public attributes of /api/v1/people/:id, in the order they are sent. */
const publicPersonAttributes = {
  ...personAttributes,
  properties: Object.fromEntries(
    PUBLIC_ATTRIBUTES.map((name) => [name, personAttributes.properties[name as PersonAttribute]]),
  ),
};

const personRelationships = {
  type: 'object',
  properties: {
    profile: toOne,
    roles: { ...toMany, description: 'Platform roles' },
    permissions: { ...toMany, description: 'Global permissions' },
    resourceRoleGrants: toMany,
    resourcePermissionGrants: toMany,
    memberships: { ...toMany, description: 'Active and suspended memberships' },
    currentOrganization: toOne,
  },
  additionalProperties: true,
} as const;

const person = {
  type: 'object',
  properties: {
    type: { type: 'string', const: 'person' },
    id: { type: 'string', format: 'uuid' },
    attributes: personAttributes,
    relationships: personRelationships,
    links: { type: 'object', properties: { self: { type: 'string' } }, additionalProperties: true },
  },
  required: ['type', 'id'],
  additionalProperties: true,
} as const;

const INCLUDED_TYPES = [
  'profile',
  'role',
  'permission',
  'resourceRoleGrant',
  'resourcePermissionGrant',
  'membership',
  'organization',
];

/** Any included resource: a profile, role, permission, grant, membership or organization. */
const includedResource = {
  type: 'object',
  properties: {
    type: { type: 'string', enum: INCLUDED_TYPES },
    id: { type: 'string' },
    attributes: open('The fields of the resource (sparse fieldsets apply); see docs/json-api.md for each type'),
    relationships: open('Resource linkage per relationship: { data: { type, id } | null | [{ type, id }] }'),
  },
  required: ['type', 'id'],
  additionalProperties: true,
} as const;

const meta = {
  type: 'object',
  properties: {
    currentPersonContext: {
      type: 'object',
      properties: {
        organizationId: { ...text, description: 'The current organization of this session, or null' },
        role: { ...text, description: 'Key of the top role there' },
        permissions: {
          type: 'array',
          items: { type: 'string' },
          description: 'Permissions there and global ones, sorted',
        },
      },
      required: ['organizationId', 'role', 'permissions'],
    },
    auth: {
      type: 'object',
      properties: { issuer: { type: 'string' }, subject: { type: 'string' }, sessionId: text, expiresAt: dateTime },
      required: ['issuer', 'subject', 'sessionId', 'expiresAt'],
    },
  },
  additionalProperties: true,
} as const;

const documentOf = (data: object) => ({
  type: 'object',
  properties: {
    data,
    included: {
      type: 'array',
      items: includedResource,
      description: 'Present exactly when include was given; each resource once',
    },
    meta,
  },
  required: ['data'],
  additionalProperties: true,
});
const document = documentOf(person);
const publicPerson = {
  ...person,
  properties: {
    type: person.properties.type,
    id: person.properties.id,
    attributes: publicPersonAttributes,
    links: person.properties.links,
  },
};

/** The request body of PATCH /api/v1/me: only the attributes to change. */
export const personUpdateDocument = {
  type: 'object',
  properties: {
    data: {
      type: 'object',
      properties: {
        type: { type: 'string', const: 'person' },
        id: { type: 'string', format: 'uuid', description: "The caller's own id" },
        attributes: {
          type: 'object',
          properties: Object.fromEntries(
            ['firstName', 'lastName', 'phoneNumber', 'avatarUrl', 'birthDate', 'profileSettings'].map((name) => [
              name,
              personAttributes.properties[name as keyof typeof personAttributes.properties],
            ]),
          ),
          additionalProperties: true,
          description: 'The attributes to change: these built-in ones and the editable custom ones; null clears one',
        },
      },
      required: ['type', 'id', 'attributes'],
    },
  },
  required: ['data'],
} as const;

/** The JSON:API error document of every `/api/v1` failure. */
export const jsonApiErrorsSchema = {
  type: 'object',
  properties: {
    errors: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          status: { type: 'string' },
          code: { type: 'string' },
          title: { type: 'string' },
          detail: { type: 'string' },
          source: open('{ pointer } into the request body or { parameter } of the query'),
          requiresLogin: { type: 'boolean', description: 'true on every 401: send the user through sign-in again' },
        },
        required: ['status', 'code', 'title', 'detail'],
      },
    },
  },
  required: ['errors'],
};

const common = { tags: ['json-api'], security: [{ bearer: [] }] };

const FIELDSET_TYPES = ['person', 'people', ...INCLUDED_TYPES];
const fieldset = (type: string) => [
  `fields[${type}]`,
  { type: 'string', description: `Sparse fieldset: comma-separated fields of ${type} to return (empty = none)` },
];
const meQuery = {
  type: 'object',
  properties: {
    include: {
      type: 'string',
      description: `Comma-separated relationship paths to include: ${ME_INCLUDE_PATHS.join(', ')}`,
      examples: ['memberships.organization,memberships.roles'],
    },
    ...Object.fromEntries(FIELDSET_TYPES.map(fieldset)),
  },
} as const;
const personQuery = { type: 'object', properties: Object.fromEntries(['person', 'people'].map(fieldset)) } as const;
const failures = Object.fromEntries([400, 401, 404, 406, 409, 503].map((status) => [status, jsonApiErrorsSchema]));
const queryDescription =
  `Query: include (comma list of ${ME_INCLUDE_PATHS.join(', ')}) and fields[TYPE] for person (alias people), profile, role, ` +
  'permission, resourceRoleGrant, resourcePermissionGrant, membership, organization. Any other parameter is a 400.';

/**
 * Schemas of the `/api/v1` routes: documentation and response statuses; requests are checked by the JSON:API module.
 */
export const jsonApiSchemas = {
  getMe: {
    ...common,
    summary: "The caller's person document (JSON:API 1.1)",
    description: queryDescription,
    documentation: { querystring: meQuery },
    response: { 200: document, 304: notModifiedSchema, ...failures },
  },
  patchMe: {
    ...common,
    summary: "Change the caller's profile",
    description: `Same rules as PATCH /api/users/me, with phoneNumber for phone. ${queryDescription}`,
    documentation: { querystring: meQuery, body: personUpdateDocument },
    response: { 200: document, ...failures, 413: jsonApiErrorsSchema, 415: jsonApiErrorsSchema },
  },
  getPerson: {
    ...common,
    summary: "Someone's public profile",
    description:
      'Visible to themself, to everyone when isPublicProfile, to members of a shared active organization; else 404. ' +
      'Query: fields[person] (alias fields[people]) naming public attributes only. include is a 400.',
    documentation: { querystring: personQuery },
    response: { 200: documentOf(publicPerson), 304: notModifiedSchema, ...failures },
  },
};
