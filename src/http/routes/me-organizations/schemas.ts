import { notModifiedSchema, nullableString, plainErrorSchema } from '../../schemas/common-schemas.ts';

const getErrors = {
  401: plainErrorSchema,
  404: plainErrorSchema,
  409: plainErrorSchema,
  503: plainErrorSchema,
} as const;
const organizationItem = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    description: nullableString,
    logoUrl: nullableString,
    status: { type: 'string', enum: ['active', 'suspended'] },
    userRole: nullableString,
    isPrimary: { type: 'boolean' },
    joinedAt: { type: 'string' },
    createdAt: { type: 'string' },
    updatedAt: { type: 'string' },
  },
  required: [
    'id',
    'name',
    'description',
    'logoUrl',
    'status',
    'userRole',
    'isPrimary',
    'joinedAt',
    'createdAt',
    'updatedAt',
  ],
} as const;

export const organizationsSchema = {
  tags: ['me'],
  summary: "The caller's active memberships and the session's current organization",
  security: [{ bearer: [] }],
  response: {
    200: {
      type: 'object',
      properties: {
        data: {
          type: 'object',
          properties: {
            organizations: { type: 'array', items: organizationItem },
            currentOrganizationId: nullableString,
          },
          required: ['organizations', 'currentOrganizationId'],
        },
      },
      required: ['data'],
    },
    304: notModifiedSchema,
    ...getErrors,
  },
} as const;

export const currentOrganizationSchema = {
  tags: ['me'],
  summary: "The session's current organization in full, or null",
  security: [{ bearer: [] }],
  response: {
    200: {
      type: 'object',
      properties: {
        data: {
          type: ['object', 'null'],
          properties: {
            id: { type: 'string' },
            name: { type: 'string' },
            description: nullableString,
            logoUrl: nullableString,
            status: { type: 'string', enum: ['active'] },
            settings: { type: 'object', additionalProperties: true },
            createdAt: { type: 'string' },
            updatedAt: { type: 'string' },
            userRole: nullableString,
          },
          required: [
            'id',
            'name',
            'description',
            'logoUrl',
            'status',
            'settings',
            'createdAt',
            'updatedAt',
            'userRole',
          ],
        },
      },
      required: ['data'],
    },
    304: notModifiedSchema,
    ...getErrors,
  },
} as const;

export const switchOrganizationSchema = {
  tags: ['me'],
  summary: 'Makes an organization the current one for this session',
  security: [{ bearer: [] }],
  body: {
    type: 'object',
    properties: {
      organizationId: {
        type: 'string',
        pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        description: 'A UUID',
      },
    },
    required: ['organizationId'],
    additionalProperties: false,
  },
  response: {
    200: {
      type: 'object',
      properties: {
        data: {
          type: 'object',
          properties: { currentOrganizationId: { type: 'string' }, role: nullableString },
          required: ['currentOrganizationId', 'role'],
        },
      },
      required: ['data'],
    },
    400: plainErrorSchema,
    403: plainErrorSchema,
    413: plainErrorSchema,
    415: plainErrorSchema,
    ...getErrors,
  },
} as const;
