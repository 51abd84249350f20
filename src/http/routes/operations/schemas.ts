export const healthSchema = {
  tags: ['operations'],
  response: {
    200: { type: 'object', properties: { status: { type: 'string', const: 'ok' } }, required: ['status'] },
  },
} as const;

export const jwksSchema = {
  tags: ['operations'],
  description: "The dev issuer's public signing keys (dev-issuer mode only).",
  response: {
    200: {
      type: 'object',
      properties: { keys: { type: 'array', items: { type: 'object', additionalProperties: true } } },
      required: ['keys'],
    },
  },
} as const;
