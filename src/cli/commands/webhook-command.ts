import { UsageError, type Command } from '../command.ts';
import { allPages, optional, output, runAdminCommand } from '../admin-session.ts';

const WEBHOOK_COLUMNS = ['id', 'url', 'events', 'enabled', 'description', 'createdAt'];
const DELIVERY_COLUMNS = ['at', 'eventType', 'eventId', 'attempt', 'status', 'responseStatus', 'error'];

export const webhookCommand: Command = {
  name: 'webhook',
  summary: 'List webhooks, or the recent delivery attempts of one',
  usage: [
    'roster webhook list [--json]',
    'roster webhook deliveries <webhook id> [--limit <n>] [--json]   (newest first; default 50, at most 200)',
  ].join('\n'),
  options: { json: { type: 'boolean' }, limit: { type: 'string' } },
  async run(values, [action, id]) {
    if (action === 'list') {
      return runAdminCommand('webhook list', async ({ services }) => {
        output(values, await allPages((cursor) => services.webhooks.list({ limit: 200, cursor })), WEBHOOK_COLUMNS);
      });
    }
    if (action === 'deliveries') {
      if (!id) throw new UsageError('name the webhook: roster webhook deliveries <webhook id>');
      const limitText = optional(values, 'limit') ?? '50';
      const limit = Number(limitText);
      if (!/^\d+$/.test(limitText) || limit < 1 || limit > 200)
        throw new UsageError('--limit is an integer from 1 to 200');
      return runAdminCommand('webhook deliveries', async ({ services }) => {
        output(values, (await services.webhooks.listDeliveries(id.toLowerCase(), { limit })).items, DELIVERY_COLUMNS);
      });
    }
    throw new UsageError('expected "list" or "deliveries"');
  },
};
