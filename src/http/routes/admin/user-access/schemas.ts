import { adminRoute, dataOf, errorResponses, idParams, timestamp } from '../common-schemas.ts';

const nullableString = { type: ['string', 'null'] } as const;
const stringList = { type: 'array', items: { type: 'string' } } as const;

const roleProperties = {
  id: { type: 'string' },
  key: { type: 'string' },
  name: { type: 'string' },
  color: nullableString,
  rank: { type: 'integer' },
} as const;
const role = { type: 'object', properties: roleProperties, required: ['id', 'key', 'name', 'color', 'rank'] } as const;

const grantBase = {
  id: { type: 'string' },
  resourceType: { type: 'string' },
  resourceId: { type: 'string' },
  grantedAt: timestamp,
} as const;

const access = {
  type: 'object',
  properties: {
    userId: { type: 'string', format: 'uuid' },
    email: nullableString,
    fullName: nullableString,
    isPlatformAdmin: { type: 'boolean' },
    currentOrganizationId: nullableString,
    organizations: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          name: { type: 'string' },
          slug: { type: 'string' },
          status: { type: 'string', enum: ['active', 'suspended', 'archived'] },
          membershipId: { type: 'string' },
          membershipStatus: { type: 'string', enum: ['active', 'invited', 'suspended'] },
          isPrimary: { type: 'boolean' },
          isCurrent: { type: 'boolean' },
          roles: { type: 'array', items: role },
          permissions: stringList,
        },
        required: [
          'id',
          'name',
          'slug',
          'status',
          'membershipId',
          'membershipStatus',
          'isPrimary',
          'isCurrent',
          'roles',
          'permissions',
        ],
      },
    },
    globalPermissions: {
      type: 'array',
      items: {
        type: 'object',
        properties: { key: { type: 'string' }, description: nullableString, grantedAt: timestamp },
        required: ['key', 'description', 'grantedAt'],
      },
    },
    platformRoles: {
      type: 'array',
      items: {
        type: 'object',
        properties: { ...roleProperties, permissions: stringList },
        required: [...role.required, 'permissions'],
      },
    },
    resourceRoleGrants: {
      type: 'array',
      items: {
        type: 'object',
        properties: { ...grantBase, role, permissions: stringList },
        required: ['id', 'resourceType', 'resourceId', 'grantedAt', 'role', 'permissions'],
      },
    },
    resourcePermissionGrants: {
      type: 'array',
      items: {
        type: 'object',
        properties: { ...grantBase, permission: { type: 'string' } },
        required: ['id', 'resourceType', 'resourceId', 'grantedAt', 'permission'],
      },
    },
  },
  required: [
    'userId',
    'email',
    'fullName',
    'isPlatformAdmin',
    'currentOrganizationId',
    'organizations',
    'globalPermissions',
    'platformRoles',
    'resourceRoleGrants',
    'resourcePermissionGrants',
  ],
} as const;

export const userAccessSchema = {
  ...adminRoute,
  summary: "A user's effective access: memberships with roles and permissions, global and resource grants",
  description:
    "Rendered from the same cached snapshot as the user's own `/me` requests, resolved across sessions " +
    '(the current organization is their latest choice anywhere, else the primary one). Unknown user: 404.',
  params: idParams,
  response: { 200: dataOf(access), ...errorResponses },
} as const;
