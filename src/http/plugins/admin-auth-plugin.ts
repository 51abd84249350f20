import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { RosterError } from '../../domain/roster-error.ts';
import type { TokenVerifier } from '../../identity/token-verifier.ts';
import { authorizationOf } from '../../identity/bearer-token.ts';
import { authenticate } from './auth-plugin.ts';
import { markCountsOwnRequests } from './rate-limit-plugin.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is calling the admin API, as recorded in audit: `admin-token` or the admin user's id. */
    adminActor: string;
  }
}

export interface AdminAuthOptions {
  adminToken: string | null;
  verifier: TokenVerifier;
  /** The user behind a known identity and whether they may use the admin API; undefined when unknown. */
  findAdminAccess: (issuer: string, subject: string) => Promise<{ userId: string; isAdmin: boolean } | undefined>;
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
  markCountsOwnRequests(scope);
  // Admin answers carry personal data: no cache may keep them, errors included.
  scope.addHook('onSend', async (_request, reply, payload) => {
    reply.header('cache-control', 'no-store');
    return payload;
  });
  scope.addHook('onRequest', async (request, reply) => {
    if (adminDigest !== null && presentsAdminToken(request.raw.rawHeaders, adminDigest)) {
      request.adminActor = 'admin-token';
      return;
    }
    // A platform admin's own token counts against that user's limits like any other request.
    const principal = await authenticate(request, reply, options.verifier);
    const access = await options.findAdminAccess(principal.issuer, principal.subject);
    if (!access?.isAdmin) throw new RosterError('Forbidden', 'The admin API is for Roster administrators');
    request.adminActor = access.userId;
  });
}

// The operator's own automation: never rate limited. Two Authorization headers never qualify.
function presentsAdminToken(rawHeaders: readonly string[], adminDigest: Buffer): boolean {
  let authorization: string | undefined;
  try {
    authorization = authorizationOf(rawHeaders);
  } catch {
    return false;
  }
  const presented = /^\s*bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
  return presented !== undefined && timingSafeEqual(sha256(presented), adminDigest);
}

function sha256(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}
