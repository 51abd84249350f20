import type { FastifyPluginAsync } from 'fastify';
import { renderAuthMe } from '../../../views/auth-me-view.ts';
import { type SnapshotView, sendSnapshotAnswer } from '../../conditional-get.ts';
import type { Callers } from '../../callers.ts';
import { requireMe } from '../../plugins/me-plugin.ts';
import { authMeSchema } from './schemas.ts';

export interface AuthMeRoutesOptions {
  callers: Callers;
}

/** `GET /api/auth/me` (see the README), registered under the `/api/auth` prefix whose scope renders its error shape. */
export const authMeRoutes: FastifyPluginAsync<AuthMeRoutesOptions> = async (app, { callers }) => {
  requireMe(app, callers);
  app.get('/me', { schema: authMeSchema }, (request, reply) => {
    sendSnapshotAnswer(request, reply, AUTH_ME);
  });
};

const AUTH_ME: SnapshotView = { key: 'auth-me', render: (request) => renderAuthMe(request.me) };
