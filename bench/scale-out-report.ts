/**
 * The "Scale-out" and "What grows, and where the next limit is" sections of docs/performance.md,
 * from bench/results/scale-out.json (and the cold-load cost in scale.json). The facts that come
 * from the code name the file they come from; change them here when that code changes.
 */
import type { InstancesResult, ScaleOutResults, ScaleResults, VisibilityResult } from './report.ts';

/** `src/db/postgres-pool.ts`: `max: options.max ?? 10`, and `src/db/database.ts` passes none. */
const POOL_MAX = 10;
/** `src/cache/user-keyed-cache.ts` (identity and snapshot caches) and `src/identity/token-verifier.ts`. */
const CACHE_ENTRIES = 10_000;
/** The caches' TTL and the verified-token cache's age limit, in seconds. */
const CACHE_TTL_S = 60;
/** PostgreSQL's default `max_connections` and `superuser_reserved_connections`. */
const PG_MAX_CONNECTIONS = 100;
const PG_RESERVED = 3;

export function scaleOutSection(results: ScaleOutResults): string {
  const { options } = results;
  const lines = [
    '## Scale-out',
    '',
    `Run at ${results.at}: ${results.machine.cores} cores; pinning: ${results.machine.pinning}. Load average ` +
      `${fmtLoad(results.machine.loadAverageAtStart)} at the start, ${fmtLoad(results.machine.loadAverageAtEnd ?? [])} ` +
      'at the end.',
    '',
    `One PostgreSQL database seeded by \`roster seed-scale --users ${options.users}\` ` +
      `(${results.seedSeconds.toFixed(1)} s); for each count, that many fresh \`roster serve\` processes on it (the ` +
      'environment of the lines above, distinct ports). Every instance first answers each of ' +
      `${options.readers.toLocaleString('en')} seeded users once, so each caches every user, as behind a round-robin ` +
      `balancer. Then ${options.warmupS} s of warm-up and back-to-back windows of ${options.durationS} s covering a ` +
      `minute: one autocannon per instance, all at once, ${options.connections} connections in total split evenly, ` +
      'each request taking the next user. "Warm" is the median window (by total req/s); "steady" is the whole ' +
      "minute. A minute holds one renewal of every user: a user's cache entries live 60 s and its `lastLoginAt` is " +
      'written at most once a minute, so once a minute each user costs an identity load, a write and its ' +
      'announcement, and a snapshot load on every instance that serves it. The bench primed every user at ' +
      'once, so the renewals come as a wave within the minute: the windows column shows it.',
    '',
    '**Why everything is on one core.** With two cores, pinning cannot give each instance a core of its own. ' +
      'Every instance is pinned to the same core and the load generator to the other, so 1, 2 and 3 instances ' +
      'share the same CPU budget: the totals show what running more instances costs (per-request CPU, sequence ' +
      'reads, connections), not what more machines would add. Without pinning, the instances, autocannon and ' +
      'PostgreSQL would compete for both cores and the comparison would measure the scheduler. PostgreSQL (a ' +
      'shared server) is not pinned; its CPU is read from `/proc` for the backends of the bench database.',
    '',
    '| instances | warm req/s | per instance | warm server CPU µs/req (summed) | p50 ms | p99 ms (worst) ' +
      '| steady req/s | steady CPU µs/req | windows (req/s) |',
    '|---:|---:|---|---:|---:|---:|---:|---:|---|',
    ...results.instances.map((row) => throughputRow(row)),
    '',
    'The database over the same minute:',
    '',
    '| instances | connections (pool + LISTEN) | PostgreSQL CPU µs/req | sequence reads/s | requests per read ' +
      '| commits/s | changes announced | identity loads/s | snapshot loads/s |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...results.instances.map((row) => databaseRow(row)),
    '',
  ];
  const one = results.instances.find((row) => row.count === 1);
  if (one) {
    const relative = results.instances
      .filter((row) => row.count > 1)
      .map(
        (row) =>
          `${row.count} instances ${ratio(row.throughput.requestsPerSecond, one.throughput.requestsPerSecond)} of ` +
          `one's req/s at ${ratio(row.throughput.cpuUsPerRequest, one.throughput.cpuUsPerRequest)} of its server ` +
          'CPU per request',
      );
    if (relative.length > 0) lines.push(`On the one shared core: ${relative.join('; ')}.`, '');
  }
  lines.push(
    '"Sequence reads" are the buffer reads of `roster_change_seq` (`pg_statio_user_sequences`), one per read of ' +
      'the sequence, counted over the minute after PostgreSQL flushed its statistics; "commits" are ' +
      '`pg_stat_database.xact_commit` (the sequence reads, the snapshot and identity loads — one transaction per ' +
      'query —, each instance\'s webhook outbox poll once a second, and the writes). "Changes announced" is how ' +
      'far the sequence moved in the minute: only `lastLoginAt` writes, one per user — or more, when instances ' +
      'found it due before hearing of one another\'s write. "Identity loads" and "snapshot loads" are cache misses, ' +
      'counted the same way: index scans of `identities` by issuer and subject (`findKnownIdentity`) and scans of ' +
      '`session_contexts` (one of the queries of a snapshot load; nothing else reads it while only GETs run).',
    '',
    '### Write-to-visible across instances',
    '',
    `${options.writes} writes per line: \`PATCH /api/users/me\` (a new first name) through instance 1, 2, 3, 1, …; ` +
      'as soon as it answers, every other instance is asked `GET /api/users/me` with the same token until it shows ' +
      'the new name. "Visible after" runs from the PATCH\'s answer to the other instance\'s answer with the new ' +
      'value, so it includes one whole GET. Under load: the same while autocannon drives every instance as above.',
    '',
    '| instances | condition | write median ms | write max ms | visible after, median ms | p99 ms | worst ms ' +
      '| polls that saw the old value | never visible | changes announced |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const row of results.instances) {
    if (!row.visibility) continue;
    lines.push(visibilityRow(row.count, 'idle', row.visibility.idle));
    lines.push(visibilityRow(row.count, 'under load', row.visibility.underLoad));
  }
  lines.push('');
  const runs = results.instances.flatMap((row) =>
    row.visibility ? [row.visibility.idle, row.visibility.underLoad] : [],
  );
  const stale = runs.reduce((sum, run) => sum + run.stalePolls, 0);
  const never = runs.reduce((sum, run) => sum + run.neverVisible, 0);
  if (runs.length === 0) {
    lines.push('_Write-to-visible needs two instances or more; none were run._', '');
  } else if (stale > 0 || never > 0) {
    lines.push(
      `**${stale} poll(s) after a PATCH had returned still showed the old value (${never} write(s) never became ` +
        'visible within 5 s): a write was NOT visible on the very next request of every instance.** This is a bug ' +
        'against src/cache/README.md; the figures above are kept as measured.',
      '',
    );
  } else {
    const writes = runs.reduce((sum, run) => sum + run.writes * run.readersPerWrite, 0);
    lines.push(
      `Every one of the ${writes.toLocaleString('en')} polls made after a PATCH had returned showed the new ` +
        'value: a write through one instance is visible on the very next request of every other, idle or under ' +
        'load. One change announced per write, as expected.',
      '',
    );
  }
  if (results.memory) {
    const memory = results.memory;
    lines.push(
      `Heap per cached user: ${fmtBytes(memory.bytesPerUser)}, measured in the bench process on a whole Roster ` +
        `(\`openRoster\`) that answered ${memory.users.toLocaleString('en')} seeded users once each (1–3 ` +
        'memberships; the heap after a full collection, before and after): ' +
        `${fmtBytes(memory.userCachesBytesPerUser)} in the identity and snapshot caches (dropped by an \`all\` ` +
        `change), ${fmtBytes(memory.tokenCacheBytesPerUser)} in the verified-token cache and the rest (a ` +
        `${memory.tokenBytes}-byte token is its key).`,
      '',
    );
  }
  if (results.announceCeiling) {
    const ceiling = results.announceCeiling;
    lines.push(
      `The database took ${ceiling.announcementsPerSecond.toLocaleString('en')} announcements a second ` +
        `(${ceiling.connections} clients sending the bus's \`nextval\` + \`pg_notify\` statement back to back for ` +
        `${ceiling.seconds} s, nobody listening), against ${ceiling.nextvalPerSecond.toLocaleString('en')} a second ` +
        'of the same `nextval` without the NOTIFY.',
      '',
    );
  }
  if (results.notRun.length > 0) lines.push(`Not run: ${results.notRun.join('; ')}.`, '');
  return lines.join('\n');
}

