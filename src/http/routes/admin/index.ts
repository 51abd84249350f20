import type { FastifyPluginAsync } from 'fastify';
import type { TokenVerifier } from '../../../identity/token-verifier.ts';
import type { MeServices } from '../../me-services.ts';
import { requireAdmin } from '../../plugins/admin-auth-plugin.ts';
import { auditEventRoutes } from './audit-events/index.ts';
import { invitationRoutes } from './invitations/index.ts';
import { membershipRoutes } from './memberships/index.ts';
import { organizationRoutes } from './organizations/index.ts';
import { permissionRoutes } from './permissions/index.ts';
import { roleRoutes } from './roles/index.ts';
import type { AdminRoutesOptions } from './route-context.ts';
import { userAccessRoutes } from './user-access/index.ts';
import { userGrantRoutes } from './user-grants/index.ts';
import { userPermissionCheckRoutes } from './user-permission-checks/index.ts';
import { userRoutes } from './users/index.ts';
import { webhookRoutes } from './webhooks/index.ts';

export interface AdminApiOptions extends AdminRoutesOptions {
  adminToken: string | null;
  tokenVerifier: TokenVerifier;
  /** The `/me` services, whose cached snapshots answer the admin permission checks. */
  me: MeServices;
}

/** The admin API (see the README), registered under `/api/admin`; every route admin-only. */
export const adminRoutes: FastifyPluginAsync<AdminApiOptions> = async (app, options) => {
  requireAdmin(app, { adminToken: options.adminToken, verifier: options.tokenVerifier, db: options.database.db });
  const { database, changeBus, clock, profileSchema, defaultRole, webhooks, onEvents } = options;
  const shared: AdminRoutesOptions = {
    database,
    changeBus,
    clock,
    profileSchema,
    defaultRole,
    ...(webhooks ? { webhooks } : {}),
    ...(onEvents ? { onEvents } : {}),
  };
  const families = [organizationRoutes, permissionRoutes, roleRoutes, userRoutes, membershipRoutes, invitationRoutes];
  for (const family of [...families, userGrantRoutes, auditEventRoutes, webhookRoutes]) {
    await app.register(family, shared);
  }
  await app.register(userPermissionCheckRoutes, { me: options.me });
  await app.register(userAccessRoutes, { me: options.me });
};
