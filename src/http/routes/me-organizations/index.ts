import type { SchemaTypedRoutes } from '../../schema-typed-routes.ts';
import type { Services } from '../../../services/create-services.ts';
import {
  renderCurrentOrganization,
  renderMeOrganizations,
  renderSwitchOrganization,
} from '../../../views/me-organizations-view.ts';
import { type SnapshotView, sendSnapshotAnswer } from '../../conditional-get.ts';
import type { Callers } from '../../callers.ts';
import { requireMe } from '../../plugins/me-plugin.ts';
import { currentOrganizationSchema, organizationsSchema, switchOrganizationSchema } from './schemas.ts';

export interface MeOrganizationsRoutesOptions {
  callers: Callers;
  organizationSwitch: Services['organizationSwitch'];
}

/** `/api/me/organizations`, `/api/me/switch-organization`, `/api/me/current-organization` (see the README). */
export const meOrganizationsRoutes: SchemaTypedRoutes<MeOrganizationsRoutesOptions> = async (
  app,
  { callers, organizationSwitch },
) => {
  requireMe(app, callers);

  app.get('/api/me/organizations', { schema: organizationsSchema }, (request, reply) => {
    sendSnapshotAnswer(request, reply, ORGANIZATIONS);
  });

  app.get('/api/me/current-organization', { schema: currentOrganizationSchema }, (request, reply) => {
    sendSnapshotAnswer(request, reply, CURRENT_ORGANIZATION);
  });

  app.post('/api/me/switch-organization', { schema: switchOrganizationSchema }, async (request) => {
    const { user, sessionId } = request.me;
    const result = await organizationSwitch.switch({
      userId: user.id,
      sessionId,
      organizationId: request.body.organizationId,
    });
    return renderSwitchOrganization(result);
  });
};

const ORGANIZATIONS: SnapshotView = { key: 'organizations', render: (request) => renderMeOrganizations(request.me) };
const CURRENT_ORGANIZATION: SnapshotView = {
  key: 'current-organization',
  render: (request) => renderCurrentOrganization(request.me),
};
