import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createLocalChangeBus } from '../../../src/cache/change-bus.ts';
import { createUserKeyedCache } from '../../../src/cache/user-keyed-cache.ts';

/** Values are `user:load number`; every load waits for `release` and fails while `failing`. */
function harness() {
  const bus = createLocalChangeBus();
  const waiting: (() => void)[] = [];
  let loads = 0;
  let failing = false;
  const load = async (userId: string) => {
    loads += 1;
    const value = `${userId}:${loads}`;
    await new Promise<void>((resolve) => waiting.push(resolve));
    if (failing) throw new Error('load failed');
    return value;
  };
  const settings = { changeBus: bus, load, keyOf: (userId: string) => userId };
  return {
    userKnownBefore: createUserKeyedCache({ ...settings, userOfArgs: (userId) => userId }),
    userKnownAfter: (maxEntries?: number) =>
      createUserKeyedCache({ ...settings, maxEntries, userOf: (value) => value.split(':')[0] ?? '' }),
    loads: () => loads,
    fail: (on: boolean) => void (failing = on),
    release: async <T>(...pending: Promise<T>[]) => {
      for (const resolve of waiting.splice(0)) resolve();
      return Promise.allSettled(pending);
    },
  };
}

describe('user-keyed cache', () => {
  test('a large cache keeps an entry asked for all along, however many others pass through', async () => {
    const loaded: string[] = [];
    const cache = createUserKeyedCache({
      changeBus: createLocalChangeBus(),
      maxEntries: 100,
      load: async (userId: string) => {
        loaded.push(userId);
        return userId;
      },
      keyOf: (userId: string) => userId,
      userOfArgs: (userId: string) => userId,
    });
    await cache.get('hot');
    for (let index = 0; index < 1000; index += 1) {
      await cache.get(`cold-${index}`);
      await cache.get('hot');
    }
    assert.equal(loaded.filter((userId) => userId === 'hot').length, 1, 'the hot entry was never evicted');
    assert.equal(cache.size, 100);
    await cache.get('cold-0');
    assert.equal(loaded.filter((userId) => userId === 'cold-0').length, 2, 'an old cold entry was evicted');
  });

  test('the TTL is a safety net, and the size is bounded (least recently used go first)', async () => {
    let clock = 0;
    let loads = 0;
    const cache = createUserKeyedCache({
      changeBus: createLocalChangeBus(),
      ttlMs: 1000,
      maxEntries: 2,
      now: () => clock,
      load: async (userId: string) => `${userId}:${++loads}`,
      keyOf: (userId: string) => userId,
      userOfArgs: (userId: string) => userId,
    });
    await cache.get('u1');
    clock += 999;
    await cache.get('u1');
    assert.equal(loads, 1);
    clock += 1;
    await cache.get('u1');
    assert.equal(loads, 2);
    await cache.get('u2');
    await cache.get('u1');
    await cache.get('u3');
    assert.equal(cache.size, 2);
    await cache.get('u1');
    assert.equal(loads, 4, 'u1 was used most recently and stayed');
    await cache.get('u2');
    assert.equal(loads, 5, 'u2 was evicted');
  });

  test('with the user known before loading, a pending load stays shared across other users’ invalidations', async () => {
    const { userKnownBefore: cache, loads, release } = harness();
    const first = cache.get('u1');
    cache.invalidateUsers(['u2']);
    const second = cache.get('u1');
    assert.equal(loads(), 1);
    cache.invalidateUsers(['u1']);
    const third = cache.get('u1');
    assert.equal(loads(), 2);
    await release(first, second, third);
    assert.equal(await cache.get('u1'), 'u1:2', 'only the load started after the invalidation was stored');
  });

  test('with the user known only from the value, any invalidation ends the sharing', async () => {
    const { userKnownAfter, loads, release } = harness();
    const cache = userKnownAfter();
    const first = cache.get('u1');
    cache.invalidateUsers([]);
    const second = cache.get('u1');
    assert.equal(loads(), 2);
    await release(first, second);
    assert.equal(await cache.get('u1'), 'u1:2');
  });

  test('past maxEntries invalidated users, everything is invalidated, loads in flight included', async () => {
    const { userKnownAfter, release } = harness();
    const cache = userKnownAfter(2);
    await release(cache.get('u1'), cache.get('u2'));
    const inFlight = cache.get('u3');
    cache.invalidateUsers(['x1']);
    cache.invalidateUsers(['x2']);
    assert.equal(cache.size, 2);
    cache.invalidateUsers(['x3']);
    assert.equal(cache.size, 0);
    await release(inFlight);
    assert.equal(cache.size, 0);
  });

  test('a failed load rejects every caller sharing it and is not cached', async () => {
    const { userKnownBefore: cache, loads, fail, release } = harness();
    fail(true);
    const outcomes = await release(cache.get('u1'), cache.get('u1'));
    assert.deepEqual(
      outcomes.map((outcome) => outcome.status),
      ['rejected', 'rejected'],
    );
    fail(false);
    await release(cache.get('u1'));
    assert.equal(loads(), 2);
    assert.equal(cache.size, 1);
  });
});
