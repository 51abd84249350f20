import { addMember, findMembership, removeMembership } from '../../services/membership-service.ts';
import { RosterError } from '../../domain/roster-error.ts';
import { UsageError, type Command } from '../command.ts';
import { list, organizationIdOf, output, required, runAdminCommand, userIdOf } from '../admin-session.ts';

export const memberCommand: Command = {
  name: 'member',
  summary: 'Add a user to an organization, or remove them',
  usage: [
    'roster member add --org <slug|id> (--email <address> | --user <id>) [--roles key1,key2] [--primary] [--json]',
    'roster member remove --org <slug|id> (--email <address> | --user <id>)',
  ].join('\n'),
  options: { org: { type: 'string' }, email: { type: 'string' }, user: { type: 'string' }, roles: { type: 'string' }, primary: { type: 'boolean' }, json: { type: 'boolean' } },
  async run(values, [action]) {
    if (action !== 'add' && action !== 'remove') throw new UsageError('expected "add" or "remove"');
    const org = required(values, 'org');
    return runAdminCommand(`member ${action}`, async (ctx) => {
      const organizationId = await organizationIdOf(ctx, org);
      const userId = await userIdOf(ctx, values);
      if (action === 'add') {
        const membership = await addMember(ctx, organizationId, { userId, roles: list(values, 'roles'), ...(values.primary ? { isPrimary: true } : {}) });
        output(values, [{ ...membership, roles: membership.roles.map((role) => role.key) }], ['id', 'userId', 'organizationId', 'status', 'isPrimary', 'roles']);
        return;
      }
      const membership = await findMembership(ctx.db, userId, organizationId);
      if (!membership) throw new RosterError('NotFound', 'That user is not a member of that organization');
      await removeMembership(ctx, membership.id);
      console.log(`removed membership ${membership.id}`);
    });
  },
};
