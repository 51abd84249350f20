import { createInvitation } from '../../services/invitation-service.ts';
import type { Command } from '../command.ts';
import { optional, organizationIdOf, output, required, runAdminCommand } from '../admin-session.ts';

export const inviteCommand: Command = {
  name: 'invite',
  summary: 'Invite an email to an organization',
  usage:
    'roster invite --org <slug|id> --email <address> [--role <key|id>] [--expires-at <ISO date-time>] [--json]\n\nThe invitation applies when that email first signs in verified (default expiry: 7 days).',
  options: {
    org: { type: 'string' },
    email: { type: 'string' },
    role: { type: 'string' },
    'expires-at': { type: 'string' },
    json: { type: 'boolean' },
  },
  async run(values) {
    const org = required(values, 'org');
    const email = required(values, 'email');
    return runAdminCommand('invite', async (ctx) => {
      const expiresAt = optional(values, 'expires-at');
      const invitation = await createInvitation(ctx, {
        email,
        organizationId: await organizationIdOf(ctx, org),
        role: optional(values, 'role') ?? null,
        ...(expiresAt === undefined ? {} : { expiresAt }),
      });
      output(values, [invitation], ['id', 'email', 'organizationId', 'role', 'expiresAt']);
    });
  },
};
