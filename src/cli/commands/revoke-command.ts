import { resolveRoleReference } from '../../services/role-reference.ts';
import { revokeGlobalPermission, revokeOnResource, revokePlatformRole } from '../../services/user-grant-service.ts';
import { UsageError, type Command } from '../command.ts';
import { optional, runAdminCommand, userIdOf } from '../admin-session.ts';

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
    return runAdminCommand('revoke', async (ctx) => {
      const userId = await userIdOf(ctx, values);
      let revoked: { userId: string; permission?: string; platformRole?: string; resourceGrant?: string };
      if (permission !== undefined) {
        await revokeGlobalPermission(ctx, userId, permission);
        revoked = { userId, permission };
      } else if (platformRole !== undefined) {
        const role = await resolveRoleReference(ctx.db, platformRole, { scope: 'platform', field: 'platform-role' });
        await revokePlatformRole(ctx, userId, role.id);
        revoked = { userId, platformRole: role.key };
      } else {
        await revokeOnResource(ctx, userId, grant!.toLowerCase());
        revoked = { userId, resourceGrant: grant!.toLowerCase() };
      }
      const what =
        revoked.permission ??
        (revoked.platformRole ? `platform role ${revoked.platformRole}` : `resource grant ${revoked.resourceGrant}`);
      console.log(values.json ? JSON.stringify({ revoked }) : `revoked ${what} from user ${userId}`);
    });
  },
};
