import { fieldsetFor, type Fieldsets } from './fieldsets.ts';
import type { IncludeTree } from './include-tree.ts';
import { isToMany, toResourceObject, type Resource, type ResourceObject } from './resource.ts';

/** A JSON:API top-level document with one resource as primary data. */
export interface SingleResourceDocument {
  data: ResourceObject;
  included?: ResourceObject[];
  meta?: Record<string, unknown>;
}

export interface CompoundDocumentOptions {
  /** The include tree; null = no `include` was given, so the document has no `included` member. */
  readonly include: IncludeTree | null;
  readonly fields: Fieldsets;
  readonly meta?: Record<string, unknown>;
}

/**
 * Assembles a (compound) document around `primary`: the primary resource object, and, when
 * `include` was given, every resource reached along the include tree — intermediate ones of
 * a dot path too — each exactly once by (type, id) and never the primary resource itself,
 * in the order first reached. Sparse fieldsets apply to every resource object.
 */
export function buildSingleResourceDocument(
  primary: Resource,
  options: CompoundDocumentOptions,
): SingleResourceDocument {
  const document: SingleResourceDocument = {
    data: toResourceObject(primary, fieldsetFor(options.fields, primary.type)),
  };
  if (options.include) {
    const reached = new Map<string, Resource>([[keyOf(primary), primary]]);
    collect(primary, options.include, reached);
    reached.delete(keyOf(primary));
    document.included = [...reached.values()].map((resource) =>
      toResourceObject(resource, fieldsetFor(options.fields, resource.type)),
    );
  }
  if (options.meta) document.meta = options.meta;
  return document;
}

function collect(resource: Resource, tree: IncludeTree, reached: Map<string, Resource>): void {
  for (const [name, subtree] of tree.children) {
    const related = resource.relationships?.[name];
    if (related === undefined) throw new TypeError(`${resource.type} has no relationship "${name}"`);
    if (related === null) continue;
    for (const next of isToMany(related) ? related : [related]) {
      if (!reached.has(keyOf(next))) reached.set(keyOf(next), next);
      collect(next, subtree, reached);
    }
  }
}

function keyOf(resource: Resource): string {
  return `${resource.type}\u0000${resource.id}`;
}
