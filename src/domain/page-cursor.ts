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

/**
 * The opaque cursor for a row's sort key in the list named `list` (e.g. `roles`, or
 * `members:<organization id>`): base64url of their JSON, so a cursor works only where it was given.
 */
export function encodeCursor(list: string, sortKey: readonly string[]): string {
  return Buffer.from(JSON.stringify({ list, key: sortKey }), 'utf8').toString('base64url');
}

/**
 * The sort key inside a cursor of list `list` with `arity` parts; anything else — including a
 * cursor another list gave out — is `InvalidParameter` on `cursor`.
 *
 * @example decodeCursor(encodeCursor('roles', ['2026-01-01T00:00:00.000Z', id]), 'roles', 2)
 */
export function decodeCursor(cursor: string, list: string, arity: number): string[] {
  let value: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error('not base64url');
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { list?: unknown; key?: unknown };
    value = parsed.list === list ? parsed.key : undefined;
  } catch {
    value = undefined;
  }
  if (!Array.isArray(value) || value.length !== arity || !value.every((part) => typeof part === 'string')) {
    throw new RosterError('InvalidParameter', 'The cursor is not valid', {
      parameter: 'cursor',
      details: [{ field: 'cursor', message: 'is not a cursor this list gave out' }],
    });
  }
  return value as string[];
}

/**
 * Turns `limit + 1` fetched rows into a page: the extra row only says that more follow.
 */
export function toPage<T>(rows: T[], limit: number, list: string, sortKeyOf: (row: T) => readonly string[]): Page<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(list, sortKeyOf(last)) : null };
}
