import type { SchemaTypedRoutes } from '../../schema-typed-routes.ts';
import { switchOrganization } from '../../../services/organization-switch-service.ts';
import { renderCurrentOrganization, renderMeOrganizations, renderSwitchOrganization } from '../../../views/me-organizations-view.ts';
import { conditionalGet } from '../../conditional-get.ts';
import type { MeServices } from '../../me-services.ts';
import { requireMe } from '../../plugins/me-plugin.ts';
import { currentOrganizationSchema, organizationsSchema, switchOrganizationSchema } from './schemas.ts';

export interface MeOrganizationsRoutesOptions {
  me: MeServices;
}

/** `/api/me/organizations`, `/api/me/switch-organization`, `/api/me/current-organization` (see the README). */
export const meOrganizationsRoutes: SchemaTypedRoutes<MeOrganizationsRoutesOptions> = async (app, { me }) => {
  requireMe(app, me);

  app.get('/api/me/organizations', { schema: organizationsSchema }, async (request, reply) =>
    conditionalGet(reply, renderMeOrganizations(request.me)),
  );

  app.get('/api/me/current-organization', { schema: currentOrganizationSchema }, async (request, reply) =>
    conditionalGet(reply, renderCurrentOrganization(request.me)),
  );

  app.post('/api/me/switch-organization', { schema: switchOrganizationSchema }, async (request) => {
    const result = await switchOrganization(
      me.writeContext(request.me.user.id),
      { userId: request.me.user.id, sessionId: request.me.sessionId, organizationId: request.body.organizationId },
    );
    return renderSwitchOrganization(result);
  });
};
