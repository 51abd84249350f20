import { adminRoute, anyObject, dataOf, email, errorResponses, httpsUrl, idParams, listQuery, noContent, nullable, pageOf, timestamp } from '../common-schemas.ts';

const nullableString = { type: ['string', 'null'] } as const;
const profileSettings = {
  type: 'object',
  properties: { portfolioVisible: { type: 'boolean' }, isPublicProfile: { type: 'boolean' } },
  additionalProperties: false,
} as const;

export const user = {
  type: 'object',
  properties: {
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
    profileSettings: { ...profileSettings, required: ['portfolioVisible', 'isPublicProfile'] },
    customAttributes: anyObject,
    createdAt: timestamp,
    updatedAt: timestamp,
    lastLoginAt: nullableString,
  },
  required: ['id', 'email', 'emailVerified', 'firstName', 'lastName', 'fullName', 'referralCode', 'profileSettings', 'createdAt', 'updatedAt'],
} as const;

const name = nullable({ type: 'string', minLength: 1, maxLength: 200 });

/** Every attribute an admin may write (not id, fullName, referralCode, createdAt, updatedAt, lastLoginAt). */
const fields = {
  email: nullable(email),
  emailVerified: { type: 'boolean' },
  firstName: name,
  lastName: name,
  phone: nullable({ type: 'string', pattern: '^\\+[1-9][0-9]{1,14}$', description: 'E.164' }),
  avatarUrl: nullable(httpsUrl),
  birthDate: nullable({ type: 'string', format: 'date', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' }),
  headline: nullable({ type: 'string', maxLength: 300 }),
  linkedinUrl: nullable(httpsUrl),
  profileType: nullable({ type: 'string', pattern: '^[a-z][a-z0-9_-]*$', maxLength: 50 }),
  onboardingCompletedAt: nullable({ type: 'string', format: 'date-time' }),
  otpEnabled: { type: 'boolean' },
  otpRequiredForAdmin: { type: 'boolean' },
  unconfirmedEmail: nullable(email),
  profileSettings,
} as const;

export const createUserSchema = {
  ...adminRoute,
  summary: 'Create a user; with an email, the first sign-in with that verified email links to it',
  body: { type: 'object', properties: fields, additionalProperties: false },
  response: { 201: dataOf(user), ...errorResponses },
} as const;

export const listUsersSchema = {
  ...adminRoute,
  summary: 'List users (oldest first); `email` matches after ASCII lower-casing',
  querystring: listQuery({ email: { type: 'string', maxLength: 320 } }),
  response: { 200: pageOf(user), ...errorResponses },
} as const;

export const getUserSchema = {
  ...adminRoute,
  summary: 'Get a user',
  params: idParams,
  response: { 200: dataOf(user), ...errorResponses },
} as const;

export const updateUserSchema = {
  ...adminRoute,
  summary: "Change a user's attributes (profileSettings are merged)",
  params: idParams,
  body: { type: 'object', properties: fields, minProperties: 1, additionalProperties: false },
  response: { 200: dataOf(user), ...errorResponses },
} as const;

export const deleteUserSchema = {
  ...adminRoute,
  summary: 'Delete a user with identities, memberships and grants',
  params: idParams,
  response: { ...noContent, ...errorResponses },
} as const;
