import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sharedFreshRead } from '../../../src/cache/fresh-read.ts';

/** A read whose answer is the number of reads started so far, finishing when released. */
function controlledRead() {
  let started = 0;
  const pending: Array<() => void> = [];
  return {
    read: () => {
      const value = ++started;
      return new Promise<number>((resolve) => pending.push(() => resolve(value)));
    },
    started: () => started,
    releaseAll: () => {
      for (const release of pending.splice(0)) release();
    },
  };
}

test('callers arriving while a read runs share the next read, never the running one', async () => {
  const source = controlledRead();
  const fresh = sharedFreshRead(source.read);
  const first = fresh();
  const second = fresh();
  const third = fresh();
  assert.equal(source.started(), 1, 'the later callers wait');
  source.releaseAll();
  assert.equal(await first, 1);
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(source.started(), 2, 'one read for both waiting callers');
  source.releaseAll();
  assert.equal(await second, 2);
  assert.equal(await third, 2);
});

test('a failed read fails its callers and the next caller reads again', async () => {
  let calls = 0;
  const fresh = sharedFreshRead(async () => {
    calls += 1;
    if (calls === 1) throw new Error('down');
    return calls;
  });
  await assert.rejects(fresh(), /down/);
  assert.equal(await fresh(), 2);
});
