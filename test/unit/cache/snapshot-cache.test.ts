import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createLocalChangeBus } from '../../../src/cache/change-bus.ts';
import { createSnapshotCache } from '../../../src/cache/snapshot-cache.ts';
import type { MeSnapshot } from '../../../src/domain/me-snapshot.ts';

const fake = (userId: string, version: number) =>
  ({ user: { id: userId }, sessionId: String(version) }) as unknown as MeSnapshot;

function setup(options: { maxEntries?: number; ttlMs?: number } = {}) {
  const bus = createLocalChangeBus();
  let loads = 0;
  let now = 0;
  const gates: (() => void)[] = [];
  let gated = false;
  const cache = createSnapshotCache({
    changeBus: bus,
    now: () => now,
    ...options,
    load: async (userId) => {
      loads += 1;
      const version = loads;
      if (gated) await new Promise<void>((resolve) => gates.push(resolve));
      return fake(userId, version);
    },
  });
  return {
    bus,
    cache,
    loads: () => loads,
    tick: (ms: number) => void (now += ms),
    gate: (on: boolean) => void (gated = on),
    release: () => {
      for (const g of gates.splice(0)) g();
    },
  };
}

describe('snapshot cache', () => {
  test('serves from the cache until a users change names the user', async () => {
    const { bus, cache, loads } = setup();
    await cache.get('u1', 's');
    await cache.get('u1', 's');
    await cache.get('u2', 's');
    assert.equal(loads(), 2);
    await bus.publish({ scope: 'users', userIds: ['u1'] });
    await cache.get('u1', 's');
    await cache.get('u2', 's');
    assert.equal(loads(), 3);
    await bus.publish({ scope: 'all' });
    await cache.get('u2', 's');
    assert.equal(loads(), 4);
  });

  test('keys by (user, session) and drops every session of a changed user', async () => {
    const { bus, cache, loads } = setup();
    await cache.get('u1', 'a');
    await cache.get('u1', 'b');
    assert.equal(loads(), 2);
    await bus.publish({ scope: 'users', userIds: ['u1'] });
    assert.equal(cache.size, 0);
  });

  test('concurrent misses share one load', async () => {
    const { cache, loads } = setup();
    await Promise.all(Array.from({ length: 10 }, () => cache.get('u1', 's')));
    assert.equal(loads(), 1);
  });

  test('a load that started before an invalidation is not stored when it finishes after it', async () => {
    const { bus, cache, loads, gate, release } = setup();
    gate(true);
    const stale = cache.get('u1', 's');
    await bus.publish({ scope: 'users', userIds: ['u1'] });
    release();
    await stale;
    gate(false);
    assert.equal(cache.size, 0);
    const fresh = await cache.get('u1', 's');
    assert.equal(loads(), 2);
    assert.equal(fresh?.sessionId, '2');
  });
});
