import { UsageError, type Command } from '../command.ts';
import { allPages, CLI_ACTOR, optional, output, required, runAdminCommand, userIdOf } from '../admin-session.ts';

const COLUMNS = ['id', 'email', 'fullName', 'emailVerified', 'lastLoginAt'];

export const userCommand: Command = {
  name: 'user',
  summary: 'List, show or create (pre-create) users',
  usage: [
    'roster user list [--email <address>] [--json]',
    'roster user show (--email <address> | --user <id>) [--json]',
    'roster user create --email <address> [--first-name <name>] [--last-name <name>] [--verified] [--json]',
    '',
    'A pre-created user is linked to whoever first signs in with that email, verified.',
  ].join('\n'),
  options: {
    email: { type: 'string' },
    user: { type: 'string' },
    'first-name': { type: 'string' },
    'last-name': { type: 'string' },
    verified: { type: 'boolean' },
    json: { type: 'boolean' },
  },
  async run(values, [action]) {
    if (action === 'list') {
      return runAdminCommand('user list', async ({ services }) => {
        const email = optional(values, 'email');
        output(values, await allPages((cursor) => services.users.list({ limit: 200, cursor, email })), COLUMNS);
      });
    }
    if (action === 'show') {
      return runAdminCommand('user show', async (session) => {
        const user = await session.services.users.get(await userIdOf(session, values));
        if (values.json) console.log(JSON.stringify(user, null, 2));
        else for (const [key, value] of Object.entries(user)) console.log(`${key.padEnd(22)} ${JSON.stringify(value)}`);
      });
    }
    if (action === 'create') {
      const input = {
        email: required(values, 'email'),
        ...(values['first-name'] === undefined ? {} : { firstName: optional(values, 'first-name') }),
        ...(values['last-name'] === undefined ? {} : { lastName: optional(values, 'last-name') }),
        ...(values.verified ? { emailVerified: true } : {}),
      };
      return runAdminCommand('user create', async ({ services }) => {
        output(values, [await services.users.create(CLI_ACTOR, input)], COLUMNS);
      });
    }
    throw new UsageError('expected "list", "show" or "create"');
  },
};
