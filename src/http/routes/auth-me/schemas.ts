import { authErrorSchema, notModifiedSchema, nullableString } from '../../schemas/common-schemas.ts';

const company = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    slug: { type: 'string' },
    logo: nullableString,
    status: { type: 'string', enum: ['ACTIVE', 'SUSPENDED'] },
    membershipId: { type: 'string' },
    membershipStatus: { type: 'string', enum: ['ACTIVE'] },
    roles: {
      type: 'array',
      items: {
        type: 'object',
        properties: { id: { type: 'string' }, name: { type: 'string' }, color: nullableString },
        required: ['id', 'name', 'color'],
      },
    },
    permissions: { type: 'array', items: { type: 'string' } },
  },
  required: ['id', 'name', 'slug', 'logo', 'status', 'membershipId', 'membershipStatus', 'roles', 'permissions'],
} as const;

export const authMeSchema = {
  tags: ['auth'],
  summary: 'The current user with platform standing and every active membership',
  security: [{ bearer: [] }],
  response: {
    200: {
      type: 'object',
      properties: {
        success: { type: 'boolean', const: true },
        data: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            email: nullableString,
            fullName: nullableString,
            phone: nullableString,
            avatar: nullableString,
            emailVerified: { type: 'boolean' },
            lastLoginAt: nullableString,
            createdAt: { type: 'string' },
            isPlatformAdmin: { type: 'boolean' },
            globalPermissions: {
              type: 'array',
              items: {
                type: 'object',
                properties: { key: { type: 'string' }, description: nullableString, grantedAt: { type: 'string' } },
                required: ['key', 'description', 'grantedAt'],
              },
            },
            companies: { type: 'array', items: company },
          },
          required: [
            'id',
            'email',
            'fullName',
            'phone',
            'avatar',
            'emailVerified',
            'lastLoginAt',
            'createdAt',
            'isPlatformAdmin',
            'globalPermissions',
            'companies',
          ],
        },
      },
      required: ['success', 'data'],
    },
    304: notModifiedSchema,
    401: authErrorSchema,
    404: authErrorSchema,
    409: authErrorSchema,
    503: authErrorSchema,
  },
} as const;
