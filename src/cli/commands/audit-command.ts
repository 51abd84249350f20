import { UsageError, type Command } from '../command.ts';
import { optional, output, runAdminCommand } from '../admin-session.ts';

export const auditCommand: Command = {
  name: 'audit',
  summary: 'Show the audit trail of admin writes, newest first',
  usage: [
    'roster audit [--actor <cli|admin-token|user id>] [--action <e.g. role.created>] [--since <ISO date-time>]',
    '             [--limit <n, default 50>] [--json]',
  ].join('\n'),
  options: {
    actor: { type: 'string' },
    action: { type: 'string' },
    since: { type: 'string' },
    limit: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run(values) {
    const since = optional(values, 'since');
    if (since !== undefined && Number.isNaN(Date.parse(since))) {
      throw new UsageError('--since takes an ISO 8601 date-time, e.g. 2026-01-31T00:00:00Z');
    }
    const limitText = optional(values, 'limit') ?? '50';
    if (!/^\d+$/.test(limitText) || Number(limitText) < 1 || Number(limitText) > 1000) {
      throw new UsageError('--limit takes a whole number from 1 to 1000');
    }
    return runAdminCommand('audit', async ({ services }) => {
      const page = await services.auditEvents.list({
        limit: Number(limitText),
        actor: optional(values, 'actor'),
        action: optional(values, 'action'),
        since,
      });
      const rows = page.items.map((event) => ({ ...event, target: `${event.target.type}:${event.target.id ?? '-'}` }));
      output(values, values.json ? page.items : rows, ['at', 'actor', 'action', 'target']);
    });
  },
};
