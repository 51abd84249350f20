import { DEMO_EMAILS } from '../../services/demo-seed.ts';
import type { Command } from '../command.ts';
import { CLI_ACTOR, runAdminCommand } from '../admin-session.ts';

export const seedDemoCommand: Command = {
  name: 'seed-demo',
  summary: 'Load a small demo tenant (organizations, roles, permissions, users); safe to repeat',
  usage: [
    'roster seed-demo [--reset] [--json]',
    '',
    'Creates organizations acme and globex, their roles and permissions, six users, grants and an',
    'invitation, in one transaction. A rerun creates only what is missing; demo users who already',
    'signed in are kept and given their memberships and grants.',
    '',
    '  --reset  delete the demo organizations and users, and the demo roles nothing else holds, then seed again',
    '  --json   print {created, present, removed} as JSON',
  ].join('\n'),
  options: { reset: { type: 'boolean' }, json: { type: 'boolean' } },
  async run(values) {
    return runAdminCommand('seed-demo', async ({ services }) => {
      const progress = values.json ? () => {} : (line: string) => console.log(`  + ${line}`);
      if (values.reset && !values.json) console.log('removing the demo tenant, then seeding it again…');
      const report = await (values.reset ? services.demo.reset : services.demo.seed)(CLI_ACTOR, progress);
      if (values.json) {
        console.log(JSON.stringify(report, null, 2));
        return;
      }
      if (report.removed.length > 0) console.log(`removed ${report.removed.length} parts of the old demo tenant.`);
      console.log(
        report.created.length === 0
          ? `the demo tenant is complete (${report.present.length} parts already there): nothing changed.`
          : `demo data loaded: ${report.created.length} parts created, ${report.present.length} already there.`,
      );
      console.log('\nSign in as any of them with the dev issuer:');
      for (const email of DEMO_EMAILS) console.log(`  npx roster token --email ${email}`);
      console.log('(root@example.com is a platform admin: its token works on /api/admin/*');
      console.log(' after one request of its own, e.g. to /api/users/me.)');
    });
  },
};
