/**
 * Whether a database error is a unique-key violation, on either engine. Callers in a race
 * (two first sign-ins, two creates of one slug) use it to re-read the winner or answer 409.
 */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** Whether a database error is a foreign-key violation (a referenced row is missing), on either engine. */
export function isForeignKeyViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

/**
 * Whether the database refused text it cannot store (PostgreSQL: a NUL character, SQLSTATE 22021).
 * Bodies and query strings are screened at the edge, so only a path segment gets this far.
 */
export function isUnstorableText(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === '22021';
}
