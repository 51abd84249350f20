import type { FieldProblem, RosterError } from '../../domain/roster-error.ts';

/** A JSON:API error object as Roster renders it. */
export interface ErrorObject {
  status: string;
  code: string;
  title: string;
  detail: string;
  source?: { pointer: string } | { parameter: string };
  requiresLogin?: true;
}

/**
 * The JSON:API error document for `error`: one error object per field problem (each with
 * `source.pointer`, e.g. `/data/attributes/phoneNumber`), else one carrying `source.parameter`
 * when a query parameter is at fault; `requiresLogin: true` on every 401.
 */
export function toErrorDocument(error: RosterError, status: number, message: string): { errors: ErrorObject[] } {
  const problems: (FieldProblem | undefined)[] = error.details?.length ? error.details : [undefined];
  return {
    errors: problems.map((problem) => {
      const source = sourceOf(error, problem);
      return {
        status: String(status),
        code: error.code,
        title: error.code.replace(/([a-z])([A-Z])/g, '$1 $2'),
        detail: problem
          ? `${problem.field && !problem.field.startsWith('/') ? `${problem.field}: ` : ''}${problem.message}`
          : message,
        ...(source ? { source } : {}),
        ...(status === 401 ? { requiresLogin: true as const } : {}),
      };
    }),
  };
}

/**
 * A problem's field is a JSON pointer when it starts with `/`, else a dotted attribute path
 * under `/data/attributes`; an empty field (the whole body) has no pointer.
 */
function sourceOf(error: RosterError, problem: FieldProblem | undefined): ErrorObject['source'] | undefined {
  if (error.parameter) return { parameter: error.parameter };
  if (!problem?.field) return undefined;
  if (problem.field.startsWith('/')) return { pointer: problem.field };
  return { pointer: `/data/attributes/${problem.field.split('.').map(escapePointerToken).join('/')}` };
}

function escapePointerToken(token: string): string {
  return token.replaceAll('~', '~0').replaceAll('/', '~1');
}
