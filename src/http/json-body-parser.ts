import type { FastifyInstance } from 'fastify';
import secureJson from 'secure-json-parse';
import { RosterError } from '../domain/roster-error.ts';

const MEDIA_TYPES = ['application/json', 'application/vnd.api+json'];

/**
 * Parses JSON and JSON:API bodies, refusing `__proto__` and `constructor.prototype` (prototype
 * poisoning) by name. An empty body is no body, so a client that sends `Content-Type:
 * application/json` on every DELETE is not refused for it; routes that need a body say so.
 */
export function registerJsonBodyParser(app: FastifyInstance): void {
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser(MEDIA_TYPES, { parseAs: 'string' }, (_request, body, done) => {
    if (body === '') return done(null, undefined);
    try {
      done(null, secureJson.parse(body as string, undefined, { protoAction: 'error', constructorAction: 'error' }));
    } catch (error) {
      done(bodyError(error), undefined);
    }
  });
}

function bodyError(error: unknown): RosterError {
  if (error instanceof SyntaxError && /forbidden prototype property/.test(error.message)) {
    return new RosterError('ValidationFailed', 'The request is not valid', {
      details: [{ field: '__proto__', message: 'is not allowed (nor is constructor.prototype)' }],
    });
  }
  return new RosterError('ValidationFailed', 'Request body is not valid JSON', { details: [{ field: '', message: 'malformed JSON' }] });
}
