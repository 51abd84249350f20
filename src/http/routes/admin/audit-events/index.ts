import type { SchemaTypedRoutes } from '../../../schema-typed-routes.ts';
import type { Services } from '../../../../services/create-services.ts';
import { renderPage } from '../route-context.ts';
import { listAuditEventsSchema } from './schemas.ts';

export interface AuditEventRoutesOptions {
  auditEvents: Services['auditEvents'];
}

/** `GET /api/admin/audit-events`. */
export const auditEventRoutes: SchemaTypedRoutes<AuditEventRoutesOptions> = async (app, { auditEvents }) => {
  app.get('/audit-events', { schema: listAuditEventsSchema }, async (request) =>
    renderPage(await auditEvents.list(request.query)),
  );
};
