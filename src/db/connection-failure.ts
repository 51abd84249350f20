const UNREACHABLE_NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'EPIPE',
]);
const UNREACHABLE_MESSAGES = new RegExp(
  [
    'Connection terminated',
    'timeout exceeded when trying to connect',
    'Query read timeout',
    'not queryable',
    'Cannot use a pool after calling end',
    'driver has already been destroyed',
    'The database connection is not open',
  ].join('|'),
  'i',
);

/**
 * Whether a database error means the database cannot answer now — a network failure, a server
 * shutting down, refusing or out of connections, a statement or connection wait past
 * `DATABASE_TIMEOUT_MS`, a SQLite file busy or locked by another connection, a closed pool — as
 * opposed to a bad query: the request then gets 503 `Unavailable` rather than 500.
 */
export function isDatabaseUnreachable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (UNREACHABLE_NETWORK_CODES.has(code)) return true;
    // PostgreSQL class 08 (connection exception), class 53 (insufficient resources: out of
    // connections, memory, disk), 57014 (statement_timeout), 55P03 (lock wait timed out),
    // 57P01–57P03 (admin shutdown, crash, cannot connect now) and 3D000 (the database is gone).
    if (/^(08|53)[0-9A-Z]{3}$/.test(code) || /^57P0[1-3]$/.test(code)) return true;
    if (code === '57014' || code === '55P03' || code === '3D000') return true;
    // SQLITE_BUSY / SQLITE_LOCKED and their extended codes (…_SNAPSHOT, …_RECOVERY, …_SHAREDCACHE).
    if (/^SQLITE_(BUSY|LOCKED)(_|$)/.test(code)) return true;
  }
  return UNREACHABLE_MESSAGES.test(error.message);
}

/** Whether a SQLite error says another connection holds the lock this one needs (worth waiting for). */
export function isSqliteBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)(_|$)/.test(code);
}
