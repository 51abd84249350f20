import { ConfigError } from '../config/config.ts';
import { ROSTER_VERSION } from '../version.ts';
import { parseCommandArgs, UsageError, type Command } from './command.ts';
import { adminCommand } from './commands/admin-command.ts';
import { auditCommand } from './commands/audit-command.ts';
import { checkTokenCommand } from './commands/check-token-command.ts';
import { grantCommand } from './commands/grant-command.ts';
import { inviteCommand } from './commands/invite-command.ts';
import { memberCommand } from './commands/member-command.ts';
import { migrateCommand } from './commands/migrate-command.ts';
import { orgCommand } from './commands/org-command.ts';
import { permissionCommand } from './commands/permission-command.ts';
import { revokeCommand } from './commands/revoke-command.ts';
import { roleCommand } from './commands/role-command.ts';
import { seedDemoCommand } from './commands/seed-demo-command.ts';
import { seedScaleCommand } from './commands/seed-scale-command.ts';
import { serveCommand } from './commands/serve-command.ts';
import { tokenCommand } from './commands/token-command.ts';
import { webhookCommand } from './commands/webhook-command.ts';
import { userCommand } from './commands/user-command.ts';

const commands: readonly Command[] = [
  serveCommand,
  migrateCommand,
  tokenCommand,
  checkTokenCommand,
  seedDemoCommand,
  seedScaleCommand,
  userCommand,
  orgCommand,
  roleCommand,
  permissionCommand,
  memberCommand,
  inviteCommand,
  grantCommand,
  revokeCommand,
  adminCommand,
  webhookCommand,
  auditCommand,
];

function overview(): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    `roster ${ROSTER_VERSION} — the current-user service`,
    '',
    'Usage: roster <command> [options]   (roster <command> --help for more)',
    '',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Start the server with `roster serve`. Most commands take --json for scripts; organizations are',
    'named by slug or id, users by --email or --user <id>. Configuration comes from the environment',
    '(see .env.example).',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name = 'help', ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    console.log(overview());
    return 0;
  }
  if (name === '--version' || name === '-v' || name === 'version') {
    console.log(ROSTER_VERSION);
    return 0;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    console.error(`roster: unknown command "${name}"\n\n${overview()}`);
    return 2;
  }
  try {
    const { values, positionals } = parseCommandArgs(command, rest);
    if (values.help) {
      console.log(command.usage);
      return 0;
    }
    return await command.run(values, positionals);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`roster ${command.name}: ${error.message}\n\n${command.usage}`);
      return 2;
    }
    if (error instanceof ConfigError) {
      console.error(`roster: invalid configuration: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

// `roster org list | head` closes the pipe early: that is the reader's choice, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`roster: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
