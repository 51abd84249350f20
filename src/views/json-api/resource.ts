/**
 * Resources as the JSON:API serializer sees them: a graph of typed nodes built by a view, and
 * the resource objects (JSON:API 1.1, section 7.2) it turns them into. Views build the graph from data
 * already in memory; serializing never queries anything.
 */

/** `{ type, id }`: names one resource (resource identifier object). */
export interface ResourceIdentifier {
  readonly type: string;
  readonly id: string;
}

/** A to-one relationship holds one resource or null; a to-many one holds an array. */
export type RelatedResources = Resource | null | readonly Resource[];

/** One node of a view's resource graph. */
export interface Resource extends ResourceIdentifier {
  readonly attributes: Readonly<Record<string, unknown>>;
  /** Omitted = the type has no relationships (the member is then never rendered). */
  readonly relationships?: Readonly<Record<string, RelatedResources>>;
  readonly links?: Readonly<Record<string, string>>;
}

/** Resource linkage: what a relationship object's `data` holds. */
export type ResourceLinkage = ResourceIdentifier | null | ResourceIdentifier[];

export interface ResourceObject extends ResourceIdentifier {
  attributes?: Record<string, unknown>;
  relationships?: Record<string, { data: ResourceLinkage }>;
  links?: Record<string, string>;
}

/** The fields of one type a client asked for (`fields[type]`); undefined = all of them. */
export type FieldSet = ReadonlySet<string> | undefined;

/** Resource linkage of related resources: `{ type, id }`, null, or an array of them. */
export function linkageOf(related: RelatedResources): ResourceLinkage {
  if (related === null) return null;
  if (isToMany(related)) return related.map(identifierOf);
  return identifierOf(related);
}

export function identifierOf(resource: ResourceIdentifier): ResourceIdentifier {
  return { type: resource.type, id: resource.id };
}

export function isToMany(related: RelatedResources): related is readonly Resource[] {
  return Array.isArray(related);
}

/**
 * Renders one resource object, keeping only the attributes and relationships named in
 * `fields` when given (a sparse fieldset applies to both, JSON:API, section 6.3). A member left
 * empty by the fieldset is omitted.
 *
 * @example toResourceObject(person, new Set(['firstName', 'roles']))
 */
export function toResourceObject(resource: Resource, fields?: FieldSet): ResourceObject {
  const wanted = (name: string) => fields === undefined || fields.has(name);
  const object: ResourceObject = { type: resource.type, id: resource.id };
  const attributes = Object.entries(resource.attributes).filter(([name]) => wanted(name));
  if (attributes.length > 0) object.attributes = Object.fromEntries(attributes);
  const relationships = Object.entries(resource.relationships ?? {}).filter(([name]) => wanted(name));
  if (relationships.length > 0) {
    object.relationships = Object.fromEntries(
      relationships.map(([name, related]) => [name, { data: linkageOf(related) }]),
    );
  }
  if (resource.links) object.links = { ...resource.links };
  return object;
}
