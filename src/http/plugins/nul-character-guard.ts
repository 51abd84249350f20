import type { FastifyInstance } from 'fastify';
import { RosterError } from '../../domain/roster-error.ts';
import { errorFamilyOf } from '../errors.ts';

/**
 * Refuses a NUL character anywhere in a JSON body or a query parameter, before any route sees
 * it: PostgreSQL text cannot hold one (it would fail as a 500), and no field of Roster's means
 * one. The body's field is named (a dotted path, or a JSON pointer under `/api/v1`).
 */
export function refuseNulCharacters(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const inBody = pathToNul(request.body, []);
    if (inBody) {
      const field = errorFamilyOf(request.url) === 'json-api' ? `/${inBody.join('/')}` : inBody.join('.');
      throw new RosterError('ValidationFailed', 'Text may not contain a NUL character', { details: [{ field, message: 'must not contain a NUL character' }] });
    }
    for (const [name, value] of Object.entries((request.query ?? {}) as Record<string, unknown>)) {
      if (name.includes('\u0000') || pathToNul(value, [])) {
        throw new RosterError('InvalidParameter', `Query parameter "${name.replaceAll('\u0000', '')}" may not contain a NUL character`, { parameter: name.replaceAll('\u0000', '') });
      }
    }
  });
}

// Walked with an explicit stack, depth-first in document order: no input can overflow the call stack.
function pathToNul(root: unknown, rootPath: string[]): string[] | null {
  const pending: { value: unknown; path: string[] }[] = [{ value: root, path: rootPath }];
  while (pending.length > 0) {
    const { value, path } = pending.pop()!;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return path;
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    const members = Object.entries(value);
    for (const [key] of members) {
      if (key.includes('\u0000')) return [...path, key.replaceAll('\u0000', '')];
    }
    for (let index = members.length - 1; index >= 0; index--) {
      const [key, member] = members[index]!;
      pending.push({ value: member, path: [...path, key] });
    }
  }
  return null;
}
