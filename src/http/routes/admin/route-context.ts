import type { Page } from '../../../domain/page-cursor.ts';

/** An id from the request's path, lower-cased: ids are UUIDs, stored lower-case. */
export function pathId(id: string): string {
  return id.toLowerCase();
}

/** A page as the admin API renders it. */
export function renderPage<T>(page: Page<T>): { data: T[]; nextCursor: string | null } {
  return { data: page.items, nextCursor: page.nextCursor };
}