function throughputRow(row: InstancesResult): string {
  const { throughput: t, steady } = row;
  return (
    `| ${row.count} | ${t.requestsPerSecond} | ${t.perInstance.join(' / ')} | ${t.cpuUsPerRequest ?? '—'} | ` +
    `${t.p50Ms} | ${t.p99Ms} | ${steady.requestsPerSecond} | ${steady.cpuUsPerRequest ?? '—'} | ${t.runs.join(', ')} |`
  );
}

function databaseRow(row: InstancesResult): string {
  const d = row.database;
  return (
    `| ${row.count} | ${d.connections.total} (${d.connections.pool} + ${d.connections.listen}) | ` +
    `${d.cpuUsPerRequest ?? '—'} | ${d.sequenceReadsPerSecond} | ${d.requestsPerSequenceRead ?? '—'} | ` +
    `${d.transactionsPerSecond} | ${d.announcements} | ${d.identityLoadsPerSecond} | ${d.snapshotLoadsPerSecond} |`
  );
}

function visibilityRow(count: number, condition: string, run: VisibilityResult): string {
  return (
    `| ${count} | ${condition} | ${run.writeMedianMs} | ${run.writeMaxMs} | ${run.visibleMedianMs} | ` +
    `${run.visibleP99Ms} | ${run.visibleMaxMs} | ${run.stalePolls} | ${run.neverVisible} | ${run.announcements} |`
  );
}

