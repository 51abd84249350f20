import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { pathToNul } from '../../../src/http/plugins/nul-character-guard.ts';

describe('the NUL guard walk', () => {
  test('finds a NUL in a value or a key and names its path', () => {
    assert.deepEqual(pathToNul({ a: ['x', 'y\u0000'] }, []), ['a', '1']);
    assert.deepEqual(pathToNul({ a: { 'b\u0000c': 1 } }, []), ['a', 'bc']);
    assert.equal(pathToNul({ a: [1, true, null, 'fine'] }, []), null);
  });

  test('walks a value nested 200,000 levels deep without overflowing the stack', () => {
    let deep: unknown = 'bottom\u0000';
    for (let level = 0; level < 200_000; level++) deep = [deep];
    const path = pathToNul(deep, []);
    assert.equal(path?.length, 200_000);
    let clean: unknown = 'bottom';
    for (let level = 0; level < 200_000; level++) clean = { next: clean };
    assert.equal(pathToNul(clean, []), null);
  });
});
