import { UsageError, type Command } from '../command.ts';
import { CLI_ACTOR, optional, output, runAdminCommand, userIdOf } from '../admin-session.ts';

export const grantCommand: Command = {
  name: 'grant',
  summary: 'Grant a user a global permission, a platform role, or a role/permission on a resource',
  usage: [
    'roster grant (--email <address> | --user <id>) --permission <key>                      a global permission',
    'roster grant (--email <address> | --user <id>) --platform-role <key|id>                a platform role',
    'roster grant (--email <address> | --user <id>) --resource <type>:<id> (--role <key|id> | --permission <key>)',
    '                                                                                      a resource grant',
    'Add --json for machine-readable output.',
  ].join('\n'),
  options: {
    email: { type: 'string' },
    user: { type: 'string' },
    permission: { type: 'string' },
    'platform-role': { type: 'string' },
    resource: { type: 'string' },
    role: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run(values) {
    const permission = optional(values, 'permission');
    const platformRole = optional(values, 'platform-role');
    const resource = optional(values, 'resource');
    const role = optional(values, 'role');
    if (resource !== undefined) {
      const separator = resource.indexOf(':');
      if (separator < 1 || separator === resource.length - 1)
        throw new UsageError('--resource takes <type>:<id>, e.g. project:p-42');
      if ((role === undefined) === (permission === undefined))
        throw new UsageError('a resource grant takes exactly one of --role and --permission');
      const target = { resourceType: resource.slice(0, separator), resourceId: resource.slice(separator + 1) };
      return runAdminCommand('grant', async (session) => {
        const input = role !== undefined ? { ...target, role } : { ...target, permission: permission! };
        const grant = await session.services.userGrants.grantOnResource(
          CLI_ACTOR,
          await userIdOf(session, values),
          input,
        );
        output(
          values,
          [{ ...grant, role: grant.role?.key ?? null }],
          ['id', 'userId', 'resourceType', 'resourceId', 'role', 'permission'],
        );
      });
    }
    if (role !== undefined)
      throw new UsageError('--role goes with --resource; use --platform-role for a platform role');
    if ((permission === undefined) === (platformRole === undefined))
      throw new UsageError('give exactly one of --permission, --platform-role or --resource');
    return runAdminCommand('grant', async (session) => {
      const { userGrants } = session.services;
      const userId = await userIdOf(session, values);
      if (permission !== undefined) {
        output(
          values,
          [await userGrants.grantGlobalPermission(CLI_ACTOR, userId, permission)],
          ['id', 'userId', 'permission', 'grantedAt'],
        );
      } else {
        const grant = await userGrants.grantPlatformRole(CLI_ACTOR, userId, platformRole!);
        output(values, [{ ...grant, role: grant.role.key }], ['id', 'userId', 'role', 'grantedAt']);
      }
    });
  },
};
