import {
  adminRoute,
  dataOf,
  email,
  errorResponses,
  idParams,
  listQuery,
  noContent,
  pageOf,
  roleReference,
  timestamp,
  UUID_PATTERN,
} from '../common-schemas.ts';

const status = { type: 'string', enum: ['active', 'invited', 'suspended'] } as const;

export const membership = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    userId: { type: 'string' },
    organizationId: { type: 'string' },
    status,
    isPrimary: { type: 'boolean' },
    joinedAt: timestamp,
    roles: {
      type: 'array',
      items: {
        type: 'object',
        properties: { id: { type: 'string' }, key: { type: 'string' }, name: { type: 'string' } },
        required: ['id', 'key', 'name'],
      },
    },
  },
  required: ['id', 'userId', 'organizationId', 'status', 'isPrimary', 'joinedAt', 'roles'],
} as const;

const roles = {
  type: 'array',
  items: roleReference,
  maxItems: 50,
  description: 'role ids or keys (scope organization); replaces the set',
} as const;

export const addMemberSchema = {
  ...adminRoute,
  summary: 'Add a user (by userId or email) to the organization',
  params: idParams,
  body: {
    type: 'object',
    properties: {
      userId: { type: 'string', pattern: UUID_PATTERN },
      email,
      roles,
      status,
      isPrimary: { type: 'boolean' },
    },
    oneOf: [{ required: ['userId'] }, { required: ['email'] }],
    additionalProperties: false,
  },
  response: { 201: dataOf(membership), ...errorResponses },
} as const;

export const listMembersSchema = {
  ...adminRoute,
  summary: "List the organization's memberships (oldest first)",
  params: idParams,
  querystring: listQuery(),
  response: { 200: pageOf(membership), ...errorResponses },
} as const;

export const getMembershipSchema = {
  ...adminRoute,
  summary: 'Get a membership',
  params: idParams,
  response: { 200: dataOf(membership), ...errorResponses },
} as const;

export const updateMembershipSchema = {
  ...adminRoute,
  summary: 'Change a membership (status, isPrimary, roles)',
  params: idParams,
  body: {
    type: 'object',
    properties: { roles, status, isPrimary: { type: 'boolean' } },
    minProperties: 1,
    additionalProperties: false,
  },
  response: { 200: dataOf(membership), ...errorResponses },
} as const;

export const deleteMembershipSchema = {
  ...adminRoute,
  summary: 'Remove a membership',
  params: idParams,
  response: { ...noContent, ...errorResponses },
} as const;
