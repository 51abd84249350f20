import {
  adminRoute,
  dataOf,
  errorResponses,
  idParams,
  listQuery,
  noContent,
  nullable,
  pageOf,
  permissionKey,
  timestamp,
  UUID_PATTERN,
} from '../common-schemas.ts';

const scope = { type: 'string', enum: ['platform', 'organization', 'resource'] } as const;

export const role = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    key: { type: 'string' },
    name: { type: 'string' },
    color: { type: ['string', 'null'] },
    description: { type: ['string', 'null'] },
    rank: { type: 'integer' },
    scope,
    organizationId: { type: ['string', 'null'] },
    permissions: { type: 'array', items: { type: 'string' } },
    createdAt: timestamp,
    updatedAt: timestamp,
  },
  required: [
    'id',
    'key',
    'name',
    'color',
    'description',
    'rank',
    'scope',
    'organizationId',
    'permissions',
    'createdAt',
    'updatedAt',
  ],
} as const;

const fields = {
  key: {
    type: 'string',
    pattern: '^[A-Za-z0-9][A-Za-z0-9_.:-]*$',
    maxLength: 64,
    description: 'letters, digits, `_ . : -`',
  },
  name: { type: 'string', minLength: 1, maxLength: 100 },
  color: nullable({ type: 'string', pattern: '^#[0-9A-Fa-f]{6}$' }),
  description: nullable({ type: 'string', maxLength: 2000 }),
  rank: { type: 'integer', minimum: -1000000, maximum: 1000000 },
  permissions: {
    type: 'array',
    items: permissionKey,
    maxItems: 500,
    uniqueItems: true,
    description: 'replaces the whole set',
  },
} as const;

export const createRoleSchema = {
  ...adminRoute,
  summary: 'Create a role',
  body: {
    type: 'object',
    properties: { ...fields, scope, organizationId: nullable({ type: 'string', pattern: UUID_PATTERN }) },
    required: ['key', 'name', 'scope'],
    additionalProperties: false,
  },
  response: { 201: dataOf(role), ...errorResponses },
} as const;

export const listRolesSchema = {
  ...adminRoute,
  summary: 'List roles (oldest first); filter by scope, or organizationId (`global` = roles of every organization)',
  querystring: listQuery({ scope, organizationId: { type: 'string', maxLength: 100 } }),
  response: { 200: pageOf(role), ...errorResponses },
} as const;

export const getRoleSchema = {
  ...adminRoute,
  summary: 'Get a role',
  params: idParams,
  response: { 200: dataOf(role), ...errorResponses },
} as const;

export const updateRoleSchema = {
  ...adminRoute,
  summary: 'Change a role (scope and organization are fixed; `permissions` replaces the set)',
  params: idParams,
  body: { type: 'object', properties: fields, minProperties: 1, additionalProperties: false },
  response: { 200: dataOf(role), ...errorResponses },
} as const;

export const deleteRoleSchema = {
  ...adminRoute,
  summary: 'Delete a role; it leaves every membership and grant holding it',
  params: idParams,
  response: { ...noContent, ...errorResponses },
} as const;
