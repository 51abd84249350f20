import { RosterError } from '../domain/roster-error.ts';

/** Tokens longer than this are refused before anything looks inside them. */
export const MAX_TOKEN_BYTES = 8192;

// RFC 6750 b64token.
const B64TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;

/**
 * Takes the credentials out of an `Authorization` header value.
 *
 * No header, an empty one, or another scheme (`Basic …`) is `MissingToken`: the caller sent no
 * bearer token at all. A bare `Bearer` with nothing after it is `MissingToken` too — the scheme
 * is there but the token is not. Anything after `Bearer ` that cannot be a token (spaces inside,
 * over 8 KiB, characters outside RFC 6750's b64token) is `InvalidToken`.
 *
 * @example readBearerToken('Bearer eyJhbGciOi…') // → 'eyJhbGciOi…'
 */
export function readBearerToken(authorization: string | undefined): string {
  const value = authorization?.trim() ?? '';
  const space = value.search(/\s/);
  const scheme = space === -1 ? value : value.slice(0, space);
  if (scheme.toLowerCase() !== 'bearer') {
    throw new RosterError('MissingToken', 'An access token is required');
  }
  const token = space === -1 ? '' : value.slice(space).trim();
  if (token === '') throw new RosterError('MissingToken', 'An access token is required');
  // The messages are for the refusal log; every InvalidToken answer says the same fixed words.
  if (Buffer.byteLength(token, 'utf8') > MAX_TOKEN_BYTES) {
    throw new RosterError('InvalidToken', 'The access token is longer than 8 KiB');
  }
  if (!B64TOKEN.test(token)) {
    throw new RosterError('InvalidToken', 'The access token holds characters a bearer token cannot have');
  }
  return token;
}

/**
 * The request's one `Authorization` header, from the raw header list (Node keeps only the
 * first of several, and a proxy may have checked another one). Two or more: `InvalidToken`.
 *
 * @example authorizationOf(request.raw.rawHeaders) // → 'Bearer eyJ…' or undefined
 */
export function authorizationOf(rawHeaders: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let index = 0; index < rawHeaders.length; index += 2) {
    const name = rawHeaders[index]!;
    if (name.length !== AUTHORIZATION.length || name.toLowerCase() !== AUTHORIZATION) continue;
    if (found !== undefined) {
      throw new RosterError('InvalidToken', 'The request carries more than one Authorization header');
    }
    found = rawHeaders[index + 1];
  }
  return found;
}

const AUTHORIZATION = 'authorization';
