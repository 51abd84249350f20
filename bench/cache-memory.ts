/**
 * Memory per cached user: signs in N users (each with a membership, as provisioning gives a new
 * user in the default organization), asks each for /api/users/me and /api/v1/me, and divides the
 * heap growth (after a full GC) by N. Run: node --expose-gc --import tsx bench/cache-memory.ts [N]
 */
import { startTestApp } from '../test/helpers/app.ts';
import { signIn } from '../test/helpers/fixtures.ts';

const users = Number(process.argv[2] ?? 2000);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const heap = () => {
  gc();
  gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
};
const roster = await startTestApp('sqlite', { env: { ROSTER_CACHE_ENTRIES: String(users * 2) } });
const signedIn = [];
for (let index = 0; index < users; index += 1)
  signedIn.push(await signIn(roster, { email: `u${index}@example.com`, email_verified: true }));
// Drop what signing in cached, so the measurement covers exactly the reads below.
await roster.changeBus.publish({ scope: 'all' });
const tokens = await Promise.all(signedIn.map((user) => user.token()));
const before = heap();
for (const token of tokens) {
  await roster.request({ method: 'GET', url: '/api/users/me', token });
  await roster.request({ method: 'GET', url: '/api/v1/me', token });
}
const after = heap();
console.log(
  `${users} users: heap and buffers +${((after - before) / 1024 / 1024).toFixed(1)} MB, ${Math.round((after - before) / users)} bytes per user (identity + snapshot + 2 rendered answers + verified token)`,
);
await roster.close();
