import { isIP } from 'node:net';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { RosterError } from '../../../domain/roster-error.ts';
import type { DevIssuer } from '../../../identity/dev-issuer.ts';
import type { Callers } from '../../callers.ts';
import { email } from '../admin/common-schemas.ts';
import { plainErrorSchema } from '../../schemas/common-schemas.ts';

export interface DevTokenRouteOptions {
  devIssuer: DevIssuer;
  metadataClaim: string | null;
  callers: Callers;
}

const EXPIRES_IN_S = 3600;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

const devTokenSchema = {
  tags: ['console'],
  summary: 'Dev issuer only, loopback only: a token for a demo user, for the console sign-in',
  body: { type: 'object', properties: { email }, required: ['email'], additionalProperties: false },
  response: {
    200: {
      type: 'object',
      properties: {
        data: {
          type: 'object',
          properties: {
            accessToken: { type: 'string' },
            tokenType: { type: 'string' },
            expiresIn: { type: 'integer' },
          },
          required: ['accessToken', 'tokenType', 'expiresIn'],
        },
      },
      required: ['data'],
    },
    400: plainErrorSchema,
    403: plainErrorSchema,
  },
} as const;

/**
 * `POST /console/dev-token { email }`: what `npx roster token --email …` prints, for the console's
 * one-click demo sign-in. Registered only in dev-issuer mode; answers only a request that comes
 * from a loopback address, names a loopback host (no DNS rebinding) and, when a browser says where
 * it comes from, comes from that same origin. The sign-in provisions the user as a first request would.
 */
export const devTokenRoute: FastifyPluginAsync<DevTokenRouteOptions> = async (
  app,
  { devIssuer, metadataClaim, callers },
) => {
  app.post<{ Body: { email: string } }>('/console/dev-token', { schema: devTokenSchema }, async (request, reply) => {
    if (!isLoopbackRequest(request)) {
      throw new RosterError('Forbidden', 'The dev-issuer sign-in answers only on this machine (a loopback address)');
    }
    const accessToken = await devIssuer.sign({
      email: request.body.email,
      sessionId: 'console',
      metadataClaim,
      expiresInS: EXPIRES_IN_S,
    });
    // A sign-in, like the user's first request to any app: links to (or creates) their user, so
    // the admin API, which never provisions, knows who holds the token.
    await callers.provisioning.resolveUser(await callers.tokenVerifier.verify(`Bearer ${accessToken}`));
    reply.header('cache-control', 'no-store');
    return { data: { accessToken, tokenType: 'Bearer', expiresIn: EXPIRES_IN_S } };
  });
};

function isLoopbackRequest(request: FastifyRequest): boolean {
  const address = request.socket.remoteAddress ?? '';
  if (!isLoopbackAddress(address)) return false;
  const host = request.headers.host ?? '';
  const hostname = host.replace(/:\d+$/, '').toLowerCase();
  if (!LOOPBACK_HOSTS.has(hostname)) return false;
  const origin = request.headers.origin;
  return origin === undefined || origin === `http://${host.toLowerCase()}`;
}

function isLoopbackAddress(address: string): boolean {
  const v4 = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  if (isIP(v4) === 4) return v4.startsWith('127.');
  return address === '::1';
}
