import { DEMO_EMAILS, seedDemo } from '../../services/demo-seed.ts';
import type { Command } from '../command.ts';
import { runAdminCommand } from '../admin-session.ts';

export const seedDemoCommand: Command = {
  name: 'seed-demo',
  summary: 'Load a small demo tenant (organizations, roles, permissions, users); safe to repeat',
  usage: 'roster seed-demo\n\nCreates organizations acme and globex, their roles and permissions, six users, grants and an invitation.\nDoes nothing when organization "acme" already exists.',
  options: {},
  async run() {
    return runAdminCommand('seed-demo', async (ctx) => {
      const seeded = await seedDemo(ctx, (line) => console.log(line));
      console.log(seeded ? 'demo data loaded.' : 'already seeded (organization "acme" exists): nothing changed.');
      console.log('\nSign in as any of them with the dev issuer:');
      for (const email of DEMO_EMAILS) console.log(`  npx roster token --email ${email}`);
      console.log('(root@example.com is a platform admin: its token works on /api/admin/* once it has signed in.)');
    });
  },
};
