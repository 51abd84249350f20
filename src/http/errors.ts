import type { FastifyError } from 'fastify';
import { isDatabaseUnreachable } from '../db/connection-failure.ts';
import { isForeignKeyViolation, isUniqueViolation, isUnstorableText } from '../db/constraint-violation.ts';
import { RosterError, type ErrorCode, type FieldProblem } from '../domain/roster-error.ts';
import { toErrorDocument } from '../views/json-api/error-document.ts';

/** The one place an error code becomes an HTTP status. */
export const STATUS_BY_CODE: Readonly<Record<ErrorCode, number>> = {
  MissingToken: 401,
  InvalidToken: 401,
  ValidationFailed: 400,
  InvalidParameter: 400,
  NotAMember: 403,
  Forbidden: 403,
  UserNotFound: 404,
  NotFound: 404,
  NotAcceptable: 406,
  IdentityConflict: 409,
  EmailNotVerified: 409,
  Conflict: 409,
  PayloadTooLarge: 413,
  UnsupportedMediaType: 415,
  RateLimited: 429,
  Unavailable: 503,
  Internal: 500,
};

/** Endpoint families, each with its own error shape. */
export type ErrorFamily = 'json-api' | 'auth' | 'plain';

/** The 413 for a body over the 64 KiB limit. */
export function payloadTooLarge(): RosterError {
  return new RosterError('PayloadTooLarge', 'Request body is larger than 64 KiB');
}

/** Codes whose message is always the same, so no detail of a failed check or a crash leaks out. */
const FIXED_MESSAGES: Partial<Record<ErrorCode, string>> = {
  InvalidToken: 'The provided token is invalid or expired. Please sign in again.',
  Internal: 'Internal server error',
};

/**
 * Turns anything thrown inside a request into a RosterError: Fastify's own errors (body size,
 * media type, malformed JSON, schema validation) get their codes; anything unknown becomes
 * `Internal`, whose message never carries the original text.
 */
export function toRosterError(error: unknown): RosterError {
  if (error instanceof RosterError) return error;
  const fastifyError = error as Partial<FastifyError> & { validation?: ValidationIssue[]; validationContext?: string };
  if (fastifyError.validation) return fromValidation(fastifyError.validation, fastifyError.validationContext);
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return payloadTooLarge();
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new RosterError('UnsupportedMediaType', 'Send the body as application/json');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new RosterError('ValidationFailed', 'Content-Length does not match the body', {
        details: [{ field: '', message: 'Content-Length does not match the body' }],
      });
  }
  const framework = fromFrameworkError(fastifyError);
  if (framework) return framework;
  if (isDatabaseUnreachable(error))
    return new RosterError('Unavailable', 'The database cannot be reached; try again shortly', {
      retryAfterS: 5,
      cause: error,
    });
  // An id in the path that no row can have (a NUL character): as unknown as any other id.
  if (isUnstorableText(error)) return new RosterError('NotFound', 'No such resource');
  // A race lost to a concurrent write of the same key, slug, membership or grant.
  if (isUniqueViolation(error))
    return new RosterError('Conflict', 'That already exists (duplicate key, slug, email, membership or grant)');
  // A row named in the body vanished between its check and the write.
  if (isForeignKeyViolation(error))
    return new RosterError('ValidationFailed', 'The request names something that does not exist', {
      details: [{ field: '', message: 'a referenced record does not exist' }],
    });
  return new RosterError('Internal', 'Internal server error', { cause: error });
}

/**
 * Any other error Fastify itself raises about a request (its `FST_ERR_*` codes with a 4xx
 * status): a malformed or over-long URL, a method without its required content type, an empty
 * or broken JSON body. Each becomes the nearest Roster code, so it is rendered in the family's
 * shape and never as a 500.
 */
function fromFrameworkError(error: Partial<FastifyError>): RosterError | null {
  const status = error.statusCode ?? 500;
  if (!error.code?.startsWith('FST_ERR_') || status < 400 || status >= 500) return null;
  switch (error.code) {
    case 'FST_ERR_BAD_URL':
    case 'FST_ERR_INVALID_URL':
      return new RosterError('InvalidParameter', 'The URL is not valid (bad percent-encoding or characters)');
    // A path segment longer than any key or id Roster accepts names nothing.
    case 'FST_ERR_MAX_PARAM_LENGTH':
    case 'FST_ERR_NOT_FOUND':
      return new RosterError('NotFound', 'No such resource');
  }
  if (status === 413) return payloadTooLarge();
  if (status === 415) return new RosterError('UnsupportedMediaType', 'Send the body as application/json');
  if (status === 404) return new RosterError('NotFound', 'No such resource');
  const message = status === 400 ? 'The request is not valid' : 'The request cannot be served';
  const details = [{ field: '', message: frameworkProblem(error.code) }];
  return new RosterError('ValidationFailed', message, { details });
}

const FRAMEWORK_PROBLEMS: Record<string, string> = {
  FST_ERR_ROUTE_MISSING_CONTENT_TYPE: 'a request with this method must say its Content-Type',
  FST_ERR_ROUTE_MISSING_CONTENT: 'a request with this method must carry a body',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'the JSON body is empty',
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed JSON',
};

function frameworkProblem(code: string): string {
  return FRAMEWORK_PROBLEMS[code] ?? 'the request is malformed';
}

interface ValidationIssue {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

function fromValidation(issues: ValidationIssue[], context: string | undefined): RosterError {
  const details: FieldProblem[] = issues.map((issue) => {
    const path = issue.instancePath.split('/').filter(Boolean);
    if (issue.keyword === 'additionalProperties') path.push(String(issue.params.additionalProperty));
    if (issue.keyword === 'required') path.push(String(issue.params.missingProperty));
    const message = issue.keyword === 'additionalProperties' ? 'is not a known field' : (issue.message ?? 'is invalid');
    return { field: path.join('.'), message };
  });
  if (context === 'querystring' || context === 'params') {
    const parameter = details[0]?.field || undefined;
    return new RosterError('InvalidParameter', `Invalid query parameter${parameter ? ` "${parameter}"` : ''}`, {
      details,
      parameter,
    });
  }
  return new RosterError('ValidationFailed', 'The request is not valid', { details });
}

/** The response body for `error` in the family's shape. */
export function renderError(error: RosterError, family: ErrorFamily): unknown {
  const statusCode = STATUS_BY_CODE[error.code];
  const message = FIXED_MESSAGES[error.code] ?? error.message;
  if (family === 'auth') {
    return { success: false, error: { message, statusCode, code: error.code } };
  }
  if (family === 'json-api') return toErrorDocument(error, statusCode, message);
  return { error: { code: error.code, message, statusCode, ...(error.details ? { details: error.details } : {}) } };
}
