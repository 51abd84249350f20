import type { FastifyInstance } from 'fastify';
import secureJson from 'secure-json-parse';
import { RosterError } from '../domain/roster-error.ts';

const MEDIA_TYPES = ['application/json', 'application/vnd.api+json'];
/** The deepest nesting of objects and arrays a body may have; no request of Roster's needs more than a few. */
export const MAX_JSON_DEPTH = 32;

/**
 * Parses JSON and JSON:API bodies, refusing nesting deeper than {@link MAX_JSON_DEPTH} before
 * anything is parsed (one pass over the text, stopping at the limit, so the cost is the same
 * whatever the depth and no parser or walker ever recurses that deep), and refusing `__proto__`
 * and `constructor.prototype` (prototype poisoning) by name. An empty body is no body, so a
 * client that sends `Content-Type: application/json` on every DELETE is not refused for it;
 * routes that need a body say so.
 */
export function registerJsonBodyParser(app: FastifyInstance): void {
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser(MEDIA_TYPES, { parseAs: 'string' }, (_request, body, done) => {
    if (body === '') return done(null, undefined);
    if (nestsDeeperThan(body as string, MAX_JSON_DEPTH)) return done(tooDeep(), undefined);
    try {
      done(null, secureJson.parse(body as string, undefined, { protoAction: 'error', constructorAction: 'error' }));
    } catch (error) {
      done(bodyError(error), undefined);
    }
  });
}

/**
 * Whether the JSON text opens more than `limit` objects or arrays inside one another: brackets
 * are counted outside strings, in one pass that stops as soon as the limit is passed. Malformed
 * text is left to the parser.
 *
 * @example nestsDeeperThan('[[[1]]]', 2) // → true
 */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (char === QUOTE) {
      JSON_STRING.lastIndex = index;
      if (!JSON_STRING.test(text)) return false;
      index = JSON_STRING.lastIndex - 1;
    } else if (char === OPEN_BRACE || char === OPEN_BRACKET) {
      if (++depth > limit) return true;
    } else if (char === CLOSE_BRACE || char === CLOSE_BRACKET) {
      depth--;
    }
  }
  return false;
}

// One JSON string from the quote at `lastIndex` (sticky), skipped by the regex engine rather than
// a step of ours per character; written so that it never backtracks.
const JSON_STRING = /"[^"\\]*(?:\\[\s\S][^"\\]*)*"/y;
const QUOTE = 0x22;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

function tooDeep(): RosterError {
  return new RosterError('ValidationFailed', 'The request is not valid', {
    details: [{ field: '', message: `nests objects or arrays deeper than ${MAX_JSON_DEPTH} levels` }],
  });
}

function bodyError(error: unknown): RosterError {
  if (error instanceof SyntaxError && /forbidden prototype property/.test(error.message)) {
    return new RosterError('ValidationFailed', 'The request is not valid', {
      details: [{ field: '__proto__', message: 'is not allowed (nor is constructor.prototype)' }],
    });
  }
  return new RosterError('ValidationFailed', 'Request body is not valid JSON', {
    details: [{ field: '', message: 'malformed JSON' }],
  });
}
