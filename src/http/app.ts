import { randomUUID } from 'node:crypto';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Config } from '../config/config.ts';
import type { ChangeBus } from '../cache/change-bus.ts';
import type { Clock } from '../domain/clock.ts';
import { EMPTY_PROFILE_SCHEMA, type ProfileSchema } from '../domain/profile-schema.ts';
import type { Database } from '../db/database.ts';
import type { DevIssuer } from '../identity/dev-issuer.ts';
import type { TokenVerifier } from '../identity/token-verifier.ts';
import { payloadTooLarge, toRosterError } from './errors.ts';
import {
  familyOfUnroutedPath,
  registerErrorFamily,
  renderErrorsAs,
  sendError,
  type ErrorFamilyMount,
} from './error-scope.ts';
import { JSON_API_MEDIA_TYPE } from '../views/json-api/content-negotiation.ts';
import { createCallers } from './callers.ts';
import { createServices } from '../services/create-services.ts';
import { registerCors } from './plugins/cors-plugin.ts';
import { registerMetrics } from './plugins/metrics-plugin.ts';
import { refuseNulCharacters } from './plugins/nul-character-guard.ts';
import { registerRateLimits } from './plugins/rate-limit-plugin.ts';
import { applySecurityHeaders, DOCS_CSP, registerSecurityHeaders } from './plugins/security-headers-plugin.ts';
import { lazyChildLoggerFactory } from './lazy-child-logger.ts';
import { registerRouteOf } from './route-of.ts';
import { closeAfterUnreadBody } from './plugins/unread-body-plugin.ts';
import { PERMISSION_KEY_MAX_LENGTH } from './routes/admin/common-schemas.ts';
import { adminRoutes } from './routes/admin/index.ts';
import { authMeRoutes } from './routes/auth-me/index.ts';
import { meOrganizationsRoutes } from './routes/me-organizations/index.ts';
import { jsonApiRoutes } from './routes/json-api/index.ts';
import { operationsRoutes } from './routes/operations/index.ts';
import { permissionCheckRoutes } from './routes/permission-checks/index.ts';
import { usersMeRoutes } from './routes/users-me/index.ts';
import { clerkWebhookRoutes } from './routes/clerk-webhooks/index.ts';
import { consoleRoutes } from './routes/console/index.ts';
import { DEV_ISSUER } from '../identity/dev-issuer.ts';
import { createWebhookDelivery } from '../webhooks/webhook-delivery.ts';
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
  /**
   * The custom attributes, loaded from `ROSTER_PROFILE_SCHEMA` by `openRoster`; omitted = none
   * (an app a test builds without that setting).
   */
  readonly profileSchema?: ProfileSchema;
  /** A pino logger; omitted = silent (tests). */
  readonly logger?: FastifyBaseLogger;
}

const BODY_LIMIT_BYTES = 64 * 1024;
const HEADER_LIMIT_BYTES = 64 * 1024;
// Slow clients are cut off: Node checks every second, so the limits below are met within 10 s and 30 s.
const HEADERS_TIMEOUT_MS = 9_000;
const REQUEST_TIMEOUT_MS = 29_000;
const TIMEOUT_CHECK_INTERVAL_MS = 1_000;
// The longest path segment Roster accepts is a permission key, percent-encoded at worst three bytes a character.
const MAX_PARAM_LENGTH = 3 * PERMISSION_KEY_MAX_LENGTH;
// The families with an error shape of their own; every other route answers errors in the plain shape.
const JSON_API_MOUNT: ErrorFamilyMount = { prefix: '/api/v1', family: 'json-api' };
const AUTH_MOUNT: ErrorFamilyMount = { prefix: '/api/auth', family: 'auth' };
const FAMILY_MOUNTS = [JSON_API_MOUNT, AUTH_MOUNT];

/**
 * Builds the whole HTTP application without listening: the composition root that wires config,
 * database and identity into the route families. Close it to release nothing but itself; the
 * caller owns the database.
 */
