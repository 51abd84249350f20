import type { Command } from '../command.ts';
import { CLI_ACTOR, optional, organizationIdOf, output, required, runAdminCommand } from '../admin-session.ts';

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
    return runAdminCommand('invite', async (session) => {
      const expiresAt = optional(values, 'expires-at');
      const invitation = await session.services.invitations.create(CLI_ACTOR, {
        email,
        organizationId: await organizationIdOf(session, org),
        role: optional(values, 'role') ?? null,
        ...(expiresAt === undefined ? {} : { expiresAt }),
      });
      output(values, [invitation], ['id', 'email', 'organizationId', 'role', 'expiresAt']);
    });
  },
};
