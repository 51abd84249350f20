import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isDatabaseUnreachable, isSqliteBusy } from '../../../src/db/connection-failure.ts';

const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

describe('which database errors mean "cannot answer now" (503) rather than a bad query (500)', () => {
  test('PostgreSQL: out of connections or resources (class 53), timeouts, shutdowns and lost connections', () => {
    const codes = ['53300', '53200', '53100', '53400', '57014', '55P03', '57P01', '57P02', '57P03', '08006', '3D000'];
    for (const code of codes) {
      assert.equal(isDatabaseUnreachable(withCode(code)), true, code);
    }
  });
  test('network failures and the pool and client giving up', () => {
    for (const code of ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE']) {
      assert.equal(isDatabaseUnreachable(withCode(code)), true, code);
    }
    const messages = [
      'Query read timeout',
      'timeout exceeded when trying to connect',
      'Connection terminated unexpectedly',
      'Client has encountered a connection error and is not queryable',
    ];
    for (const message of messages) {
      assert.equal(isDatabaseUnreachable(new Error(message)), true, message);
    }
  });
  test('SQLite busy or locked, with their extended codes', () => {
    const busy = ['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_BUSY_RECOVERY'];
    const codes = [...busy, 'SQLITE_LOCKED', 'SQLITE_LOCKED_SHAREDCACHE'];
    for (const code of codes) {
      assert.equal(isDatabaseUnreachable(withCode(code)), true, code);
      assert.equal(isSqliteBusy(withCode(code)), true, code);
    }
  });
  test('bad queries and constraint violations are not', () => {
    const postgres = ['42601', '42P01', '23505', '23503', '22021', '40001'];
    const codes = [...postgres, 'SQLITE_ERROR', 'SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_BUSYX'];
    for (const code of codes) {
      assert.equal(isDatabaseUnreachable(withCode(code)), false, code);
      assert.equal(isSqliteBusy(withCode(code)), false, code);
    }
    assert.equal(isDatabaseUnreachable('ECONNRESET'), false, 'only errors count');
  });
});
