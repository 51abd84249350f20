import { Ajv, type Options } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/**
 * Marks a body schema as documentation (it still appears in the OpenAPI document) whose rules a
 * domain validator enforces, so every route writing the same fields answers with the same
 * rules and messages. Such a body is not checked here.
 */
export const BODY_CHECKED_IN_DOMAIN = 'x-checked-in-domain';

const common: Options = { allErrors: true, removeAdditional: false, useDefaults: true, strict: false };

/**
 * Bodies are validated as sent — no type coercion, unknown fields kept so schemas reject them —
 * while query strings and path parameters, which are always text, are coerced to their types.
 */
export function createValidatorCompiler(): FastifySchemaCompiler<unknown> {
  const strict = addFormats(new Ajv({ ...common, coerceTypes: false }));
  const coercing = addFormats(new Ajv({ ...common, coerceTypes: 'array' }));
  return ({ schema, httpPart }) => {
    if (httpPart === 'body' && (schema as Record<string, unknown>)[BODY_CHECKED_IN_DOMAIN] === true) return () => true;
    return (httpPart === 'body' ? strict : coercing).compile(schema as object);
  };
}
