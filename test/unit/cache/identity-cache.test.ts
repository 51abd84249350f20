import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createLocalChangeBus } from '../../../src/cache/change-bus.ts';
import { createIdentityCache } from '../../../src/cache/identity-cache.ts';
import type { KnownIdentity } from '../../../src/queries/identity-queries.ts';

/** Subjects `s1`, `s2` belong to user u1 (two identities of one user), `s3` to u3; `nobody` is unknown. */
const owners: Record<string, string> = { s1: 'u1', s2: 'u1', s3: 'u3' };

function setup(options: { maxEntries?: number; ttlMs?: number } = {}) {
  const bus = createLocalChangeBus();
  let loads = 0;
  let now = 0;
  const gates: (() => void)[] = [];
  let gated = false;
  const cache = createIdentityCache({
    changeBus: bus,
    now: () => now,
    ...options,
    load: async (_issuer, subject) => {
      loads += 1;
      const version = loads;
      if (gated) await new Promise<void>((resolve) => gates.push(resolve));
      const userId = owners[subject];
      if (!userId) return null;
      const identity: KnownIdentity = {
        userId,
        emailNormalized: null,
        emailVerified: false,
        lastLoginMs: version,
        hasPendingInvitations: false,
      };
      return identity;
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

describe('identity cache', () => {
  test('serves from the cache until a users change names the user, and drops every identity of that user', async () => {
    const { bus, cache, loads } = setup();
    await cache.get('iss', 's1');
    await cache.get('iss', 's2');
    await cache.get('iss', 's3');
    await cache.get('iss', 's1');
    assert.equal(loads(), 3);
    await bus.publish({ scope: 'users', userIds: ['u1'] });
    assert.equal(cache.size, 1, 'both identities of u1 went, u3 stayed');
    await cache.get('iss', 's1');
    await cache.get('iss', 's3');
    assert.equal(loads(), 4);
    await bus.publish({ scope: 'all' });
    assert.equal(cache.size, 0);
  });

  test('keys by issuer and subject', async () => {
    const { cache, loads } = setup();
    await cache.get('iss-a', 's1');
    await cache.get('iss-b', 's1');
    assert.equal(loads(), 2);
  });

  test('an unknown identity is never cached', async () => {
    const { cache, loads } = setup();
    assert.equal(await cache.get('iss', 'nobody'), null);
    assert.equal(await cache.get('iss', 'nobody'), null);
    assert.equal(loads(), 2);
    assert.equal(cache.size, 0);
  });

  test('concurrent misses share one load', async () => {
    const { cache, loads } = setup();
    await Promise.all(Array.from({ length: 10 }, () => cache.get('iss', 's1')));
    assert.equal(loads(), 1);
  });

  test('a load that started before an invalidation of its user is not stored when it finishes after it', async () => {
    const { bus, cache, loads, gate, release } = setup();
    gate(true);
    const stale = cache.get('iss', 's1');
    await bus.publish({ scope: 'users', userIds: ['u1'] });
    const unrelated = cache.get('iss', 's3');
    release();
    await Promise.all([stale, unrelated]);
    gate(false);
    assert.equal(cache.size, 1, 'u3 was loaded after the change and is kept; u1 is not');
    assert.equal((await cache.get('iss', 's1'))?.lastLoginMs, 3);
    assert.equal(loads(), 3);
  });

  test('a load that started before an `all` change is not stored either', async () => {
    const { bus, cache, gate, release } = setup();
    gate(true);
    const stale = cache.get('iss', 's3');
    await bus.publish({ scope: 'all' });
    release();
    await stale;
    assert.equal(cache.size, 0);
  });

  test('close unsubscribes from the bus', async () => {
    const { bus, cache } = setup();
    await cache.get('iss', 's1');
    cache.close();
    await bus.publish({ scope: 'all' });
    assert.equal(cache.size, 1);
  });
});
