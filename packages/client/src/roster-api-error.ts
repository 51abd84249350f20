/** One problem with one input: a dotted field path (or a JSON:API pointer or parameter) and why. */
export interface RosterErrorDetail {
  field: string;
  message: string;
}

/**
 * Any answer of Roster that is not a 2xx, whatever the endpoint family's error shape (plain
 * `{ error }`, `/api/auth`'s `{ success: false, error }`, JSON:API `{ errors }`).
 *
 * @example
 * try {
 *   await roster.switchOrganization(id);
 * } catch (error) {
 *   if (error instanceof RosterApiError && error.code === 'NotAMember') showNotAMember();
 *   else throw error;
 * }
 */
export class RosterApiError extends Error {
  /** The HTTP status. */
  readonly status: number;
  /** Roster's stable code (`InvalidToken`, `NotAMember`, …), or `HttpError` for a body Roster did not write. */
  readonly code: string;
  /** Problems with single fields; empty when the error is about the request as a whole. */
  readonly details: RosterErrorDetail[];
  /** Seconds to wait before trying again (`Retry-After` of a 429 or 503), or null. */
  readonly retryAfterS: number | null;
  /** The parsed body as sent, for anything the fields above leave out. */
  readonly body: unknown;

  constructor(init: {
    status: number;
    code: string;
    message: string;
    details?: RosterErrorDetail[];
    retryAfterS?: number | null;
    body?: unknown;
  }) {
    super(init.message);
    this.name = 'RosterApiError';
    this.status = init.status;
    this.code = init.code;
    this.details = init.details ?? [];
    this.retryAfterS = init.retryAfterS ?? null;
    this.body = init.body ?? null;
  }
}

type Json = Record<string, unknown>;

/** Reads an error answer in any of Roster's three shapes. */
export async function toRosterApiError(response: Response): Promise<RosterApiError> {
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // Not JSON: a proxy's page, say. Keep the text.
  }
  const retryAfter = Number.parseInt(response.headers.get('retry-after') ?? '', 10);
  const common = { status: response.status, body, retryAfterS: Number.isFinite(retryAfter) ? retryAfter : null };
  const fallback = {
    code: 'HttpError',
    message: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
  };
  if (!isObject(body)) return new RosterApiError({ ...common, ...fallback });

  if (Array.isArray(body.errors)) {
    const errors = body.errors.filter(isObject);
    const first = errors[0] ?? {};
    const details = errors
      .filter((error) => isObject(error.source))
      .map((error) => {
        const source = error.source as Json;
        return {
          field: String(source.pointer ?? source.parameter ?? ''),
          message: String(error.detail ?? error.title ?? ''),
        };
      });
    return new RosterApiError({
      ...common,
      code: String(first.code ?? fallback.code),
      message: String(first.detail ?? first.title ?? fallback.message),
      details,
    });
  }
  if (isObject(body.error)) {
    const error = body.error;
    const details = Array.isArray(error.details)
      ? error.details
          .filter(isObject)
          .map((detail) => ({ field: String(detail.field ?? ''), message: String(detail.message ?? '') }))
      : [];
    return new RosterApiError({
      ...common,
      code: String(error.code ?? fallback.code),
      message: String(error.message ?? fallback.message),
      details,
    });
  }
  return new RosterApiError({ ...common, ...fallback });
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
