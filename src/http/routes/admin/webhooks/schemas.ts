import { EVENT_TYPES } from '../../../../webhooks/event-types.ts';
import {
  adminRoute,
  dataOf,
  errorResponses,
  idParams,
  listQuery,
  noContent,
  nullable,
  pageOf,
  timestamp,
} from '../common-schemas.ts';

const webhookProperties = {
  id: { type: 'string', format: 'uuid' },
  url: { type: 'string' },
  events: { type: 'array', items: { type: 'string' } },
  description: { type: ['string', 'null'] },
  enabled: { type: 'boolean' },
  createdAt: timestamp,
  updatedAt: timestamp,
} as const;
const webhookRequired = ['id', 'url', 'events', 'description', 'enabled', 'createdAt', 'updatedAt'] as const;

export const webhook = { type: 'object', properties: webhookProperties, required: webhookRequired } as const;

const createdWebhook = {
  type: 'object',
  properties: {
    ...webhookProperties,
    secret: { type: 'string', description: '`whsec_` + base64 signing key; shown only here' },
  },
  required: [...webhookRequired, 'secret'],
} as const;

export const delivery = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    eventId: { type: 'string' },
    eventType: { type: 'string' },
    attempt: { type: 'integer' },
    status: { type: 'string', enum: ['pending', 'succeeded', 'failed'] },
    responseStatus: { type: ['integer', 'null'] },
    error: {
      type: ['string', 'null'],
      description: 'why a failed attempt got no answer (timeout, refused destination, …)',
    },
    at: { ...timestamp, description: 'when the attempt was made; for a pending one, when it is due' },
  },
  required: ['id', 'eventId', 'eventType', 'attempt', 'status', 'responseStatus', 'error', 'at'],
} as const;

const url = {
  type: 'string',
  minLength: 1,
  maxLength: 2048,
  description: 'https, not resolving to a loopback, private or link-local address',
} as const;
const events = {
  type: 'array',
  minItems: 1,
  maxItems: 50,
  items: { type: 'string', maxLength: 100 },
  description: `event types (${EVENT_TYPES.join(', ')}) or ["*"] for all`,
} as const;
const description = nullable({ type: 'string', maxLength: 2000 });

export const createWebhookSchema = {
  ...adminRoute,
  summary: 'Register a webhook; the answer carries its signing secret, shown only this once',
  body: {
    type: 'object',
    properties: { url, events, description },
    required: ['url', 'events'],
    additionalProperties: false,
  },
  response: { 201: dataOf(createdWebhook), ...errorResponses },
} as const;

export const listWebhooksSchema = {
  ...adminRoute,
  summary: 'List webhooks (oldest first)',
  querystring: listQuery(),
  response: { 200: pageOf(webhook), ...errorResponses },
} as const;

export const getWebhookSchema = {
  ...adminRoute,
  summary: 'Get a webhook',
  params: idParams,
  response: { 200: dataOf(webhook), ...errorResponses },
} as const;

export const updateWebhookSchema = {
  ...adminRoute,
  summary: "Change a webhook's url, events, description or enabled flag",
  params: idParams,
  body: {
    type: 'object',
    properties: { url, events, description, enabled: { type: 'boolean' } },
    minProperties: 1,
    additionalProperties: false,
  },
  response: { 200: dataOf(webhook), ...errorResponses },
} as const;

export const deleteWebhookSchema = {
  ...adminRoute,
  summary: 'Delete a webhook and its delivery history',
  params: idParams,
  response: { ...noContent, ...errorResponses },
} as const;

export const listDeliveriesSchema = {
  ...adminRoute,
  summary: "List a webhook's delivery attempts (newest first)",
  params: idParams,
  querystring: listQuery(),
  response: { 200: pageOf(delivery), ...errorResponses },
} as const;
