const nullableString = { type: ['string', 'null'] } as const;

const authError = {
  type: 'object',
  properties: {
    success: { type: 'boolean', const: false },
    error: {
      type: 'object',
      properties: { message: { type: 'string' }, statusCode: { type: 'integer' }, code: { type: 'string' } },
      required: ['message', 'statusCode', 'code'],
    },
  },
  required: ['success', 'error'],
} as const;

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
  summary: 'The current user with platform standing and every active membership (seed 001)',
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
            'id', 'email', 'fullName', 'phone', 'avatar', 'emailVerified', 'lastLoginAt', 'createdAt',
            'isPlatformAdmin', 'globalPermissions', 'companies',
          ],
        },
      },
      required: ['success', 'data'],
    },
    304: { description: 'Not modified (If-None-Match matched the ETag)', type: 'null' },
    401: authError,
    404: authError,
    409: authError,
    503: authError,
  },
} as const;
