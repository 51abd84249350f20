import type { OrganizationStatus } from '../../services/organization-service.ts';
import { UsageError, type Command } from '../command.ts';
import { allPages, CLI_ACTOR, optional, output, required, runAdminCommand } from '../admin-session.ts';

const COLUMNS = ['id', 'slug', 'name', 'status', 'createdAt'];

export const orgCommand: Command = {
  name: 'org',
  summary: 'Create or list organizations',
  usage: [
    'roster org create --name <name> --slug <slug> [--description <text>] [--status active|suspended|archived] [--json]',
    'roster org list [--json]',
  ].join('\n'),
  options: {
    name: { type: 'string' },
    slug: { type: 'string' },
    description: { type: 'string' },
    status: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run(values, [action]) {
    if (action === 'create') {
      const status = optional(values, 'status') as OrganizationStatus | undefined;
      if (status !== undefined && !['active', 'suspended', 'archived'].includes(status))
        throw new UsageError('--status is active, suspended or archived');
      const name = required(values, 'name');
      const slug = required(values, 'slug');
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug))
        throw new UsageError('--slug takes lower-case letters and digits joined by single hyphens');
      return runAdminCommand('org create', async ({ services }) => {
        const organization = await services.organizations.create(CLI_ACTOR, {
          name,
          slug,
          description: optional(values, 'description') ?? null,
          ...(status ? { status } : {}),
        });
        output(values, [organization], COLUMNS);
      });
    }
    if (action === 'list') {
      return runAdminCommand('org list', async ({ services }) => {
        output(values, await allPages((cursor) => services.organizations.list({ limit: 200, cursor })), COLUMNS);
      });
    }
    throw new UsageError('expected "create" or "list"');
  },
};
