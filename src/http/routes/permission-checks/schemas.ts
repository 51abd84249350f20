import type { FromSchema } from 'json-schema-to-ts';
import { notModifiedSchema, plainErrorSchema } from '../../schemas/common-schemas.ts';

/** Most checks one request may carry. */
export const MAX_CHECKS = 100;

const uuid = {
  type: 'string',
  pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
} as const;
const text = { type: 'string', minLength: 1, maxLength: 1024 } as const;

const permission = {
  ...text,
  description: 'A permission key such as `projects:edit`; one that does not exist is simply not allowed',
};
const organizationId = { ...uuid, description: 'The organization asked about; omitted = the current organization' };

const check = {
  type: 'object',
  properties: {
    permission,
    organizationId,
    resource: {
      type: 'object',
      description: 'A resource; a grant on exactly this (type, id) counts',
      properties: { type: text, id: text },
      required: ['type', 'id'],
      additionalProperties: false,
    },
  },
  required: ['permission'],
  additionalProperties: false,
} as const;

const result = {
  type: 'object',
  properties: {
    allowed: { type: 'boolean' },
    source: {
      type: ['string', 'null'],
      enum: ['global', 'organization', 'resource', null],
      description: 'The first rule that allows it (global, then organization, then resource), or null',
    },
  },
  required: ['allowed', 'source'],
} as const;

const checksBody = {
  type: 'object',
  properties: { checks: { type: 'array', minItems: 1, maxItems: MAX_CHECKS, items: check } },
  required: ['checks'],
  additionalProperties: false,
} as const;

const resultsResponse = {
  type: 'object',
  properties: {
    data: {
      type: 'object',
      properties: { results: { type: 'array', items: result, description: 'One per check, in order' } },
      required: ['results'],
    },
  },
  required: ['data'],
} as const;

const errors = {
  400: plainErrorSchema,
  401: plainErrorSchema,
  404: plainErrorSchema,
  409: plainErrorSchema,
  503: plainErrorSchema,
} as const;
const rule =
  'Allowed when the permission is a global permission of the user; else one of their permissions in the ' +
  'organization (organizationId, else the current organization; only an active membership of an active ' +
  'organization counts); else, given a resource, when a resource grant on exactly that (type, id) gives it. ' +
  'Being a platform admin grants nothing by itself.';

export const checkManySchema = {
  tags: ['me'],
  summary: 'May the caller do these things? 1–100 checks, answered in order',
  description: rule,
  security: [{ bearer: [] }],
  body: checksBody,
  response: { 200: resultsResponse, ...errors, 413: plainErrorSchema, 415: plainErrorSchema },
} as const;

export const checkOneSchema = {
  tags: ['me'],
  summary: 'May the caller do this? One check',
  description: `${rule} resourceType and resourceId go together.`,
  security: [{ bearer: [] }],
  querystring: {
    type: 'object',
    properties: { permission, organizationId, resourceType: text, resourceId: text },
    required: ['permission'],
    additionalProperties: false,
  },
  response: {
    200: { type: 'object', properties: { data: result }, required: ['data'] },
    304: notModifiedSchema,
    ...errors,
  },
} as const;

/** The query of the single GET form. */
export type CheckOneQuery = FromSchema<typeof checkOneSchema.querystring>;

export const adminCheckSchema = {
  tags: ['admin'],
  summary: 'May this user do these things? The same checks for any user, without their token',
  description:
    `${rule} Without organizationId, the user's current organization across sessions ` +
    '(their latest choice, else the primary one).',
  security: [{ bearer: [] }],
  params: { type: 'object', properties: { id: { type: 'string', maxLength: 100 } }, required: ['id'] },
  body: checksBody,
  response: { 200: resultsResponse, ...errors, 403: plainErrorSchema, 413: plainErrorSchema, 415: plainErrorSchema },
} as const;