export async function buildApp(config: Config, deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    ...(deps.logger ? { loggerInstance: deps.logger, childLoggerFactory: lazyChildLoggerFactory } : { logger: false }),
    bodyLimit: BODY_LIMIT_BYTES,
    // Node's 16 KiB header cap would answer an oversized token with a bare 431; let it through
    // to the verifier, which refuses anything over 8 KiB with a 401 in the family's shape.
    http: {
      maxHeaderSize: HEADER_LIMIT_BYTES,
      headersTimeout: HEADERS_TIMEOUT_MS,
      connectionsCheckingInterval: TIMEOUT_CHECK_INTERVAL_MS,
    },
    requestTimeout: REQUEST_TIMEOUT_MS,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    return503OnClosing: true,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: MAX_PARAM_LENGTH },
    trustProxy: config.trustProxy === null ? false : [...config.trustProxy],
    // The one error path outside the scopes' handlers: Fastify raises these (bad URL encoding, an
    // over-long path segment) before it has matched a route or a not-found scope, so no scope's
    // handler is asked and the family is read from the mounts' prefixes instead.
    frameworkErrors: (error, request, reply) => {
      applySecurityHeaders(request.raw, reply.raw);
      sendError(toRosterError(error), familyOfUnroutedPath(request.url, FAMILY_MOUNTS), reply);
    },
  }) as unknown as FastifyInstance;
  app.setValidatorCompiler(createValidatorCompiler());
  // Every route and 404 outside a family's own scope (see registerErrorFamily) answers in the plain shape.
  renderErrorsAs(app, 'plain');

  if (config.auth.mode === 'issuer' && config.audience === null) {
    deps.logger?.warn(
      'AUTH_AUDIENCE is unset: any token of the issuer is accepted, an OIDC ID token included. ' +
        'Set it to your API identifier.',
    );
  }
  registerRouteOf(app);
  registerSecurityHeaders(app);
  if (config.corsOrigins !== null) await registerCors(app, config.corsOrigins);
  await registerRateLimits(app, config.rateLimits);
  closeAfterUnreadBody(app);
  registerJsonBodyParser(app);
  registerConditionalGet(app);
  refuseNulCharacters(app);
  // A declared body over the limit is 413 whatever its media type (Fastify would pick a parser first).
  // The hooks every request passes are callback-style: an async hook costs a promise and a turn
  // of the microtask queue each, which a warm /me request pays for every hook it passes.
  app.addHook('onRequest', (request, _reply, done) => {
    done(Number(request.headers['content-length'] ?? 0) > BODY_LIMIT_BYTES ? payloadTooLarge() : undefined);
  });
  app.addHook('onSend', (request, reply, payload, done) => {
    reply.header('x-request-id', request.id);
    // Fastify appends `; charset=utf-8` to every JSON-like type; JSON:API wants its media type bare.
    const type = reply.getHeader('content-type');
    if (typeof type === 'string' && type !== JSON_API_MEDIA_TYPE && type.startsWith(JSON_API_MEDIA_TYPE)) {
      reply.header('content-type', JSON_API_MEDIA_TYPE);
    }
    done(null, payload);
  });

  await app.register(fastifySwagger, openapiOptions(ROSTER_VERSION));
  await app.register(fastifySwaggerUi, { ...docsPageOptions, staticCSP: DOCS_CSP });
  const registry = registerMetrics(app);

  const webhooks = createWebhookDelivery(config, deps, registry);
  if (!deps.profileSchema && config.profileSchemaPath !== null) {
    throw new Error('ROSTER_PROFILE_SCHEMA is set: load it (openRoster does) and pass it as deps.profileSchema');
  }
  const profileSchema = deps.profileSchema ?? EMPTY_PROFILE_SCHEMA;
  const services = createServices({
    db: deps.database.db,
    changeBus: deps.changeBus,
    clock: deps.clock,
    defaultRole: config.defaultRole,
    profileSchema,
    webhookPolicy: { allowInsecure: config.webhooks.allowInsecure },
    onEvents: webhooks.onEvents,
    logger: deps.logger,
  });
  const callers = createCallers(config, { ...deps, profileSchema, writeContext: services.writeContext });
  app.addHook('onClose', async () => {
    callers.identities.close();
    callers.snapshots.close();
  });

  await app.register(operationsRoutes, { databaseAnswers: () => deps.database.ping(), devIssuer: deps.devIssuer });
  await app.register(adminRoutes, {
    prefix: '/api/admin',
    adminToken: config.adminToken,
    tokenVerifier: deps.tokenVerifier,
    services,
    callers,
  });
  await registerErrorFamily(app, AUTH_MOUNT, authMeRoutes, { callers });
  await app.register(meOrganizationsRoutes, { callers, organizationSwitch: services.organizationSwitch });
  await app.register(usersMeRoutes, { callers, profile: services.profile });
  await registerErrorFamily(app, JSON_API_MOUNT, jsonApiRoutes, {
    callers,
    profile: services.profile,
    people: services.people,
  });
  await app.register(permissionCheckRoutes, { callers });
  await app.register(consoleRoutes, { config, devIssuer: deps.devIssuer, callers });
  if (config.webhooks.clerkSecret) {
    await app.register(clerkWebhookRoutes, {
      secret: config.webhooks.clerkSecret,
      issuer: config.auth.mode === 'issuer' ? config.auth.issuer : DEV_ISSUER,
      clerkEvents: services.clerkEvents,
    });
  }
  // Every instance sends: from ready (after listen, or a test's ready()) until close.
  app.addHook('onReady', async () => webhooks.sender.start());
  app.addHook('onClose', async () => webhooks.sender.stop());
  return app;
}
