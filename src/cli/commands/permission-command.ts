import { PERMISSION_KEY_PATTERN } from '../../services/permission-service.ts';
import { UsageError, type Command } from '../command.ts';
import { allPages, CLI_ACTOR, optional, output, required, runAdminCommand } from '../admin-session.ts';

const COLUMNS = ['key', 'description'];

export const permissionCommand: Command = {
  name: 'permission',
  summary: 'Create or list permissions',
  usage: [
    'roster permission create --key <resource:action> [--description <text>] [--json]',
    'roster permission list [--json]',
  ].join('\n'),
  options: { key: { type: 'string' }, description: { type: 'string' }, json: { type: 'boolean' } },
  async run(values, [action]) {
    if (action === 'create') {
      const key = required(values, 'key');
      if (!new RegExp(PERMISSION_KEY_PATTERN).test(key))
        throw new UsageError('--key is resource:action, e.g. projects:create');
      return runAdminCommand('permission create', async ({ services }) => {
        output(
          values,
          [await services.permissions.create(CLI_ACTOR, { key, description: optional(values, 'description') ?? null })],
          COLUMNS,
        );
      });
    }
    if (action === 'list') {
      return runAdminCommand('permission list', async ({ services }) => {
        output(values, await allPages((cursor) => services.permissions.list({ limit: 200, cursor })), COLUMNS);
      });
    }
    throw new UsageError('expected "create" or "list"');
  },
};
