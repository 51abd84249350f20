import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { nestsDeeperThan } from '../../../src/http/json-body-parser.ts';

describe('the JSON depth scan', () => {
  const cases: Array<[string, number, boolean]> = [
    ['[[1]]', 2, false],
    ['[[[1]]]', 2, true],
    ['{"a":{"b":[1]}}', 2, true],
    ['[][][][]', 1, false],
    ['"[[[[{{{{"', 0, false],
    ['{"a":"\\"[[["}', 1, false],
    ['{"a":"\\\\"}', 1, false],
    ['["\\\\",[[1]]]', 2, true],
    ['{"a":"\\\\\\"[[[["}', 1, false],
    ['"unterminated [[[', 0, false],
  ];
  for (const [text, limit, deeper] of cases) {
    test(`${text} nests ${deeper ? 'deeper than' : 'within'} ${limit}`, () => {
      assert.equal(nestsDeeperThan(text, limit), deeper);
    });
  }
});
