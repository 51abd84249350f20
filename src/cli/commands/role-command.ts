import type { RoleScope } from '../../db/types.ts';
import { UsageError, type Command } from '../command.ts';
import {
  allPages,
  CLI_ACTOR,
  list,
  optional,
  organizationIdOf,
  output,
  required,
  runAdminCommand,
} from '../admin-session.ts';

const COLUMNS = ['id', 'key', 'name', 'scope', 'rank', 'color', 'organizationId', 'permissions'];
const SCOPES = ['platform', 'organization', 'resource'];

export const roleCommand: Command = {
  name: 'role',
  summary: 'Create or list roles',
  usage: [
    'roster role create --key <key> --name <name> --scope platform|organization|resource',
    '                   [--rank <n>] [--color #RRGGBB] [--org <slug|id>] [--permissions a:b,c:d] [--json]',
    'roster role list [--scope <scope>] [--org <slug|id>] [--json]',
  ].join('\n'),
  options: {
    key: { type: 'string' },
    name: { type: 'string' },
    scope: { type: 'string' },
    rank: { type: 'string' },
    color: { type: 'string' },
    org: { type: 'string' },
    permissions: { type: 'string' },
    description: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run(values, [action]) {
    const scope = optional(values, 'scope');
    if (scope !== undefined && !SCOPES.includes(scope))
      throw new UsageError('--scope is platform, organization or resource');
    if (action === 'create') {
      const rank = optional(values, 'rank');
      if (rank !== undefined && !/^-?\d+$/.test(rank)) throw new UsageError('--rank takes an integer');
      const color = optional(values, 'color');
      if (color !== undefined && !/^#[0-9A-Fa-f]{6}$/.test(color)) throw new UsageError('--color takes #RRGGBB');
      const input = {
        key: required(values, 'key'),
        name: required(values, 'name'),
        scope: required(values, 'scope') as RoleScope,
      };
      return runAdminCommand('role create', async (session) => {
        const org = optional(values, 'org');
        const role = await session.services.roles.create(CLI_ACTOR, {
          ...input,
          ...(rank === undefined ? {} : { rank: Number(rank) }),
          color: color ?? null,
          description: optional(values, 'description') ?? null,
          organizationId: org === undefined ? null : await organizationIdOf(session, org),
          permissions: list(values, 'permissions'),
        });
        output(values, [role], COLUMNS);
      });
    }
    if (action === 'list') {
      return runAdminCommand('role list', async (session) => {
        const org = optional(values, 'org');
        const organizationId = org === undefined ? undefined : await organizationIdOf(session, org);
        const roles = await allPages((cursor) =>
          session.services.roles.list({ limit: 200, cursor, scope: scope as RoleScope | undefined, organizationId }),
        );
        output(values, roles, COLUMNS);
      });
    }
    throw new UsageError('expected "create" or "list"');
  },
};
