import { UsageError, type Command } from '../command.ts';
import { CLI_ACTOR, runAdminCommand, userIdOf } from '../admin-session.ts';

export const adminCommand: Command = {
  name: 'admin',
  summary: 'Make a user a platform admin, or end it',
  usage: 'roster admin grant (--email <address> | --user <id>)\nroster admin revoke (--email <address> | --user <id>)',
  options: { email: { type: 'string' }, user: { type: 'string' }, json: { type: 'boolean' } },
  async run(values, [action]) {
    if (action !== 'grant' && action !== 'revoke') throw new UsageError('expected "grant" or "revoke"');
    return runAdminCommand(`admin ${action}`, async (session) => {
      const { userGrants } = session.services;
      const userId = await userIdOf(session, values);
      await (action === 'grant'
        ? userGrants.grantPlatformAdmin(CLI_ACTOR, userId)
        : userGrants.revokePlatformAdmin(CLI_ACTOR, userId));
      const result = { userId, isPlatformAdmin: action === 'grant' };
      console.log(
        values.json
          ? JSON.stringify(result)
          : `${userId} ${action === 'grant' ? 'is now' : 'is no longer'} a platform admin`,
      );
    });
  },
};
