import { RosterError } from '../../domain/roster-error.ts';

/**
 * The relationship paths of an `include` parameter as a tree: `roles.permissions,profile`
 * becomes roles → permissions, profile. Every node is included, so the intermediate resources
 * of a dot path are included too (JSON:API §6.2).
 */
export interface IncludeTree {
  readonly children: ReadonlyMap<string, IncludeTree>;
}

export const EMPTY_INCLUDE_TREE: IncludeTree = { children: new Map() };

/**
 * Parses an `include` value against the paths an endpoint allows. An empty value asks for
 * nothing (but still asks: the document then carries `included: []`). An unknown path, an
 * empty path segment, or a parameter given twice is a 400 `InvalidParameter` with
 * `source.parameter: "include"`.
 *
 * @example parseIncludeTree('roles.permissions', ['roles', 'roles.permissions'])
 */
export function parseIncludeTree(value: string | string[], allowedPaths: ReadonlySet<string> | readonly string[]): IncludeTree {
  if (Array.isArray(value)) throw invalidInclude('The include parameter may be given only once');
  const allowed = allowedPaths instanceof Set ? allowedPaths : new Set(allowedPaths);
  const root = new Map<string, Map<string, unknown>>();
  if (value === '') return EMPTY_INCLUDE_TREE;
  for (const path of value.split(',')) {
    if (!allowed.has(path)) throw invalidInclude(path === '' ? 'The include parameter has an empty path' : `Unknown include path "${path}"`);
    let level = root;
    for (const segment of path.split('.')) {
      let next = level.get(segment) as Map<string, unknown> | undefined;
      if (!next) {
        next = new Map();
        level.set(segment, next);
      }
      level = next as Map<string, Map<string, unknown>>;
    }
  }
  return toTree(root);
}

function toTree(level: Map<string, unknown>): IncludeTree {
  return { children: new Map([...level].map(([name, next]) => [name, toTree(next as Map<string, unknown>)])) };
}

function invalidInclude(message: string): RosterError {
  return new RosterError('InvalidParameter', message, { parameter: 'include' });
}
