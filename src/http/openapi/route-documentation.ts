import { JSON_API_MEDIA_TYPE } from '../../views/json-api/content-negotiation.ts';
import type { ErrorFamily } from '../errors.ts';
import { jsonApiErrorsSchema } from '../routes/json-api/schemas.ts';
import { authErrorSchema, plainErrorSchema } from '../schemas/common-schemas.ts';
import { BODY_EXAMPLES } from './body-examples.ts';

type Schema = Record<string, unknown>;

/**
 * Documentation-only parts of a route schema, under the key `documentation`: Fastify does not
 * read them (so they never validate a request), the OpenAPI document does. For routes whose
 * parser is their own (JSON:API query parameters and request documents).
 */
export interface RouteDocumentation {
  querystring?: Schema;
  body?: Schema;
}

const ERROR_SCHEMAS: Record<ErrorFamily, Schema> = {
  'json-api': jsonApiErrorsSchema,
  auth: authErrorSchema,
  plain: plainErrorSchema,
};

const DESCRIPTIONS: Record<string, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  304: 'Not Modified: the If-None-Match ETag still matches',
  400: 'ValidationFailed or InvalidParameter: the request is not valid (details say where)',
  401: 'MissingToken or InvalidToken: no bearer token, or one that fails verification',
  403: 'Forbidden or NotAMember: the caller may not do this',
  404: 'NotFound or UserNotFound',
  406: 'NotAcceptable: the Accept header excludes the media type',
  409: 'Conflict, IdentityConflict or EmailNotVerified',
  413: 'PayloadTooLarge: the body is over 64 KiB',
  415: 'UnsupportedMediaType: the body is not JSON',
  429: 'RateLimited: too many requests; retry after Retry-After seconds',
  500: 'Internal: an unexpected failure (no detail is given)',
  503: 'Unavailable: the database or the identity provider cannot be reached; retry after Retry-After seconds',
};

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/** The statuses a route of this family, method and path can answer besides its successes. */
function errorStatuses(method: string, url: string, family: ErrorFamily, authenticated: boolean): number[] {
  if (!authenticated) return [500];
  const statuses = [400, 401, 429, 500, 503];
  if (BODY_METHODS.has(method)) statuses.push(413, 415);
  if (url.startsWith('/api/admin/')) {
    statuses.push(403);
    if (url.includes(':') || method === 'POST') statuses.push(404);
    if (WRITE_METHODS.has(method)) statuses.push(409);
  } else {
    // Every /me route provisions the caller on first sight: unknown user (provisioning off) or a conflicting identity.
    statuses.push(404, 409);
  }
  if (family === 'json-api') statuses.push(406);
  return statuses;
}

/**
 * The error family of a documented path, for a caller that does not pass the route's own (the
 * app passes `errorFamily` from the route's config; requests never read this).
 */
function familyOfDocumentedUrl(url: string): ErrorFamily {
  return defaultTagOf(url) === 'json-api' ? 'json-api' : defaultTagOf(url) === 'auth' ? 'auth' : 'plain';
}

/** The tag of a route that names none: its family. */
function defaultTagOf(url: string): string {
  if (url.startsWith('/api/admin/')) return 'admin';
  if (url.startsWith('/api/v1/')) return 'json-api';
  if (url.startsWith('/api/auth/')) return 'auth';
  if (url.startsWith('/api/users/')) return 'users-me';
  if (url.startsWith('/api/me/')) return 'me';
  const segment = /^\/api\/([a-z-]+)/.exec(url)?.[1];
  return segment ?? 'operations';
}

/** `GET /api/admin/organizations/:id/members` → `getApiAdminOrganizationsByIdMembers`. */
export function operationIdOf(method: string, url: string): string {
  const words = url
    .split('/')
    .filter(Boolean)
    .map((segment) => (segment.startsWith(':') ? `by-${segment.slice(1)}` : segment))
    .flatMap((segment) => segment.split(/[^A-Za-z0-9]+/))
    .filter(Boolean);
  return [method.toLowerCase(), ...words.map((word) => word[0]!.toUpperCase() + word.slice(1))].join('');
}

/**
 * The OpenAPI view of one route's schema (the `transform` of @fastify/swagger; the route's own
 * schema, used for validation and serialization, is left untouched): an operationId, every error
 * status the route's family can answer with that family's error body, descriptions instead of
 * "Default Response", the JSON:API media type under /api/v1, If-None-Match on conditional GETs,
 * the documentation-only query parameters and request bodies of {@link RouteDocumentation}, and
 * the example bodies of {@link BODY_EXAMPLES}.
 */
export function documentRoute(
  method: string,
  url: string,
  schema: Schema | undefined,
  family: ErrorFamily = familyOfDocumentedUrl(url),
): Schema {
  const { documentation, ...rest } = (schema ?? {}) as Schema & { documentation?: RouteDocumentation };
  const documented: Schema = {
    ...rest,
    operationId: rest.operationId ?? operationIdOf(method, url),
    tags: rest.tags ?? [defaultTagOf(url)],
  };
  if (documentation?.querystring) documented.querystring = documentation.querystring;
  if (documentation?.body) documented.body = documentation.body;
  const example = BODY_EXAMPLES[`${method} ${url}`];
  if (example && documented.body) documented.body = { ...(documented.body as Schema), example };
  if (family === 'json-api') {
    documented.produces = [JSON_API_MEDIA_TYPE];
    documented.consumes = [JSON_API_MEDIA_TYPE];
  }
  const response: Record<string, Schema> = {};
  for (const [status, body] of Object.entries((rest.response as Record<string, Schema> | undefined) ?? {})) {
    const described = body.description || !DESCRIPTIONS[status];
    response[status] = described ? body : { ...body, description: DESCRIPTIONS[status] };
  }
  const authenticated = url.startsWith('/api/') || (Array.isArray(rest.security) && rest.security.length > 0);
  for (const status of errorStatuses(method, url, family, authenticated)) {
    response[status] ??= { ...ERROR_SCHEMAS[family], description: DESCRIPTIONS[status] };
  }
  documented.response = response;
  if (method === 'GET' && response['304']) {
    const headers = (rest.headers as Schema | undefined) ?? { type: 'object', properties: {} };
    documented.headers = {
      ...headers,
      properties: {
        ...(headers.properties as Schema),
        'if-none-match': { type: 'string', description: 'The ETag of the copy the client holds: 304 when unchanged' },
      },
    };
  }
  return documented;
}
