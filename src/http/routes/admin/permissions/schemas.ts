import {
  adminRoute,
  dataOf,
  errorResponses,
  listQuery,
  noContent,
  nullable,
  pageOf,
  permissionKey,
  timestamp,
} from '../common-schemas.ts';

export const permission = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    key: { type: 'string' },
    description: { type: ['string', 'null'] },
    createdAt: timestamp,
    updatedAt: timestamp,
  },
  required: ['id', 'key', 'description', 'createdAt', 'updatedAt'],
} as const;

const keyParams = {
  type: 'object',
  properties: { key: { type: 'string', maxLength: 200 } },
  required: ['key'],
} as const;
const description = nullable({ type: 'string', maxLength: 2000 });

export const createPermissionSchema = {
  ...adminRoute,
  summary: 'Create a permission',
  body: {
    type: 'object',
    properties: { key: permissionKey, description },
    required: ['key'],
    additionalProperties: false,
  },
  response: { 201: dataOf(permission), ...errorResponses },
} as const;

export const listPermissionsSchema = {
  ...adminRoute,
  summary: 'List permissions (by key)',
  querystring: listQuery(),
  response: { 200: pageOf(permission), ...errorResponses },
} as const;

export const getPermissionSchema = {
  ...adminRoute,
  summary: 'Get a permission by key',
  params: keyParams,
  response: { 200: dataOf(permission), ...errorResponses },
} as const;

export const updatePermissionSchema = {
  ...adminRoute,
  summary: "Change a permission's description (the key is fixed)",
  params: keyParams,
  body: { type: 'object', properties: { description }, required: ['description'], additionalProperties: false },
  response: { 200: dataOf(permission), ...errorResponses },
} as const;

export const deletePermissionSchema = {
  ...adminRoute,
  summary: 'Delete a permission; every role and grant holding it loses it',
  params: keyParams,
  response: { ...noContent, ...errorResponses },
} as const;
