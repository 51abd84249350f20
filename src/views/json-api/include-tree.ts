import { RosterError } from '../../domain/roster-error.ts';

/**
 * The relationship paths of an `include` parameter as a tree: `roles.permissions,profile`
 * becomes roles → permissions, profile. Every node is included, so the intermediate resources
 * of a dot path are included too (JSON:API, section 6.2).
 */
export interface IncludeTree {
  readonly children: ReadonlyMap<string, IncludeTree>;
}

/**
 * Parses an `include` value against the paths an endpoint allows. An empty value asks for
 * nothing (but still asks: the document then carries `included: []`). An unknown path, an
 * empty path segment, or a parameter given twice is a 400 `InvalidParameter` with
 * `source.parameter: "include"`.
 *
 * @example parseIncludeTree('roles.permissions', ['roles', 'roles.permissions'])
 */
export function parseIncludeTree(
  value: string | string[],
  allowedPaths: ReadonlySet<string> | readonly string[],
): IncludeTree {
  if (Array.isArray(value)) throw invalidInclude('The include parameter may be given only once');
  const allowed = allowedPaths instanceof Set ? allowedPaths : new Set(allowedPaths);
  const root: MutableTree = { children: new Map() };
  if (value === '') return root;
  for (const path of value.split(',')) {
    if (!allowed.has(path))
      throw invalidInclude(path === '' ? 'The include parameter has an empty path' : `Unknown include path "${path}"`);
    let level = root;
    for (const segment of path.split('.')) {
      let next = level.children.get(segment);
      if (!next) {
        next = { children: new Map() };
        level.children.set(segment, next);
      }
      level = next;
    }
  }
  return root;
}

interface MutableTree extends IncludeTree {
  readonly children: Map<string, MutableTree>;
}

function invalidInclude(message: string): RosterError {
  return new RosterError('InvalidParameter', message, { parameter: 'include' });
}
