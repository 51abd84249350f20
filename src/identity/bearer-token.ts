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
  if (Buffer.byteLength(token, 'utf8') > MAX_TOKEN_BYTES || !B64TOKEN.test(token)) {
    throw new RosterError('InvalidToken', 'The access token is invalid');
  }
  return token;
}
