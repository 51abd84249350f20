const UNREACHABLE_NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'EPIPE']);
const UNREACHABLE_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Cannot use a pool after calling end|driver has already been destroyed|The database connection is not open/i;

/**
 * Whether a database error means the database cannot be reached (a network failure, a server
 * shutting down or refusing connections, a closed pool), as opposed to a bad query: the
 * request then gets 503 `Unavailable` rather than 500.
 */
export function isDatabaseUnreachable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (UNREACHABLE_NETWORK_CODES.has(code)) return true;
    // PostgreSQL class 08 (connection exception), 57P01–57P03 (admin shutdown, crash, cannot
    // connect now) and 3D000 (the database itself is gone).
    if (/^08[0-9A-Z]{3}$/.test(code) || /^57P0[1-3]$/.test(code) || code === '3D000') return true;
  }
  return UNREACHABLE_MESSAGES.test(error.message);
}
