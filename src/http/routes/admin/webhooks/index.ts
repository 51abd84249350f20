import type { SchemaTypedRoutes } from '../../../schema-typed-routes.ts';
import * as service from '../../../../services/webhook-service.ts';
import { adminContext, pathId, renderPage, type AdminRoutesOptions } from '../route-context.ts';
import * as schemas from './schemas.ts';

/** `/api/admin/webhooks[/:id]` and `/api/admin/webhooks/:id/deliveries`. */
export const webhookRoutes: SchemaTypedRoutes<AdminRoutesOptions> = async (app, options) => {
  const policy: service.WebhookPolicy = { allowInsecure: options.webhooks?.allowInsecure ?? false };

  app.post('/webhooks', { schema: schemas.createWebhookSchema }, async (request, reply) => {
    const webhook = await service.createWebhook(
      adminContext(options, request),
      policy,
      request.body,
    );
    return reply.status(201).send({ data: webhook });
  });

  app.get('/webhooks', { schema: schemas.listWebhooksSchema }, async (request) =>
    renderPage(await service.listWebhooks(options.database.db, request.query)),
  );

  app.get('/webhooks/:id', { schema: schemas.getWebhookSchema }, async (request) => ({
    data: await service.getWebhook(options.database.db, pathId(request.params.id)),
  }));

  app.patch('/webhooks/:id', { schema: schemas.updateWebhookSchema }, async (request) => ({
    data: await service.updateWebhook(
      adminContext(options, request),
      policy,
      pathId(request.params.id),
      request.body,
    ),
  }));

  app.delete('/webhooks/:id', { schema: schemas.deleteWebhookSchema }, async (request, reply) => {
    await service.deleteWebhook(adminContext(options, request), pathId(request.params.id));
    return reply.status(204).send();
  });

  app.get('/webhooks/:id/deliveries', { schema: schemas.listDeliveriesSchema }, async (request) =>
    renderPage(await service.listDeliveries(options.database.db, pathId(request.params.id), request.query)),
  );
};
