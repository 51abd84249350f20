import type { FastifyPluginAsync } from 'fastify';
import type { TokenVerifier } from '../../../identity/token-verifier.ts';
import { requireAdmin } from '../../plugins/admin-auth-plugin.ts';
import { auditEventRoutes } from './audit-events/index.ts';
import { invitationRoutes } from './invitations/index.ts';
import { membershipRoutes } from './memberships/index.ts';
import { organizationRoutes } from './organizations/index.ts';
import { permissionRoutes } from './permissions/index.ts';
import { roleRoutes } from './roles/index.ts';
import type { AdminRoutesOptions } from './route-context.ts';
import { userGrantRoutes } from './user-grants/index.ts';
import { userRoutes } from './users/index.ts';

export interface AdminApiOptions extends AdminRoutesOptions {
  adminToken: string | null;
  tokenVerifier: TokenVerifier;
}

/** The admin API (see the README), registered under `/api/admin`; every route admin-only. */
export const adminRoutes: FastifyPluginAsync<AdminApiOptions> = async (app, options) => {
  requireAdmin(app, { adminToken: options.adminToken, verifier: options.tokenVerifier, db: options.database.db });
  const { database, changeBus, clock, profileSchema, defaultRole } = options;
  const shared: AdminRoutesOptions = { database, changeBus, clock, profileSchema, defaultRole };
  for (const family of [organizationRoutes, permissionRoutes, roleRoutes, userRoutes, membershipRoutes, invitationRoutes, userGrantRoutes, auditEventRoutes]) {
    await app.register(family, shared);
  }
};
