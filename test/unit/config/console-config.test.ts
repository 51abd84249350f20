import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadConfig } from '../../../src/config/config.ts';

describe('console configuration', () => {
  test('ROSTER_CONSOLE_CLIENT_ID: unset or blank = null, otherwise the trimmed client id', () => {
    assert.equal(loadConfig({}).consoleClientId, null);
    assert.equal(loadConfig({ ROSTER_CONSOLE_CLIENT_ID: '   ' }).consoleClientId, null);
    assert.equal(loadConfig({ ROSTER_CONSOLE_CLIENT_ID: ' roster-console ' }).consoleClientId, 'roster-console');
  });
});
