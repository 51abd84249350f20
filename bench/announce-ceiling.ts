/**
 * How many announcements a second the database takes: `connections` clients each sending, back
 * to back, the statement the change bus announces a change with (`nextval` + `pg_notify`, see
 * src/cache/open-change-bus.ts) on a scratch sequence and channel nobody listens to; then the
 * same without the NOTIFY. A notifying transaction takes PostgreSQL's notification queue lock
 * until its commit is flushed, so announcements commit one at a time across the whole server.
 */
import { performance } from 'node:perf_hooks';
import pg from 'pg';

const PAYLOAD = JSON.stringify({ scope: 'users', userIds: ['0190f5a8-3b5c-7d2e-8f1a-2b3c4d5e6f70'] });

export async function measureAnnounceCeiling(
  url: string,
  connections: number,
  seconds: number,
): Promise<{ connections: number; seconds: number; announcementsPerSecond: number; nextvalPerSecond: number }> {
  const clients = Array.from({ length: connections }, () => new pg.Client({ connectionString: url }));
  await Promise.all(clients.map((client) => client.connect()));
  try {
    await clients[0]!.query('create sequence if not exists bench_announce_seq');
    const rate = async (statement: string, parameters: unknown[]) => {
      const until = performance.now() + seconds * 1000;
      let done = 0;
      const started = performance.now();
      await Promise.all(
        clients.map(async (client) => {
          while (performance.now() < until) {
            await client.query(statement, parameters);
            done++;
          }
        }),
      );
      return Math.round(done / ((performance.now() - started) / 1000));
    };
    const announcementsPerSecond = await rate(
      `with next as (select nextval('bench_announce_seq') as seq)
       select seq, pg_notify('roster_bench_ceiling',
         json_build_object('origin', $1::text, 'seq', seq, 'change', $2::json)::text) from next`,
      ['bench', PAYLOAD],
    );
    const nextvalPerSecond = await rate(`select nextval('bench_announce_seq')`, []);
    await clients[0]!.query('drop sequence bench_announce_seq');
    return { connections, seconds, announcementsPerSecond, nextvalPerSecond };
  } finally {
    await Promise.all(clients.map((client) => client.end()));
  }
}
