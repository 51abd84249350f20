/**
 * The heap one cached user costs a Roster instance, measured in this process: a whole Roster
 * (`openRoster`, as `roster serve` builds it) on the bench's database answers `GET /api/users/me`
 * for N seeded users it has not seen, and the heap after a full garbage collection is compared
 * before and after, then again once the bus dropped the identity and snapshot caches (what is
 * left is the verified-token cache, keyed by each token's text).
 */
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { startTestApp } from '../test/helpers/app.ts';
import type { ScaleOutResults } from './report.ts';
import type { BenchDatabase } from './roster-under-test.ts';

/** Users requested first, so code compiled on the first requests is not counted as cache. */
const WARM_USERS = 50;

export async function measureCachedUserMemory(
  seeded: BenchDatabase,
  firstUser: number,
  users: number,
): Promise<NonNullable<ScaleOutResults['memory']>> {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const heap = () => {
    gc();
    gc();
    return process.memoryUsage().heapUsed;
  };
  const url = seeded.env.DATABASE_URL!;
  const app = await startTestApp('postgres', { issuer: seeded.issuer, database: { engine: 'postgres', url } });
  try {
    const tokens = await Promise.all(
      Array.from({ length: WARM_USERS + users }, (_, index) => seeded.tokenOf(firstUser + index)),
    );
    const get = async (token: string) => {
      // A copy per request, as a server reads each header afresh: the cache keeps its own string.
      const response = await app.request({ method: 'GET', url: '/api/users/me', token: copy(token) });
      if (response.statusCode !== 200) throw new Error(`GET /api/users/me: ${response.statusCode} ${response.body}`);
    };
    for (const token of tokens.slice(0, WARM_USERS)) await get(token);
    const before = heap();
    for (const token of tokens.slice(WARM_USERS)) await get(token);
    const cached = heap();
    await app.changeBus.publish({ scope: 'all' });
    const tokensOnly = heap();
    return {
      users,
      bytesPerUser: Math.round((cached - before) / users),
      userCachesBytesPerUser: Math.round((cached - tokensOnly) / users),
      tokenCacheBytesPerUser: Math.round((tokensOnly - before) / users),
      tokenBytes: Buffer.byteLength(tokens[0]!),
    };
  } finally {
    await app.close();
  }
}

function copy(text: string): string {
  return Buffer.from(text, 'latin1').toString('latin1');
}
