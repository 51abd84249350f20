import { adminRoute, anyObject, errorResponses, listQuery, pageOf, timestamp } from '../common-schemas.ts';

export const auditEvent = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    at: timestamp,
    actor: { type: 'string', description: '`admin-token`, `cli`, `system`, or a user id' },
    action: { type: 'string', description: 'e.g. `organization.created`, `role.updated`, `membership.deleted`' },
    target: {
      type: 'object',
      properties: { type: { type: 'string' }, id: { type: ['string', 'null'] } },
      required: ['type', 'id'],
    },
    data: anyObject,
  },
  required: ['id', 'at', 'actor', 'action', 'target', 'data'],
} as const;

export const listAuditEventsSchema = {
  ...adminRoute,
  summary: 'List audit events, newest first',
  querystring: listQuery({
    actor: { type: 'string', maxLength: 200 },
    action: { type: 'string', maxLength: 200 },
    since: { type: 'string', format: 'date-time', description: 'only events at or after this time' },
  }),
  response: { 200: pageOf(auditEvent), ...errorResponses },
} as const;
