import type { SchemaTypedRoutes } from '../../../schema-typed-routes.ts';
import { listAuditEvents } from '../../../../services/audit-service.ts';
import { renderPage, type AdminRoutesOptions } from '../route-context.ts';
import { listAuditEventsSchema } from './schemas.ts';

/** `GET /api/admin/audit-events`. */
export const auditEventRoutes: SchemaTypedRoutes<AdminRoutesOptions> = async (app, options) => {
  app.get('/audit-events', { schema: listAuditEventsSchema }, async (request) =>
    renderPage(await listAuditEvents(options.database.db, request.query)),
  );
};
