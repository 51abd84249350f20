import { randomUUID } from 'node:crypto';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Config } from '../config/config.ts';
import type { ChangeBus } from '../cache/change-bus.ts';
import type { Clock } from '../domain/clock.ts';
import type { Database } from '../db/database.ts';
import type { DevIssuer } from '../identity/dev-issuer.ts';
import type { TokenVerifier } from '../identity/token-verifier.ts';
import { errorFamilyOf, payloadTooLarge, renderError, STATUS_BY_CODE, toRosterError } from './errors.ts';
import { RosterError } from '../domain/roster-error.ts';
import { JSON_API_MEDIA_TYPE } from '../views/json-api/content-negotiation.ts';
import { createMeServices } from './me-services.ts';
import { registerMetrics } from './plugins/metrics-plugin.ts';
import { refuseNulCharacters } from './plugins/nul-character-guard.ts';
import { adminRoutes } from './routes/admin/index.ts';
import { authMeRoutes } from './routes/auth-me/index.ts';
import { meOrganizationsRoutes } from './routes/me-organizations/index.ts';
import { jsonApiRoutes } from './routes/json-api/index.ts';
import { operationsRoutes } from './routes/operations/index.ts';
import { usersMeRoutes } from './routes/users-me/index.ts';
import { registerConditionalGet } from './conditional-get.ts';
import { registerJsonBodyParser } from './json-body-parser.ts';
import { createValidatorCompiler } from './schema-compilers.ts';
import { docsPageOptions, openapiOptions } from './openapi/openapi-options.ts';
import { ROSTER_VERSION } from '../version.ts';

/** What the app is built from; created by `server.ts`, the CLI or a test. */
export interface AppDeps {
  readonly database: Database;
  readonly tokenVerifier: TokenVerifier;
  /** Present in dev-issuer mode: its public keys are served at /.well-known/jwks.json. */
  readonly devIssuer: DevIssuer | null;
  /** Carries "this user's data changed" to every instance; writers publish, caches listen. */
  readonly changeBus: ChangeBus;
  readonly clock: Clock;
  /** A pino logger; omitted = silent (tests). */
  readonly logger?: FastifyBaseLogger;
}

const BODY_LIMIT_BYTES = 64 * 1024;
const HEADER_LIMIT_BYTES = 64 * 1024;

/**
 * Builds the whole HTTP application without listening: the composition root that wires config,
 * database and identity into the route families. Close it to release nothing but itself; the
 * caller owns the database.
 */
export async function buildApp(config: Config, deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    ...(deps.logger ? { loggerInstance: deps.logger } : { logger: false }),
    bodyLimit: BODY_LIMIT_BYTES,
    // Node's 16 KiB header cap would answer an oversized token with a bare 431; let it through
    // to the verifier, which refuses anything over 8 KiB with a 401 in the family's shape.
    http: { maxHeaderSize: HEADER_LIMIT_BYTES },
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    return503OnClosing: true,
    routerOptions: { ignoreTrailingSlash: true },
  }) as unknown as FastifyInstance;
  app.setValidatorCompiler(createValidatorCompiler());

  registerJsonBodyParser(app);
  registerConditionalGet(app);
  refuseNulCharacters(app);
  // A declared body over the limit is 413 whatever its media type (Fastify would pick a parser first).
  app.addHook('onRequest', async (request) => {
    if (Number(request.headers['content-length'] ?? 0) > BODY_LIMIT_BYTES) throw payloadTooLarge();
  });
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-request-id', request.id);
    // Fastify appends `; charset=utf-8` to every JSON-like type; JSON:API wants its media type bare.
    if (String(reply.getHeader('content-type') ?? '').startsWith(JSON_API_MEDIA_TYPE)) reply.header('content-type', JSON_API_MEDIA_TYPE);
    return payload;
  });

  app.setErrorHandler((error, request, reply) => {
    const rosterError = toRosterError(error);
    if (rosterError.code === 'Internal') request.log.error({ err: error }, 'request failed');
    const family = errorFamilyOf(request.url);
    if (rosterError.retryAfterS !== undefined) reply.header('retry-after', String(rosterError.retryAfterS));
    return reply
      .status(STATUS_BY_CODE[rosterError.code])
      .type(family === 'json-api' ? JSON_API_MEDIA_TYPE : 'application/json; charset=utf-8')
      .send(renderError(rosterError, family));
  });
  app.setNotFoundHandler((request) => {
    throw new RosterError('NotFound', `No route for ${request.method} ${request.url.split('?')[0]}`);
  });

  await app.register(fastifySwagger, openapiOptions(ROSTER_VERSION));
  await app.register(fastifySwaggerUi, docsPageOptions);
  registerMetrics(app);

  const me = await createMeServices(config, deps);
  app.addHook('onClose', async () => {
    me.identities.close();
    me.snapshots.close();
  });

  await app.register(operationsRoutes, { database: deps.database, devIssuer: deps.devIssuer });
  await app.register(adminRoutes, { prefix: '/api/admin', adminToken: config.adminToken, defaultRole: config.defaultRole, ...deps, profileSchema: me.profileSchema });
  await app.register(authMeRoutes, { me });
  await app.register(meOrganizationsRoutes, { me });
  await app.register(usersMeRoutes, { me });
  await app.register(jsonApiRoutes, { me });
  return app;
}
