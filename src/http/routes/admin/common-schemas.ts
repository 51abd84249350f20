/** Schema pieces every admin route shares: security, error bodies, pages, ids. */
import { EMAIL_PATTERN } from '../../../domain/user-attributes.ts';
import { plainErrorSchema } from '../../schemas/common-schemas.ts';

export const UUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

export const nullable = <const T extends { type: string }>(schema: T) =>
  ({ ...schema, type: [schema.type, 'null'] }) as Omit<T, 'type'> & { readonly type: readonly [T['type'], 'null'] };

export const timestamp = { type: 'string', format: 'date-time' } as const;
export const anyObject = { type: 'object', additionalProperties: true } as const;
export const httpsUrl = { type: 'string', maxLength: 2048, pattern: '^https://[^\\s]+$', format: 'uri' } as const;
export const email = { type: 'string', pattern: EMAIL_PATTERN, maxLength: 320 } as const;
export const slug = { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', maxLength: 100 } as const;
/** The longest permission key, the longest path segment any route must accept. */
export const PERMISSION_KEY_MAX_LENGTH = 128;
export const permissionKey = {
  type: 'string',
  pattern: '^[a-z0-9_.-]+:[a-z0-9_.*-]+$',
  maxLength: PERMISSION_KEY_MAX_LENGTH,
  description: '`resource:action` — lower-case letters, digits, `_`, `.`, `-` on both sides; `*` too in the action',
} as const;
export const roleReference = { type: 'string', minLength: 1, maxLength: 100, description: 'a role id or key' } as const;

/** Common route metadata: the admin tag, bearer security and the error answers. */
export const adminRoute = {
  tags: ['admin'],
  security: [{ bearer: [] }],
} as const;

export const errorResponses = Object.fromEntries(
  [400, 401, 403, 404, 409, 413, 415, 503].map((status) => [status, plainErrorSchema]),
) as Record<400 | 401 | 403 | 404 | 409 | 413 | 415 | 503, typeof plainErrorSchema>;

export const noContent = { 204: { type: 'null', description: 'Done; no body' } } as const;

export const idParams = {
  type: 'object',
  properties: { id: { type: 'string', maxLength: 100 } },
  required: ['id'],
} as const;

/** `?limit=` (1–200, default 50) and `?cursor=`, plus the family's filters; nothing else. */
export function listQuery<const Filters extends Record<string, object> = Record<never, object>>(
  filters: Filters = {} as Filters,
) {
  return {
    type: 'object',
    properties: {
      limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
      cursor: { type: 'string', minLength: 1, maxLength: 1024 },
      ...filters,
    },
    additionalProperties: false,
  } as const;
}

export function dataOf<T extends object>(item: T) {
  return { type: 'object', properties: { data: item }, required: ['data'] } as const;
}

export function pageOf<T extends object>(item: T) {
  return {
    type: 'object',
    properties: { data: { type: 'array', items: item }, nextCursor: { type: ['string', 'null'] } },
    required: ['data', 'nextCursor'],
  } as const;
}

export interface ListQuery {
  limit: number;
  cursor?: string;
}
