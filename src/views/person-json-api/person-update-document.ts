import { RosterError } from '../../domain/roster-error.ts';

const IGNORED_DATA_MEMBERS = new Set(['type', 'id', 'attributes', 'meta', 'links']);

/**
 * Reads the request document of `PATCH /api/v1/me`, `{ data: { type: "person", id, attributes } }`,
 * and returns its attributes (validated by the caller). A missing or malformed member is a 400
 * `ValidationFailed` pointing at it; a `type` other than `person` or an `id` other than the
 * caller's is a 409 `Conflict` (JSON:API, section 7.4); relationships are not writable here (400).
 */
export function readPersonUpdateDocument(body: unknown, personId: string): unknown {
  if (!isObject(body))
    throw invalid('', 'the request body must be a JSON:API document { data: { type, id, attributes } }');
  const data = body.data;
  if (!isObject(data)) throw invalid('/data', 'must be a resource object { type, id, attributes }');
  const type = data.type;
  if (typeof type !== 'string') throw invalid('/data/type', 'is required and must be a string');
  if (type !== 'person') throw conflict('/data/type', `must be "person", not "${type}"`);
  const id = data.id;
  if (typeof id !== 'string') throw invalid('/data/id', 'is required and must be a string');
  if (id !== personId) throw conflict('/data/id', "must be the signed-in person's id");
  for (const member of Object.keys(data)) {
    if (member === 'relationships') throw invalid('/data/relationships', 'cannot be changed through this endpoint');
    if (!IGNORED_DATA_MEMBERS.has(member)) throw invalid(`/data/${member}`, 'is not a member of a resource object');
  }
  if (!('attributes' in data)) throw invalid('/data/attributes', 'is required');
  return data.attributes;
}

function invalid(pointer: string, message: string): RosterError {
  return new RosterError('ValidationFailed', 'The request document is not valid', {
    details: [{ field: pointer, message }],
  });
}

function conflict(pointer: string, message: string): RosterError {
  return new RosterError('Conflict', 'The resource object does not match this endpoint', {
    details: [{ field: pointer, message }],
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
