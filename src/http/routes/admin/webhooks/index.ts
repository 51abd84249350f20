import type { SchemaTypedRoutes } from '../../../schema-typed-routes.ts';
import type { Services } from '../../../../services/create-services.ts';
import { pathId, renderPage } from '../route-context.ts';
import * as schemas from './schemas.ts';

export interface WebhookRoutesOptions {
  webhooks: Services['webhooks'];
}

/** `/api/admin/webhooks[/:id]` and `/api/admin/webhooks/:id/deliveries`. */
export const webhookRoutes: SchemaTypedRoutes<WebhookRoutesOptions> = async (app, { webhooks }) => {
  app.post('/webhooks', { schema: schemas.createWebhookSchema }, async (request, reply) => {
    const webhook = await webhooks.create(request.adminActor, request.body);
    return reply.status(201).send({ data: webhook });
  });

  app.get('/webhooks', { schema: schemas.listWebhooksSchema }, async (request) =>
    renderPage(await webhooks.list(request.query)),
  );

  app.get('/webhooks/:id', { schema: schemas.getWebhookSchema }, async (request) => ({
    data: await webhooks.get(pathId(request.params.id)),
  }));

  app.patch('/webhooks/:id', { schema: schemas.updateWebhookSchema }, async (request) => ({
    data: await webhooks.update(request.adminActor, pathId(request.params.id), request.body),
  }));

  app.delete('/webhooks/:id', { schema: schemas.deleteWebhookSchema }, async (request, reply) => {
    await webhooks.delete(request.adminActor, pathId(request.params.id));
    return reply.status(204).send();
  });

  app.get('/webhooks/:id/deliveries', { schema: schemas.listDeliveriesSchema }, async (request) =>
    renderPage(await webhooks.listDeliveries(pathId(request.params.id), request.query)),
  );
};
