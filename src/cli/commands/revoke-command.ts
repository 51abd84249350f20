import { resolveRoleReference } from '../../services/role-reference.ts';
import { UsageError, type Command } from '../command.ts';
import { CLI_ACTOR, optional, runAdminCommand, userIdOf } from '../admin-session.ts';

export const revokeCommand: Command = {
  name: 'revoke',
  summary: 'Take back a global permission, a platform role or a resource grant',
  usage: [
    'roster revoke (--email <address> | --user <id>) --permission <key>          a global permission',
    'roster revoke (--email <address> | --user <id>) --platform-role <key|id>    a platform role',
    'roster revoke (--email <address> | --user <id>) --grant <resource grant id> a resource grant',
    '',
    'The id of a resource grant is printed by `roster grant --resource … --json`.',
    'Platform admin status: `roster admin revoke`. Add --json for machine-readable output.',
  ].join('\n'),
  options: {
    email: { type: 'string' },
    user: { type: 'string' },
    permission: { type: 'string' },
    'platform-role': { type: 'string' },
    grant: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run(values) {
    const permission = optional(values, 'permission');
    const platformRole = optional(values, 'platform-role');
    const grant = optional(values, 'grant');
    if ([permission, platformRole, grant].filter((value) => value !== undefined).length !== 1) {
      throw new UsageError('give exactly one of --permission, --platform-role and --grant');
    }
    return runAdminCommand('revoke', async (session) => {
      const { userGrants } = session.services;
      const userId = await userIdOf(session, values);
      let revoked: { userId: string; permission?: string; platformRole?: string; resourceGrant?: string };
      if (permission !== undefined) {
        await userGrants.revokeGlobalPermission(CLI_ACTOR, userId, permission);
        revoked = { userId, permission };
      } else if (platformRole !== undefined) {
        const place = { scope: 'platform', field: 'platform-role' } as const;
        const role = await resolveRoleReference(session.db, platformRole, place);
        await userGrants.revokePlatformRole(CLI_ACTOR, userId, role.id);
        revoked = { userId, platformRole: role.key };
      } else {
        await userGrants.revokeOnResource(CLI_ACTOR, userId, grant!.toLowerCase());
        revoked = { userId, resourceGrant: grant!.toLowerCase() };
      }
      const what =
        revoked.permission ??
        (revoked.platformRole ? `platform role ${revoked.platformRole}` : `resource grant ${revoked.resourceGrant}`);
      console.log(values.json ? JSON.stringify({ revoked }) : `revoked ${what} from user ${userId}`);
    });
  },
};
