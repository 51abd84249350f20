import { RosterError } from '../../domain/roster-error.ts';
import type { FieldSet } from './resource.ts';

/** The sparse fieldsets of a request, by resource type (aliases already resolved). */
export type Fieldsets = ReadonlyMap<string, ReadonlySet<string>>;

/** What a document may expose: each type's fields (attributes and relationships), and type aliases. */
export interface FieldsetRules {
  readonly fieldsByType: Readonly<Record<string, readonly string[]>>;
  /** Another name a client may use for a type, e.g. `{ people: 'person' }`. */
  readonly aliases?: Readonly<Record<string, string>>;
}

const FIELDS_PARAMETER = /^fields\[([^\]]*)\]$/;

/** Whether a query parameter name is a sparse fieldset, `fields[TYPE]`. */
export function isFieldsetParameter(name: string): boolean {
  return FIELDS_PARAMETER.test(name);
}

/**
 * Parses one `fields[TYPE]=a,b` parameter into `fieldsets` (JSON:API, section 6.3). An empty value asks
 * for no fields. An unknown type or field, a type given twice (also through its alias), or a
 * parameter repeated is a 400 `InvalidParameter` whose `source.parameter` is the parameter.
 */
export function addFieldset(
  fieldsets: Map<string, ReadonlySet<string>>,
  parameter: string,
  value: string | string[],
  rules: FieldsetRules,
): void {
  const invalid = (message: string) => new RosterError('InvalidParameter', message, { parameter });
  const requestedType = FIELDS_PARAMETER.exec(parameter)?.[1];
  if (requestedType === undefined) throw new TypeError(`${parameter} is not a fieldset parameter`);
  const type = rules.aliases?.[requestedType] ?? requestedType;
  const known = Object.hasOwn(rules.fieldsByType, type) ? rules.fieldsByType[type] : undefined;
  if (!known) throw invalid(`Unknown resource type "${requestedType}"`);
  if (Array.isArray(value)) throw invalid(`${parameter} may be given only once`);
  if (fieldsets.has(type)) throw invalid(`Fields of type "${type}" are given more than once`);
  const fields = value === '' ? [] : value.split(',');
  for (const field of fields) {
    if (!known.includes(field))
      throw invalid(
        field === '' ? `${parameter} has an empty field name` : `Unknown field "${field}" of type "${type}"`,
      );
  }
  fieldsets.set(type, new Set(fields));
}

/** The fieldset for `type`: the requested fields, or undefined for all of them. */
export function fieldsetFor(fieldsets: Fieldsets, type: string): FieldSet {
  return fieldsets.get(type);
}
