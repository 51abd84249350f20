import { loadProfileSchema } from '../../domain/profile-schema.ts';
import { createUser, getUser, listUsers } from '../../services/user-service.ts';
import { UsageError, type Command } from '../command.ts';
import { allPages, optional, output, required, runAdminCommand, userIdOf } from '../admin-session.ts';

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
      return runAdminCommand('user list', async (ctx, config) => {
        const schema = await loadProfileSchema(config.profileSchemaPath);
        const email = optional(values, 'email');
        output(values, await allPages((cursor) => listUsers(ctx.db, { limit: 200, cursor, email }, schema)), COLUMNS);
      });
    }
    if (action === 'show') {
      return runAdminCommand('user show', async (ctx, config) => {
        const schema = await loadProfileSchema(config.profileSchemaPath);
        const user = await getUser(ctx.db, await userIdOf(ctx, values), schema);
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
      return runAdminCommand('user create', async (ctx, config) => {
        output(values, [await createUser(ctx, input, await loadProfileSchema(config.profileSchemaPath))], COLUMNS);
      });
    }
    throw new UsageError('expected "list", "show" or "create"');
  },
};
