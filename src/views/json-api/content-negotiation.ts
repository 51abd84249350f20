import { RosterError } from '../../domain/roster-error.ts';

/** The JSON:API media type; responses carry it with no parameters. */
export const JSON_API_MEDIA_TYPE = 'application/vnd.api+json';

interface MediaRange {
  readonly type: string;
  /** Media type parameters, names lower-cased; `q` and what follows it are accept-params, not here. */
  readonly parameters: ReadonlyMap<string, string>;
  readonly quality: number;
}

/**
 * Throws 406 `NotAcceptable` when an Accept header lists JSON:API media types only, each with a
 * parameter other than `profile` (e.g. `ext`, `version`). Anything else listed
 * beside them (`*\/*`, `application/json`, any other type) is served the JSON:API document, as
 * is an absent Accept or one naming no JSON:API media type.
 */
export function assertAcceptable(accept: string | undefined): void {
  if (!accept) return;
  const ranges = parseMediaRanges(accept).filter((range) => range.quality > 0);
  const jsonApiOnly = ranges.length > 0 && ranges.every((range) => range.type === JSON_API_MEDIA_TYPE);
  if (!jsonApiOnly || ranges.some((range) => onlyParameters(range, ['profile']))) return;
  throw new RosterError(
    'NotAcceptable',
    `Accept names ${JSON_API_MEDIA_TYPE} only with parameters other than "profile"`,
  );
}

/**
 * Throws 415 `UnsupportedMediaType` when a request body's Content-Type carries a parameter other
 * than `profile` or `charset` (e.g. `application/vnd.api+json; ext=…`). Which media types are
 * accepted at all is the body parser's business.
 */
export function assertSupportedContentType(contentType: string | undefined): void {
  if (!contentType) return;
  const [range] = parseMediaRanges(contentType, { keepAllParameters: true });
  if (range && !onlyParameters(range, ['profile', 'charset'])) {
    throw new RosterError(
      'UnsupportedMediaType',
      `Content-Type may carry no parameter other than "profile" or "charset"`,
    );
  }
}

function onlyParameters(range: MediaRange, allowed: readonly string[]): boolean {
  return [...range.parameters.keys()].every((name) => allowed.includes(name));
}

function parseMediaRanges(header: string, options: { keepAllParameters?: boolean } = {}): MediaRange[] {
  return splitOutsideQuotes(header, ',')
    .map((part) => splitOutsideQuotes(part, ';').map((piece) => piece.trim()))
    .filter(([type]) => type)
    .map(([type = '', ...rawParameters]) => {
      const parameters = new Map<string, string>();
      let quality = 1;
      for (const raw of rawParameters) {
        const equals = raw.indexOf('=');
        const name = (equals === -1 ? raw : raw.slice(0, equals)).trim().toLowerCase();
        const value =
          equals === -1
            ? ''
            : raw
                .slice(equals + 1)
                .trim()
                .replace(/^"(.*)"$/, '$1');
        if (name === 'q' && !options.keepAllParameters) {
          quality = Number.isFinite(Number(value)) ? Number(value) : 1;
          break; // RFC 9110: parameters after q are accept-ext, not media type parameters
        }
        if (name) parameters.set(name, value);
      }
      return { type: type.toLowerCase(), parameters, quality };
    });
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    if (char === separator && !quoted) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
}
