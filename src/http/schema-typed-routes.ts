import type { FastifyPluginAsync, FastifyTypeProvider, RawServerDefault } from 'fastify';
import type { FromSchema, JSONSchema } from 'json-schema-to-ts';

/**
 * Fastify's type provider for Roster's routes: a handler's `request.body`, `request.query` and
 * `request.params` have the types their route's JSON schemas (declared `as const`) describe, so a
 * request type is never written beside its schema. Replies are left untyped: views render them,
 * the response schemas serialize them, and a `204` schema (`type: 'null'`) means no body at all,
 * where a typed reply would demand a JSON `null`.
 */
export interface SchemaTypeProvider extends FastifyTypeProvider {
  validator: this['schema'] extends JSONSchema ? FromSchema<this['schema']> : unknown;
  serializer: unknown;
}

/** A route plugin whose handlers get requests typed from their schemas (see {@link SchemaTypeProvider}). */
export type SchemaTypedRoutes<Options extends object> = FastifyPluginAsync<
  Options,
  RawServerDefault,
  SchemaTypeProvider
>;