export function whatGrowsSection(results: ScaleOutResults | null, scale: ScaleResults | null): string {
  const perInstance = POOL_MAX + 1;
  const instancesFit = Math.floor((PG_MAX_CONNECTIONS - PG_RESERVED - perInstance) / perInstance);
  const measured = results?.instances ?? [];
  const coldRow = scale?.sizes.at(-1) ?? null;
  const cold = coldRow?.cold.cpuUsPerRequest ?? null;
  const memory = results?.memory ?? null;
  const ceiling = results?.announceCeiling ?? null;
  const readers = results?.options.readers ?? null;
  const n = (value: number) => value.toLocaleString('en');
  const lines = [
    '## What grows, and where the next limit is',
    '',
    `**Connections: instances × ${perInstance}.** Each instance has a pg pool of at most ${POOL_MAX} connections ` +
      '(`src/db/postgres-pool.ts`; not configurable today; idle ones close after 30 s) and one more connection ' +
      'that LISTENs for changes (`src/cache/postgres-change-bus.ts`); a CLI command holds up to the same while it ' +
      'runs. ' +
      (measured.length > 0
        ? `Measured under load: ${measured.map((row) => `${row.count} → ${row.database.connections.total}`).join(', ')}. `
        : '') +
      `PostgreSQL's default \`max_connections\` (${PG_MAX_CONNECTIONS}, ${PG_RESERVED} reserved for superusers) ` +
      `fits ${instancesFit} busy instances with room for one CLI command. Past that: raise \`max_connections\`, ` +
      'or put the pools behind a pooler in transaction mode — the LISTEN connection holds a session, so it must ' +
      'reach PostgreSQL directly or through session pooling.',
    '',
    '**NOTIFY traffic: one notification per committed change, delivered to every instance.** `withWrite` ' +
      '(`src/services/write.ts`) publishes once after its commit; the bus takes a number from `roster_change_seq` ' +
      "and NOTIFYs it in one statement (`src/cache/open-change-bus.ts`), and every instance's listener receives " +
      'it: deliveries = changes × instances (a payload is at most 7,000 bytes; a change naming more users goes out ' +
      "as `all`). Reads write too: a user's `lastLoginAt` is written at most once a minute " +
      '(`src/identity/provisioning.ts`), announced like any change, so every user active in a minute is at least one ' +
      "change that minute — one per instance that found it due before hearing of the others' write" +
      (measured.length > 0 && readers
        ? ` (measured over the minute above, ${n(readers)} users: ${measured
            .map((row) => `${row.count} instance${row.count === 1 ? '' : 's'} → ${n(row.database.announcements)}`)
            .join(', ')} changes)`
        : '') +
      '.' +
      (ceiling
        ? ` This database took ${n(ceiling.announcementsPerSecond)} announcements a second ` +
          `(${n(ceiling.nextvalPerSecond)} \`nextval\`s without the NOTIFY): a notifying transaction holds ` +
          "PostgreSQL's notification lock from before its commit until after it (`PreCommit_Notify` in " +
          "PostgreSQL's `src/backend/commands/async.c`), and that lock is one for the whole server, so " +
          'announcements commit one at a time, whatever the number of instances or databases.'
        : ''),
    '',
    '**The change sequence: one read per `/me` request, shared.** Before answering from its caches a request ' +
      'reads `roster_change_seq` (one tiny query); concurrent requests share a read that began after they arrived ' +
      '(`src/cache/fresh-read.ts`). Each instance reads for itself, so at the same total load the reads grow with ' +
      'the instances, and they shrink per request as one instance gets busier. ' +
      (measured.length > 0
        ? `Measured: ${measured
            .map(
              (row) =>
                `${row.count} instance${row.count === 1 ? '' : 's'}: ${n(row.database.sequenceReadsPerSecond)} reads/s ` +
                `for ${n(row.steady.requestsPerSecond)} req/s (${row.database.requestsPerSequenceRead ?? '—'} ` +
                `requests per read; ${row.database.cpuUsPerRequest ?? '—'} µs of PostgreSQL CPU per request, ` +
                'renewals included)',
            )
            .join('; ')}. `
        : '') +
      'The sequence is a `bigint` taken once per change: it does not run out.',
    '',
    `**Memory: bounded.** The identity and snapshot caches keep at most ${n(CACHE_ENTRIES)} entries each (least ` +
      `recently used first out) for at most ${CACHE_TTL_S} s; the verified-token cache the same. ` +
      (memory
        ? `At ${fmtBytes(memory.bytesPerUser)} per cached user (measured above) a full instance holds about ` +
          `${fmtBytes(memory.bytesPerUser * CACHE_ENTRIES)} of cache. `
        : '') +
      'Memory does not grow with users, organizations or instances; what grows past the bound is cold loads.',
    '',
    '**Renewals: every active user costs each instance serving it a reload a minute.** The entries live ' +
      `${CACHE_TTL_S} s, the verified token as long, and the \`lastLoginAt\` announcement drops the user's entries ` +
      'on every instance, so once a minute each instance verifies the token again and loads the identity and the ' +
      'snapshot — about what a cold request costs' +
      (cold !== null && coldRow
        ? ` (${n(cold)} µs of server CPU at ${n(coldRow.users)} users, "Flat with size"): one core does nothing ` +
          `else at about ${n(Math.round(60_000_000 / cold))} users active every minute per instance`
        : '') +
      `. Past ${n(CACHE_ENTRIES)} users active within a minute on one instance the LRU evicts, and each request of ` +
      'an evicted user is cold. Behind a balancer that spreads every user over every instance, each instance ' +
      'renews every user: adding instances adds warm-path CPU, not renewal capacity; routing a user to one ' +
      'instance (by subject) would.',
    '',
    "**Organizations** add rows, not per-request work: a snapshot holds only the user's own memberships. A " +
      'change to an organization, a role or a permission is announced as `all`, which empties every cache on every ' +
      'instance: each active user is then cold once.',
    '',
    '**Where the next limit is.** (1) Server CPU on the warm path: add instances on cores of their own. ' +
      '(2) Renewals, once the users active each minute per instance approach the figure above or ' +
      `${n(CACHE_ENTRIES)}. (3) Connections, at ${instancesFit} busy instances on a default PostgreSQL. ` +
      '(4) Announcements: writes plus at least one per active user per minute, committed one at a time by ' +
      'PostgreSQL' +
      (ceiling
        ? ` — ${n(ceiling.announcementsPerSecond)} a second here, so about ` +
          `${n(ceiling.announcementsPerSecond * 60)} users active every minute with no other writes, fewer with ` +
          'several instances finding a login due at once'
        : '') +
      ". (1) and (2) grow with instances; (3) and (4) do not: they are the database's, and the first to meet a " +
      'deployment that only adds instances.',
    '',
  ];
  return lines.join('\n');
}

function ratio(value: number | null, base: number | null): string {
  return value === null || base === null || base === 0 ? '—' : `${(value / base).toFixed(2)}×`;
}
function fmtLoad(values: number[]): string {
  return values.length === 0 ? '—' : values.map((value) => value.toFixed(2)).join(' / ');
}
function fmtBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}
