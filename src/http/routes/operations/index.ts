import type { FastifyPluginAsync } from 'fastify';
import type { DevIssuer } from '../../../identity/dev-issuer.ts';
import { RosterError } from '../../../domain/roster-error.ts';
import { isDraining } from './draining.ts';
import { healthSchema, jwksSchema } from './schemas.ts';

export interface OperationsRoutesOptions {
  /** Whether the database answers (readiness). */
  databaseAnswers: () => Promise<boolean>;
  devIssuer: DevIssuer | null;
}

/** Health, readiness, the OpenAPI document and, in dev-issuer mode, the issuer's public keys. */
export const operationsRoutes: FastifyPluginAsync<OperationsRoutesOptions> = async (
  app,
  { databaseAnswers, devIssuer },
) => {
  // Probes arrive every few seconds: their request lines would drown everything else at info.
  app.get('/healthz', { schema: healthSchema, logLevel: 'warn' }, async () => ({ status: 'ok' }));

  app.get('/readyz', { schema: healthSchema, logLevel: 'warn' }, async () => {
    if (isDraining(app.server)) throw new RosterError('Unavailable', 'Shutting down', { retryAfterS: 5 });
    if (!(await databaseAnswers()))
      throw new RosterError('Unavailable', 'The database does not answer', { retryAfterS: 5 });
    return { status: 'ok' };
  });

  app.get('/openapi.json', { schema: { tags: ['operations'], summary: 'This OpenAPI 3.1 document' } }, async () =>
    app.swagger(),
  );

  if (devIssuer) {
    app.get('/.well-known/jwks.json', { schema: jwksSchema }, async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      return devIssuer.jwks;
    });
  }
};
