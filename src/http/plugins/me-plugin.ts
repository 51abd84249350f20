import type { FastifyInstance } from 'fastify';
import type { MeSnapshot } from '../../domain/me-snapshot.ts';
import { RosterError } from '../../domain/roster-error.ts';
import type { Callers } from '../callers.ts';
import { authenticate, declareTokenScope } from './auth-plugin.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The caller's "me" snapshot; set on every route of a scope that called `requireMe`. */
    me: MeSnapshot;
  }
}

/**
 * Makes every route of the calling scope a `/me` route: verify the bearer token
 * (`request.principal`), drop the caches if another process wrote the SQLite file, provision the
 * user (provisioning, see the README; cached for known identities), then load the cached snapshot for this
 * session (`request.me`). Family-agnostic: failures are RosterErrors that the app's error
 * handler renders in the shape of the route's family. Register inside the family's own scope.
 *
 * @example
 * app.register(async (scope) => {
 *   requireMe(scope, services);
 *   scope.get('/api/auth/me', async (request) => renderAuthMe(request.me));
 * });
 */
export function requireMe(scope: FastifyInstance, services: Callers): void {
  declareTokenScope(scope);
  if (!scope.hasRequestDecorator('me')) scope.decorateRequest('me', null as unknown as MeSnapshot);
  // One hook for the token and the snapshot: each async hook costs its own promise and turn.
  scope.addHook('onRequest', async (request, reply) => {
    request.principal = await authenticate(request, reply, services.tokenVerifier);
    await services.noticeExternalWrites();
    const userId = await services.provisioning.resolveUser(request.principal);
    request.me = await loadMe(services, userId, request.principal.sessionId);
  });
}

/**
 * The caller's snapshot, fresh from the cache (call it again after a write has published its
 * change to get the updated graph). `UserNotFound` when the user is gone.
 */
export async function loadMe(services: Callers, userId: string, sessionId: string | null): Promise<MeSnapshot> {
  const snapshot = await services.snapshots.get(userId, sessionId ?? userId);
  if (!snapshot) throw new RosterError('UserNotFound', 'No Roster user for this identity');
  return snapshot;
}
