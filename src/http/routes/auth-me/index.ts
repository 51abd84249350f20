import type { FastifyPluginAsync } from 'fastify';
import { renderAuthMe } from '../../../views/auth-me-view.ts';
import { conditionalGet } from '../../conditional-get.ts';
import type { MeServices } from '../../me-services.ts';
import { requireMe } from '../../plugins/me-plugin.ts';
import { authMeSchema } from './schemas.ts';

export interface AuthMeRoutesOptions {
  me: MeServices;
}

/** `GET /api/auth/me` (see the README), registered under the `/api/auth` prefix whose scope renders its error shape. */
export const authMeRoutes: FastifyPluginAsync<AuthMeRoutesOptions> = async (app, { me }) => {
  requireMe(app, me);
  app.get('/me', { schema: authMeSchema }, async (request, reply) => conditionalGet(reply, renderAuthMe(request.me)));
};
