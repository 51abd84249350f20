import {
  adminRoute,
  dataOf,
  email,
  errorResponses,
  idParams,
  listQuery,
  noContent,
  pageOf,
  roleReference,
  timestamp,
  UUID_PATTERN,
} from '../common-schemas.ts';

export const invitation = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    email: { type: 'string' },
    organizationId: { type: 'string' },
    role: { type: ['string', 'null'], description: "the role's key" },
    expiresAt: timestamp,
    usedAt: { type: ['string', 'null'] },
    usedBy: { type: ['string', 'null'] },
    createdAt: timestamp,
    createdBy: { type: ['string', 'null'] },
  },
  required: ['id', 'email', 'organizationId', 'role', 'expiresAt', 'usedAt', 'usedBy', 'createdAt', 'createdBy'],
} as const;

export const createInvitationSchema = {
  ...adminRoute,
  summary: 'Invite an email to an organization (default expiry: 7 days)',
  body: {
    type: 'object',
    properties: {
      email,
      organizationId: { type: 'string', pattern: UUID_PATTERN },
      role: { ...roleReference, type: ['string', 'null'] },
      expiresAt: { type: 'string', format: 'date-time', description: 'in the future' },
    },
    required: ['email', 'organizationId'],
    additionalProperties: false,
  },
  response: { 201: dataOf(invitation), ...errorResponses },
} as const;

export const listInvitationsSchema = {
  ...adminRoute,
  summary: 'List invitations (oldest first), optionally of one organization or email',
  querystring: listQuery({
    organizationId: { type: 'string', maxLength: 100 },
    email: { type: 'string', maxLength: 320 },
  }),
  response: { 200: pageOf(invitation), ...errorResponses },
} as const;

export const getInvitationSchema = {
  ...adminRoute,
  summary: 'Get an invitation',
  params: idParams,
  response: { 200: dataOf(invitation), ...errorResponses },
} as const;

export const deleteInvitationSchema = {
  ...adminRoute,
  summary: 'Withdraw an invitation',
  params: idParams,
  response: { ...noContent, ...errorResponses },
} as const;
