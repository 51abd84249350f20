import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newId } from '../../../src/domain/new-id.ts';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

test('ids are version-7 UUIDs, unique and strictly increasing even within one millisecond', () => {
  const ids = Array.from({ length: 10_000 }, () => newId());
  for (const id of ids) assert.match(id, UUID_V7);
  assert.equal(new Set(ids).size, ids.length);
  for (let index = 1; index < ids.length; index += 1)
    assert.ok(ids[index - 1]! < ids[index]!, `${ids[index - 1]} < ${ids[index]}`);
});

test('the leading 48 bits are the creation time in milliseconds', () => {
  const before = Date.now();
  const id = newId();
  const ms = parseInt(id.replace(/-/g, '').slice(0, 12), 16);
  assert.ok(ms >= before && ms <= Date.now() + 1);
});

test('the random part is fresh for every id, across refills of the random pool', () => {
  const tails = Array.from({ length: 2_000 }, () => newId().slice(-12));
  assert.equal(new Set(tails).size, tails.length);
});
