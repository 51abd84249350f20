/** Every error code Roster can answer with; `http/errors.ts` maps each to a status. */
export type ErrorCode =
  | 'MissingToken'
  | 'InvalidToken'
  | 'ValidationFailed'
  | 'InvalidParameter'
  | 'NotAMember'
  | 'Forbidden'
  | 'UserNotFound'
  | 'NotFound'
  | 'NotAcceptable'
  | 'IdentityConflict'
  | 'EmailNotVerified'
  | 'Conflict'
  | 'PayloadTooLarge'
  | 'UnsupportedMediaType'
  | 'RateLimited'
  | 'Unavailable'
  | 'Internal';

/** One problem with one input field; `field` is a dotted path such as `profileSettings.isPublicProfile`. */
export interface FieldProblem {
  field: string;
  message: string;
}

export interface RosterErrorOptions {
  details?: FieldProblem[];
  /** Query parameter at fault (JSON:API renders it as `source.parameter`). */
  parameter?: string;
  /** Seconds a client should wait (sent as `Retry-After`). */
  retryAfterS?: number;
  cause?: unknown;
}

/**
 * The one error type of Roster. Domain, identity and query code throw it with a stable code;
 * the HTTP edge decides the status and renders it in the endpoint family's shape.
 *
 * @example throw new RosterError('NotAMember', 'You are not an active member of that organization');
 */
export class RosterError extends Error {
  readonly code: ErrorCode;
  readonly details?: FieldProblem[];
  readonly parameter?: string;
  readonly retryAfterS?: number;

  constructor(code: ErrorCode, message: string, options: RosterErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'RosterError';
    this.code = code;
    if (options.details) this.details = options.details;
    if (options.parameter) this.parameter = options.parameter;
    if (options.retryAfterS !== undefined) this.retryAfterS = options.retryAfterS;
  }
}

export function isRosterError(value: unknown): value is RosterError {
  return value instanceof RosterError;
}
