import { RosterError } from './roster-error.ts';

/** One page of a list and the opaque cursor of the next (null at the end). */
export interface Page<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
}

/** Where a list is read from: after the sort key a cursor names, `limit` rows. */
export interface PageRequest {
  readonly limit: number;
  readonly cursor?: string | undefined;
}

/** The opaque cursor for a row's sort key: base64url of its JSON. */
export function encodeCursor(sortKey: readonly string[]): string {
  return Buffer.from(JSON.stringify(sortKey), 'utf8').toString('base64url');
}

/**
 * The sort key inside a cursor of `arity` parts; anything else is `InvalidParameter` on `cursor`.
 *
 * @example decodeCursor(encodeCursor(['2026-01-01T00:00:00.000Z', id]), 2)
 */
export function decodeCursor(cursor: string, arity: number): string[] {
  let value: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error('not base64url');
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = undefined;
  }
  if (!Array.isArray(value) || value.length !== arity || !value.every((part) => typeof part === 'string')) {
    throw new RosterError('InvalidParameter', 'The cursor is not valid', { parameter: 'cursor', details: [{ field: 'cursor', message: 'is not a cursor this list gave out' }] });
  }
  return value as string[];
}

/**
 * Turns `limit + 1` fetched rows into a page: the extra row only says that more follow.
 */
export function toPage<T>(rows: T[], limit: number, sortKeyOf: (row: T) => readonly string[]): Page<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(sortKeyOf(last)) : null };
}
