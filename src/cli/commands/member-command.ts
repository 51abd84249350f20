import { RosterError } from '../../domain/roster-error.ts';
import { findUserById } from '../../queries/user-queries.ts';
import { UsageError, type Command } from '../command.ts';
import {
  allPages,
  CLI_ACTOR,
  list,
  organizationIdOf,
  output,
  required,
  runAdminCommand,
  userIdOf,
} from '../admin-session.ts';

export const memberCommand: Command = {
  name: 'member',
  summary: 'List the members of an organization, add a user to it, or remove them',
  usage: [
    'roster member list --org <slug|id> [--json]',
    'roster member add --org <slug|id> (--email <address> | --user <id>) [--roles key1,key2] [--primary] [--json]',
    'roster member remove --org <slug|id> (--email <address> | --user <id>) [--json]',
  ].join('\n'),
  options: {
    org: { type: 'string' },
    email: { type: 'string' },
    user: { type: 'string' },
    roles: { type: 'string' },
    primary: { type: 'boolean' },
    json: { type: 'boolean' },
  },
  async run(values, [action]) {
    if (action !== 'add' && action !== 'remove' && action !== 'list') {
      throw new UsageError('expected "list", "add" or "remove"');
    }
    const org = required(values, 'org');
    if (action === 'list') {
      return runAdminCommand('member list', async (session) => {
        const organizationId = await organizationIdOf(session, org);
        const members = await allPages((cursor) =>
          session.services.memberships.list(organizationId, { limit: 200, cursor }),
        );
        if (values.json) return output(values, members, []);
        const rows = [];
        for (const member of members) {
          const email = (await findUserById(session.db, member.userId))?.email ?? null;
          rows.push({ ...member, email, roles: member.roles.map((role) => role.key) });
        }
        output(values, rows, ['id', 'userId', 'email', 'status', 'isPrimary', 'roles']);
      });
    }
    return runAdminCommand(`member ${action}`, async (session) => {
      const { memberships } = session.services;
      const organizationId = await organizationIdOf(session, org);
      const userId = await userIdOf(session, values);
      if (action === 'add') {
        const membership = await memberships.add(CLI_ACTOR, organizationId, {
          userId,
          roles: list(values, 'roles'),
          ...(values.primary ? { isPrimary: true } : {}),
        });
        output(
          values,
          [{ ...membership, roles: membership.roles.map((role) => role.key) }],
          ['id', 'userId', 'organizationId', 'status', 'isPrimary', 'roles'],
        );
        return;
      }
      const membership = await memberships.find(userId, organizationId);
      if (!membership) throw new RosterError('NotFound', 'That user is not a member of that organization');
      await memberships.remove(CLI_ACTOR, membership.id);
      console.log(values.json ? JSON.stringify({ removed: membership.id }) : `removed membership ${membership.id}`);
    });
  },
};
