import {
  adminRoute,
  anyObject,
  dataOf,
  errorResponses,
  httpsUrl,
  idParams,
  listQuery,
  noContent,
  nullable,
  pageOf,
  slug,
  timestamp,
} from '../common-schemas.ts';

const status = { type: 'string', enum: ['active', 'suspended', 'archived'] } as const;

export const organization = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    name: { type: 'string' },
    slug: { type: 'string' },
    description: { type: ['string', 'null'] },
    logoUrl: { type: ['string', 'null'] },
    status,
    settings: anyObject,
    createdAt: timestamp,
    updatedAt: timestamp,
  },
  required: ['id', 'name', 'slug', 'description', 'logoUrl', 'status', 'settings', 'createdAt', 'updatedAt'],
} as const;

const fields = {
  name: { type: 'string', minLength: 1, maxLength: 200 },
  slug,
  description: nullable({ type: 'string', maxLength: 2000 }),
  logoUrl: nullable(httpsUrl),
  status,
  settings: anyObject,
} as const;

export const createOrganizationSchema = {
  ...adminRoute,
  summary: 'Create an organization',
  body: { type: 'object', properties: fields, required: ['name', 'slug'], additionalProperties: false },
  response: { 201: dataOf(organization), ...errorResponses },
} as const;

export const listOrganizationsSchema = {
  ...adminRoute,
  summary: 'List organizations (oldest first)',
  querystring: listQuery(),
  response: { 200: pageOf(organization), ...errorResponses },
} as const;

export const getOrganizationSchema = {
  ...adminRoute,
  summary: 'Get an organization',
  params: idParams,
  response: { 200: dataOf(organization), ...errorResponses },
} as const;

export const updateOrganizationSchema = {
  ...adminRoute,
  summary: "Change an organization's fields (settings are replaced)",
  params: idParams,
  body: { type: 'object', properties: fields, minProperties: 1, additionalProperties: false },
  response: { 200: dataOf(organization), ...errorResponses },
} as const;

export const deleteOrganizationSchema = {
  ...adminRoute,
  summary: 'Delete an organization with its memberships, own roles, invitations and session contexts',
  params: idParams,
  response: { ...noContent, ...errorResponses },
} as const;
