import type { ProfileSchema } from '../../../domain/profile-schema.ts';
import { customAttributeJsonSchema, writableAttributeProperties } from '../../../domain/user-attributes.ts';
import { BODY_CHECKED_IN_DOMAIN } from '../../schema-compilers.ts';
import { notModifiedSchema, plainErrorSchema } from '../../schemas/common-schemas.ts';

const nullable = (type: string, extra: Record<string, unknown> = {}) => ({ type: [type, 'null'], ...extra });

const BUILT_IN = {
  id: { type: 'string', format: 'uuid' },
  email: nullable('string'),
  emailVerified: { type: 'boolean' },
  firstName: nullable('string'),
  lastName: nullable('string'),
  fullName: nullable('string'),
  avatarUrl: nullable('string'),
  phone: nullable('string'),
  birthDate: nullable('string', { format: 'date' }),
  role: nullable('string', { description: 'Key of the highest-ranked role in the current organization' }),
  tenantId: nullable('string', { description: 'The current organization' }),
  permissions: {
    type: 'array',
    items: { type: 'string' },
    description: "The current organization's permissions ∪ global permissions, sorted",
  },
  isPlatformAdmin: { type: 'boolean' },
  createdAt: { type: 'string', format: 'date-time' },
  updatedAt: { type: 'string', format: 'date-time' },
  lastLoginAt: nullable('string', { format: 'date-time' }),
} as const;

/** Schemas of the users-me routes; the custom attributes of the profile schema are declared too. */
export function usersMeSchemas(profileSchema: ProfileSchema) {
  const custom = Object.fromEntries(
    Object.entries(profileSchema.attributes).map(([name, definition]) => [name, customAttributeJsonSchema(definition)]),
  );
  const user = { type: 'object', properties: { ...custom, ...BUILT_IN }, required: Object.keys(BUILT_IN) };
  const ok = { type: 'object', properties: { data: user }, required: ['data'] };
  const editable = Object.entries(profileSchema.attributes)
    .filter(([, d]) => d.editable)
    .map(([name]) => name);
  const common = { tags: ['users-me'], security: [{ bearer: [] }] };
  return {
    get: {
      ...common,
      summary: "The caller's profile, role and permissions in the current organization",
      headers: { type: 'object', properties: { 'if-none-match': { type: 'string' } } },
      response: {
        200: ok,
        304: notModifiedSchema,
        401: plainErrorSchema,
        404: plainErrorSchema,
        409: plainErrorSchema,
        503: plainErrorSchema,
      },
    },
    patch: {
      ...common,
      summary: "Update the caller's own profile",
      description: `Any of firstName, lastName, avatarUrl, phone, birthDate, profileSettings${editable.length ? `, ${editable.join(', ')}` : ''}.`,
      body: {
        type: 'object',
        properties: writableAttributeProperties(profileSchema, 'self'),
        minProperties: 1,
        additionalProperties: false,
        [BODY_CHECKED_IN_DOMAIN]: true,
      },
      response: {
        200: ok,
        400: plainErrorSchema,
        401: plainErrorSchema,
        404: plainErrorSchema,
        409: plainErrorSchema,
        503: plainErrorSchema,
      },
    },
  };
}
