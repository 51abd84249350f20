import type { FastifyPluginAsync } from 'fastify';
import { Webhook } from 'svix';
import { RosterError } from '../../../domain/roster-error.ts';
import type { Services } from '../../../services/create-services.ts';
import { plainErrorSchema } from '../../schemas/common-schemas.ts';
import { markCountsOwnRequests } from '../../plugins/rate-limit-plugin.ts';

export interface ClerkWebhookRoutesOptions {
  /** `CLERK_WEBHOOK_SECRET` (`whsec_…`). */
  secret: string;
  /** `AUTH_ISSUER` (the dev issuer in dev mode): Clerk's user ids are subjects of it. */
  issuer: string;
  clerkEvents: Services['clerkEvents'];
}

const errors = Object.fromEntries([400, 401, 413, 415, 503].map((status) => [status, plainErrorSchema]));

/**
 * `POST /api/webhooks/clerk`: Clerk's events, verified the Svix way over the exact bytes
 * received — so this scope reads the body as text instead of parsing JSON first. Registered
 * only when `CLERK_WEBHOOK_SECRET` is set.
 */
export const clerkWebhookRoutes: FastifyPluginAsync<ClerkWebhookRoutesOptions> = async (app, options) => {
  const verifier = new Webhook(options.secret);
  // Signed deliveries are never limited (Clerk sends bursts from a few addresses); a request whose
  // signature fails counts against its address like any request without a valid token.
  markCountsOwnRequests(app);
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(['application/json'], { parseAs: 'string' }, (_request, body, done) => done(null, body));

  app.post(
    '/api/webhooks/clerk',
    {
      schema: {
        tags: ['webhooks'],
        summary: "Clerk's user events (Svix-signed): user.updated and user.deleted keep Roster's users in step",
        headers: {
          type: 'object',
          properties: {
            'svix-id': { type: 'string' },
            'svix-timestamp': { type: 'string' },
            'svix-signature': { type: 'string' },
          },
        },
        response: {
          204: { type: 'null', description: 'Accepted (applied, replayed, or not one Roster acts on)' },
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const raw = typeof request.body === 'string' ? request.body : '';
      const header = (name: string) => String(request.headers[name] ?? '');
      let event: unknown;
      try {
        event = verifier.verify(raw, {
          'svix-id': header('svix-id'),
          'svix-timestamp': header('svix-timestamp'),
          'svix-signature': header('svix-signature'),
        });
      } catch {
        await request.server.requestLimits.countAnonymous(request, reply);
        throw new RosterError('InvalidToken', 'The webhook signature is missing, invalid or too old');
      }
      await options.clerkEvents.apply(options.issuer, header('svix-id'), event);
      return reply.status(204).send();
    },
  );
};
