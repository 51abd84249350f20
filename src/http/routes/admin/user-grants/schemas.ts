import {
  adminRoute,
  dataOf,
  errorResponses,
  noContent,
  permissionKey,
  roleReference,
  timestamp,
} from '../common-schemas.ts';

const roleSummary = {
  type: 'object',
  properties: { id: { type: 'string' }, key: { type: 'string' }, name: { type: 'string' } },
  required: ['id', 'key', 'name'],
} as const;

const userParams = {
  type: 'object',
  properties: { id: { type: 'string', maxLength: 100 } },
  required: ['id'],
} as const;
const params = <const Extra extends string>(extra: Extra) =>
  ({
    type: 'object',
    properties: { id: { type: 'string', maxLength: 100 }, [extra]: { type: 'string', maxLength: 200 } },
    required: ['id', extra],
  }) as {
    readonly type: 'object';
    readonly properties: { readonly id: { readonly type: 'string'; readonly maxLength: 100 } } & {
      readonly [Name in Extra]: { readonly type: 'string'; readonly maxLength: 200 };
    };
    readonly required: readonly ['id', Extra];
  };

export const putPlatformAdminSchema = {
  ...adminRoute,
  summary: 'Make the user a platform admin (idempotent)',
  params: userParams,
  response: { ...noContent, ...errorResponses },
} as const;
export const deletePlatformAdminSchema = {
  ...adminRoute,
  summary: "End the user's platform admin status (idempotent)",
  params: userParams,
  response: { ...noContent, ...errorResponses },
} as const;

export const grantPermissionSchema = {
  ...adminRoute,
  summary: 'Grant the user a global permission',
  params: userParams,
  body: { type: 'object', properties: { key: permissionKey }, required: ['key'], additionalProperties: false },
  response: {
    201: dataOf({
      type: 'object',
      properties: {
        id: { type: 'string' },
        userId: { type: 'string' },
        permission: { type: 'string' },
        grantedAt: timestamp,
      },
      required: ['id', 'userId', 'permission', 'grantedAt'],
    }),
    ...errorResponses,
  },
} as const;
export const revokePermissionSchema = {
  ...adminRoute,
  summary: 'Revoke a global permission',
  params: params('key'),
  response: { ...noContent, ...errorResponses },
} as const;

export const grantRoleSchema = {
  ...adminRoute,
  summary: 'Grant the user a platform role (scope platform, by id or key)',
  params: userParams,
  body: { type: 'object', properties: { role: roleReference }, required: ['role'], additionalProperties: false },
  response: {
    201: dataOf({
      type: 'object',
      properties: { id: { type: 'string' }, userId: { type: 'string' }, role: roleSummary, grantedAt: timestamp },
      required: ['id', 'userId', 'role', 'grantedAt'],
    }),
    ...errorResponses,
  },
} as const;
export const revokeRoleSchema = {
  ...adminRoute,
  summary: 'Revoke a platform role',
  params: params('roleId'),
  response: { ...noContent, ...errorResponses },
} as const;

const resourceText = { type: 'string', minLength: 1, maxLength: 200 } as const;
export const grantOnResourceSchema = {
  ...adminRoute,
  summary: 'Grant the user a role (scope resource) or a permission on one resource',
  params: userParams,
  body: {
    type: 'object',
    properties: {
      resourceType: resourceText,
      resourceId: resourceText,
      role: roleReference,
      permission: permissionKey,
    },
    required: ['resourceType', 'resourceId'],
    oneOf: [{ required: ['role'] }, { required: ['permission'] }],
    additionalProperties: false,
  },
  response: {
    201: dataOf({
      type: 'object',
      properties: {
        id: { type: 'string' },
        userId: { type: 'string' },
        resourceType: { type: 'string' },
        resourceId: { type: 'string' },
        role: { anyOf: [roleSummary, { type: 'null' }] },
        permission: { type: ['string', 'null'] },
        grantedAt: timestamp,
      },
      required: ['id', 'userId', 'resourceType', 'resourceId', 'role', 'permission', 'grantedAt'],
    }),
    ...errorResponses,
  },
} as const;
export const revokeOnResourceSchema = {
  ...adminRoute,
  summary: 'Revoke a resource grant',
  params: params('grantId'),
  response: { ...noContent, ...errorResponses },
} as const;
