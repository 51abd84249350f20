import { RosterError } from '../../domain/roster-error.ts';
import { addFieldset, isFieldsetParameter, type Fieldsets, type FieldsetRules } from './fieldsets.ts';
import { parseIncludeTree, type IncludeTree } from './include-tree.ts';

/** What a JSON:API endpoint accepts in its query string. */
export interface DocumentQueryRules extends FieldsetRules {
  /** The include paths allowed; omitted = the endpoint takes no `include` at all. */
  readonly includePaths?: readonly string[];
}

/** A request's `include` (null when not given) and `fields[…]`. */
export interface DocumentQuery {
  readonly include: IncludeTree | null;
  readonly fields: Fieldsets;
}

export type QueryParameters = Readonly<Record<string, string | string[] | undefined>>;

/**
 * Reads the JSON:API query parameters of a request. Anything other than `include` and
 * `fields[TYPE]` — `sort`, `page[size]`, `filter[x]`, `foo` — is a 400 `InvalidParameter` naming
 * the parameter in `source.parameter` (JSON:API, section 5.1: a server that does not support a
 * parameter must answer 400).
 *
 * @example parseDocumentQuery(request.query, { includePaths: ['roles'], fieldsByType: { person: ['firstName'] } })
 */
export function parseDocumentQuery(query: QueryParameters, rules: DocumentQueryRules): DocumentQuery {
  let include: IncludeTree | null = null;
  const fields = new Map<string, ReadonlySet<string>>();
  for (const [parameter, value] of Object.entries(query)) {
    if (value === undefined) continue;
    if (parameter === 'include') {
      if (!rules.includePaths)
        throw new RosterError('InvalidParameter', 'This endpoint does not support include', { parameter });
      include = parseIncludeTree(value, rules.includePaths);
    } else if (isFieldsetParameter(parameter)) {
      addFieldset(fields, parameter, value, rules);
    } else {
      throw new RosterError('InvalidParameter', `Unsupported query parameter "${parameter}"`, { parameter });
    }
  }
  return { include, fields };
}
