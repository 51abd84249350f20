import type { ProfileSchema } from '../../../../domain/profile-schema.ts';
import { customAttributeJsonSchema, writableAttributeProperties } from '../../../../domain/user-attributes.ts';
import { BODY_CHECKED_IN_DOMAIN } from '../../../schema-compilers.ts';
import {
  adminRoute,
  dataOf,
  errorResponses,
  idParams,
  listQuery,
  noContent,
  pageOf,
  timestamp,
} from '../common-schemas.ts';

const nullableString = { type: ['string', 'null'] } as const;

const BUILT_IN = {
  id: { type: 'string', format: 'uuid' },
  email: nullableString,
  emailVerified: { type: 'boolean' },
  firstName: nullableString,
  lastName: nullableString,
  fullName: nullableString,
  phone: nullableString,
  avatarUrl: nullableString,
  birthDate: nullableString,
  headline: nullableString,
  linkedinUrl: nullableString,
  referralCode: { type: 'string' },
  profileType: nullableString,
  onboardingCompletedAt: nullableString,
  otpEnabled: { type: 'boolean' },
  otpRequiredForAdmin: { type: 'boolean' },
  unconfirmedEmail: nullableString,
  profileSettings: {
    type: 'object',
    properties: { portfolioVisible: { type: 'boolean' }, isPublicProfile: { type: 'boolean' } },
    required: ['portfolioVisible', 'isPublicProfile'],
  },
  createdAt: timestamp,
  updatedAt: timestamp,
  lastLoginAt: nullableString,
} as const;

/**
 * Schemas of `/api/admin/users[/:id]`, with the custom attributes of the profile schema beside
 * the built-in ones. The bodies document every attribute an admin may write (not id, fullName,
 * referralCode, createdAt, updatedAt, lastLoginAt); `validateUserAttributes` checks them.
 */
export function userSchemas(profileSchema: ProfileSchema) {
  const custom = Object.fromEntries(
    Object.entries(profileSchema.attributes).map(([name, definition]) => [name, customAttributeJsonSchema(definition)]),
  );
  const user = {
    type: 'object',
    properties: { ...custom, ...BUILT_IN },
    required: [
      'id',
      'email',
      'emailVerified',
      'firstName',
      'lastName',
      'fullName',
      'referralCode',
      'profileSettings',
      'createdAt',
      'updatedAt',
    ],
  };
  const body = (extra: Record<string, unknown> = {}) => ({
    type: 'object',
    properties: writableAttributeProperties(profileSchema, 'admin'),
    additionalProperties: false,
    ...extra,
    [BODY_CHECKED_IN_DOMAIN]: true,
  });
  return {
    create: {
      ...adminRoute,
      summary: 'Create a user; with an email, the first sign-in with that verified email links to it',
      body: body(),
      response: { 201: dataOf(user), ...errorResponses },
    },
    list: {
      ...adminRoute,
      summary: 'List users (oldest first); `email` matches after ASCII lower-casing',
      querystring: listQuery({ email: { type: 'string', maxLength: 320 } }),
      response: { 200: pageOf(user), ...errorResponses },
    },
    get: {
      ...adminRoute,
      summary: 'Get a user',
      params: idParams,
      response: { 200: dataOf(user), ...errorResponses },
    },
    update: {
      ...adminRoute,
      summary: "Change a user's attributes (profileSettings are merged; null clears a custom attribute)",
      params: idParams,
      body: body({ minProperties: 1 }),
      response: { 200: dataOf(user), ...errorResponses },
    },
    delete: {
      ...adminRoute,
      summary: 'Delete a user with identities, memberships and grants',
      params: idParams,
      response: { ...noContent, ...errorResponses },
    },
  };
}
