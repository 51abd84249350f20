import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cachedAnswer, etagOf, rememberAnswer } from '../../../src/http/rendered-answers.ts';

/** As sendSnapshotAnswer uses them: the cached answer, else one rendered and remembered. */
const renderedAnswer = (snapshot: object, key: string, render: () => string) =>
  cachedAnswer(snapshot, key) ?? rememberAnswer(snapshot, key, render());

describe('answers rendered once per snapshot', () => {
  test('the same snapshot and key render once; the bytes and their ETag are served again', () => {
    const snapshot = {};
    let renders = 0;
    const render = () => {
      renders += 1;
      return '{"data":{"id":"u-1"}}';
    };
    const first = renderedAnswer(snapshot, 'users-me', render);
    const second = renderedAnswer(snapshot, 'users-me', render);
    assert.equal(renders, 1);
    assert.equal(second, first);
    assert.equal(first.body.toString(), '{"data":{"id":"u-1"}}');
    assert.equal(first.etag, etagOf('{"data":{"id":"u-1"}}'));
  });

  test('another key or another snapshot (the data changed) renders anew', () => {
    const before = {};
    const after = {};
    const a = renderedAnswer(before, 'auth-me', () => '{"v":1}');
    const b = renderedAnswer(before, 'organizations', () => '{"v":2}');
    const c = renderedAnswer(after, 'auth-me', () => '{"v":3}');
    assert.deepEqual(
      [a, b, c].map((answer) => answer.body.toString()),
      ['{"v":1}', '{"v":2}', '{"v":3}'],
    );
    assert.notEqual(a.etag, c.etag);
  });

  test('a snapshot keeps at most 16 renderings, dropping the oldest first', () => {
    const snapshot = {};
    const renders: string[] = [];
    const answer = (key: string) =>
      renderedAnswer(snapshot, key, () => {
        renders.push(key);
        return JSON.stringify(key);
      });
    for (let index = 0; index < 17; index += 1) answer(`check?permission=p${index}`);
    answer('check?permission=p16');
    answer('check?permission=p1');
    assert.equal(renders.length, 17, 'the newest ones are still held');
    answer('check?permission=p0');
    assert.equal(renders.at(-1), 'check?permission=p0', 'the oldest was dropped and renders again');
  });

  test('a render that throws stores nothing: the next call renders', () => {
    const snapshot = {};
    assert.throws(() =>
      renderedAnswer(snapshot, 'v1-me ?include=nope', () => {
        throw new Error('bad query');
      }),
    );
    assert.equal(renderedAnswer(snapshot, 'v1-me ?include=nope', () => '{}').body.toString(), '{}');
  });

  test('the ETag is strong and depends on every byte', () => {
    assert.match(etagOf('{}'), /^"[A-Za-z0-9_-]{32}"$/);
    assert.notEqual(etagOf('{"a":1}'), etagOf('{"a":2}'));
  });
});
