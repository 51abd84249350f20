import { ME_INCLUDE_PATHS } from '../../../views/person-json-api/person-document-rules.ts';
import { notModifiedSchema } from '../../schemas/common-schemas.ts';

/** A JSON object the schema documents but does not constrain (attributes vary with the profile schema and fieldsets). */
const open = (description: string) => ({ type: 'object', additionalProperties: true, description });

const resourceObject = {
  type: 'object',
  properties: {
    type: { type: 'string' },
    id: { type: 'string' },
    attributes: open('The fields of the resource (sparse fieldsets apply)'),
    relationships: open('Resource linkage: { data: { type, id } | null | [{ type, id }] } per relationship'),
    links: open('links.self'),
  },
  required: ['type', 'id'],
  additionalProperties: true,
};

const document = {
  type: 'object',
  properties: {
    data: resourceObject,
    included: { type: 'array', items: resourceObject, description: 'Present exactly when include was given; each resource once' },
    meta: open('currentPersonContext { organizationId, role, permissions } and auth { issuer, subject, sessionId, expiresAt }'),
  },
  required: ['data'],
  additionalProperties: true,
};

const errors = {
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
const failures = { 400: errors, 401: errors, 404: errors, 406: errors, 409: errors, 503: errors };
const queryDescription =
  `Query: include (comma list of ${ME_INCLUDE_PATHS.join(', ')}) and fields[TYPE] for person (alias people), profile, role, ` +
  'permission, resourceRoleGrant, resourcePermissionGrant, membership, organization. Any other parameter is a 400.';

/** Schemas of the `/api/v1` routes: documentation and response statuses; requests are checked by the JSON:API module. */
export const jsonApiSchemas = {
  getMe: {
    ...common,
    summary: "The caller's person document (JSON:API 1.1)",
    description: queryDescription,
    response: { 200: document, 304: notModifiedSchema, ...failures },
  },
  patchMe: {
    ...common,
    summary: "Change the caller's profile: { data: { type: 'person', id, attributes } }",
    description: `Same rules as PATCH /api/users/me, with phoneNumber for phone. ${queryDescription}`,
    response: { 200: document, ...failures, 413: errors, 415: errors },
  },
  getPerson: {
    ...common,
    summary: "Someone's public profile: visible to themself, to all when isPublicProfile, to members of a shared active organization; else 404",
    description: 'Query: fields[person] (alias fields[people]) naming public attributes only. include is a 400.',
    response: { 200: document, 304: notModifiedSchema, ...failures },
  },
};
