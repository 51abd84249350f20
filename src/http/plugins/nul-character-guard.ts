import type { FastifyInstance, FastifyRequest } from 'fastify';
import { RosterError } from '../../domain/roster-error.ts';
import { routeOf } from '../route-of.ts';

/**
 * Refuses a NUL character anywhere in a JSON body or a query parameter, before any route sees
 * it: PostgreSQL text cannot hold one (it would fail as a 500), and no field of Roster's means
 * one. The body's field is named (a dotted path, or a JSON pointer on the JSON:API family's routes).
 */
export function refuseNulCharacters(app: FastifyInstance): void {
  app.addHook('preValidation', (request, _reply, done) => {
    try {
      assertNoNul(request);
      done();
    } catch (error) {
      done(error as Error);
    }
  });
}

function assertNoNul(request: FastifyRequest): void {
  const inBody = request.body === undefined ? null : pathToNul(request.body, []);
  if (inBody) {
    const field = routeOf(request).config.errorFamily === 'json-api' ? `/${inBody.join('/')}` : inBody.join('.');
    throw new RosterError('ValidationFailed', 'Text may not contain a NUL character', {
      details: [{ field, message: 'must not contain a NUL character' }],
    });
  }
  for (const [name, value] of Object.entries((request.query ?? {}) as Record<string, unknown>)) {
    if (name.includes('\u0000') || pathToNul(value, [])) {
      throw new RosterError(
        'InvalidParameter',
        `Query parameter "${name.replaceAll('\u0000', '')}" may not contain a NUL character`,
        { parameter: name.replaceAll('\u0000', '') },
      );
    }
  }
}

/**
 * The path (member names) to the first NUL character in a parsed JSON value, in a key or a
 * string, or null. Walked with an explicit stack, depth-first: no input can overflow the call stack.
 *
 * @example pathToNul({ a: ['x', 'y\u0000'] }, []) // → ['a', '1']
 */
export function pathToNul(root: unknown, rootPath: string[]): string[] | null {
  // A query parameter's value is a string: answered without building anything.
  if (typeof root === 'string') return root.includes('\u0000') ? [...rootPath] : null;
  const pending: Entry[] = [{ value: root, key: '', parent: null }];
  while (pending.length > 0) {
    const entry = pending.pop()!;
    const { value } = entry;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return pathOf(rootPath, entry);
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    const members = Object.entries(value);
    for (const [key] of members) {
      if (key.includes('\u0000')) return pathOf(rootPath, entry, key.replaceAll('\u0000', ''));
    }
    for (let index = members.length - 1; index >= 0; index--) {
      const [key, member] = members[index]!;
      pending.push({ value: member, key, parent: entry });
    }
  }
  return null;
}

// Each entry keeps its key and its parent's entry, so a path is built only for the NUL found.
interface Entry {
  value: unknown;
  key: string;
  parent: Entry | null;
}

function pathOf(rootPath: readonly string[], entry: Entry | null, last?: string): string[] {
  const keys = last === undefined ? [] : [last];
  for (let at = entry; at !== null && at.parent !== null; at = at.parent) keys.push(at.key);
  return [...rootPath, ...keys.reverse()];
}
