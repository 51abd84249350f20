import type { FastifyPluginAsync } from 'fastify';
import type { TokenVerifier } from '../../../identity/token-verifier.ts';
import type { Services } from '../../../services/create-services.ts';
import type { Callers } from '../../callers.ts';
import { requireAdmin } from '../../plugins/admin-auth-plugin.ts';
import { auditEventRoutes } from './audit-events/index.ts';
import { invitationRoutes } from './invitations/index.ts';
import { membershipRoutes } from './memberships/index.ts';
import { organizationRoutes } from './organizations/index.ts';
import { permissionRoutes } from './permissions/index.ts';
import { roleRoutes } from './roles/index.ts';
import { userAccessRoutes } from './user-access/index.ts';
import { userGrantRoutes } from './user-grants/index.ts';
import { userPermissionCheckRoutes } from './user-permission-checks/index.ts';
import { userRoutes } from './users/index.ts';
import { webhookRoutes } from './webhooks/index.ts';

export interface AdminApiOptions {
  adminToken: string | null;
  tokenVerifier: TokenVerifier;
  /** The bound services; each route family is handed its own. */
  services: Services;
  /** The `/me` services, whose cached snapshots answer the admin permission checks. */
  callers: Callers;
}

/** The admin API (see the README), registered under `/api/admin`; every route admin-only. */
export const adminRoutes: FastifyPluginAsync<AdminApiOptions> = async (app, options) => {
  const { services } = options;
  requireAdmin(app, {
    adminToken: options.adminToken,
    verifier: options.tokenVerifier,
    findAdminAccess: services.adminAccess.find,
  });
  await app.register(organizationRoutes, { organizations: services.organizations });
  await app.register(permissionRoutes, { permissions: services.permissions });
  await app.register(roleRoutes, { roles: services.roles });
  await app.register(userRoutes, { users: services.users, profileSchema: services.profileSchema });
  await app.register(membershipRoutes, { memberships: services.memberships });
  await app.register(invitationRoutes, { invitations: services.invitations });
  await app.register(userGrantRoutes, { userGrants: services.userGrants });
  await app.register(auditEventRoutes, { auditEvents: services.auditEvents });
  await app.register(webhookRoutes, { webhooks: services.webhooks });
  await app.register(userPermissionCheckRoutes, { callers: options.callers });
  await app.register(userAccessRoutes, { callers: options.callers });
};
