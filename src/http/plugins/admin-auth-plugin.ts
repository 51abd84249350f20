import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { RosterError } from '../../domain/roster-error.ts';
import type { TokenVerifier } from '../../identity/token-verifier.ts';
import { findAdminAccessByIdentity } from '../../queries/admin-access-queries.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is calling the admin API, as recorded in audit: `admin-token` or the admin user's id. */
    adminActor: string;
  }
}

export interface AdminAuthOptions {
  adminToken: string | null;
  verifier: TokenVerifier;
  db: Kysely<DB>;
}

/**
 * Makes every route of the calling scope admin-only: the static
 * `ROSTER_ADMIN_TOKEN` (compared in constant time over SHA-256 digests, so neither content nor
 * length leaks), or a valid access token whose known identity is a platform admin or holds
 * the global permission `roster:admin`. No credentials: 401 `MissingToken`; a wrong admin token
 * or a bad access token: 401 `InvalidToken`; anyone else, unknown identities included, 403
 * `Forbidden`. Never provisions.
 */
export function requireAdmin(scope: FastifyInstance, options: AdminAuthOptions): void {
  const adminDigest = options.adminToken === null ? null : sha256(options.adminToken);
  scope.decorateRequest('adminActor', '');
  scope.addHook('onRequest', async (request) => {
    const authorization = request.headers.authorization;
    const presented = /^\s*bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
    if (adminDigest !== null && presented !== undefined && timingSafeEqual(sha256(presented), adminDigest)) {
      request.adminActor = 'admin-token';
      return;
    }
    const principal = await options.verifier.verify(authorization);
    const access = await findAdminAccessByIdentity(options.db, principal.issuer, principal.subject);
    if (!access?.isAdmin) throw new RosterError('Forbidden', 'The admin API is for Roster administrators');
    request.adminActor = access.userId;
  });
}

function sha256(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}
