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

function pathToNul(value: unknown, path: string[]): string[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, member] of Object.entries(value)) {
    if (key.includes('\u0000')) return [...path, key.replaceAll('\u0000', '')];
    const found = pathToNul(member, [...path, key]);
    if (found) return found;
  }
  return null;
}
