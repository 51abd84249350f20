/** JSON-schema pieces every route family's `schemas.ts` shares. */

export const nullableString = { type: ['string', 'null'] } as const;

/** The body of every error outside `/api/v1` and `/api/auth`. */
export const plainErrorSchema = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: {
        code: { type: 'string' },
        message: { type: 'string' },
        statusCode: { type: 'integer' },
        details: {
          type: 'array',
          items: {
            type: 'object',
            properties: { field: { type: 'string' }, message: { type: 'string' } },
            required: ['field', 'message'],
          },
        },
      },
      required: ['code', 'message', 'statusCode'],
    },
  },
  required: ['error'],
} as const;

/** The body of every error under `/api/auth`. */
export const authErrorSchema = {
  type: 'object',
  properties: {
    success: { type: 'boolean', const: false },
    error: {
      type: 'object',
      properties: { message: { type: 'string' }, statusCode: { type: 'integer' }, code: { type: 'string' } },
      required: ['message', 'statusCode', 'code'],
    },
  },
  required: ['success', 'error'],
} as const;

/** A conditional GET answered from the client's copy. */
export const notModifiedSchema = {
  type: 'null',
  description: 'Not modified (If-None-Match matched the ETag)',
} as const;
