import { createHash } from 'node:crypto';
import type { Compilable, CompiledQuery, Kysely, QueryResult } from 'kysely';

/** A query that always compiles to the same SQL, its parameters aside. */
export type PreparedQuery<Params extends object, Row> = <DB>(db: Kysely<DB>, params: Params) => Promise<Row[]>;

interface Template {
  readonly compiled: CompiledQuery;
  /** Per SQL parameter: the name of the query's parameter it takes, or a value fixed when built. */
  readonly slots: ReadonlyArray<{ readonly param: string } | { readonly value: unknown }>;
}

/**
 * Builds and compiles a query once per database (per dialect and plugin set), and from then on
 * only binds its parameters. Building a query with Kysely's builder, running it through the
 * plugins and compiling it costs more CPU than SQLite takes to run it; the reads every cold
 * `/me` request and every first sign-in sends are a fixed set of such queries.
 *
 * `build` must give the same SQL whatever the parameter values (no `in` list of varying length,
 * no branch on a value); it receives markers in their place and is checked once: every marker
 * must land in the SQL's parameters, none in its text.
 *
 * @example
 * const identitiesOf = compiledOnce((db: Kysely<DB>, { userId }: { userId: string }) =>
 *   db.selectFrom('identities').select(['issuer', 'subject']).where('userId', '=', userId));
 * const rows = await identitiesOf(db, { userId });
 */
export function compiledOnce<DB, Params extends object, Row>(
  build: (db: Kysely<DB>, params: Params) => Compilable<Row>,
): PreparedQuery<Params, Row> {
  // Keyed by the dialect's adapter, then each plugin in order: what shapes the SQL. A Kysely and
  // its transactions share them (Kysely copies the plugin list into each transaction's executor,
  // so the list itself cannot be the key); `withPlugin` makes another path.
  const templates: TemplateTrie = { next: new WeakMap(), template: undefined };
  return async <D>(db: Kysely<D>, params: Params): Promise<Row[]> => {
    const executor = db.getExecutor();
    let node = step(templates, executor.adapter);
    for (const plugin of executor.plugins) node = step(node, plugin);
    let template = node.template;
    if (template === undefined) {
      template = compileTemplate(db as unknown as Kysely<DB>, build, Object.keys(params));
      node.template = template;
    }
    const parameters = template.slots.map((slot) =>
      'param' in slot ? params[slot.param as keyof Params] : slot.value,
    );
    const result = (await db.executeQuery({ ...template.compiled, parameters })) as QueryResult<Row>;
    return result.rows;
  };
}

interface TemplateTrie {
  readonly next: WeakMap<object, TemplateTrie>;
  template: Template | undefined;
}

function step(node: TemplateTrie, key: object): TemplateTrie {
  let next = node.next.get(key);
  if (next === undefined) {
    next = { next: new WeakMap(), template: undefined };
    node.next.set(key, next);
  }
  return next;
}

function compileTemplate<DB, Params extends object, Row>(
  db: Kysely<DB>,
  build: (db: Kysely<DB>, params: Params) => Compilable<Row>,
  names: readonly string[],
): Template {
  const markerOf = (name: string) => `\u0000compiled-once:${name}\u0000`;
  const markers = Object.fromEntries(names.map((name) => [name, markerOf(name)])) as unknown as Params;
  const compiled = build(db, markers).compile();
  const byMarker = new Map(names.map((name) => [markerOf(name), name]));
  const slots = compiled.parameters.map((value) => {
    const param = typeof value === 'string' ? byMarker.get(value) : undefined;
    return param === undefined ? { value } : { param };
  });
  const used = new Set(slots.flatMap((slot) => ('param' in slot ? [slot.param] : [])));
  const missing = names.filter((name) => !used.has(name));
  if (missing.length > 0 || compiled.sql.includes('\u0000compiled-once:')) {
    throw new TypeError(`compiledOnce: parameters ${missing.join(', ') || '(inlined)'} are not bound parameters`);
  }
  preparedNames.set(compiled.sql, `roster_${createHash('sha256').update(compiled.sql).digest('hex').slice(0, 16)}`);
  return { compiled, slots };
}

const preparedNames = new Map<string, string>();

/**
 * The name of a statement {@link compiledOnce} made (the same SQL every time, its parameters
 * aside), so PostgreSQL can parse and plan it once per connection instead of on every run;
 * undefined for any other SQL.
 */
export function preparedNameOf(sql: string): string | undefined {
  return preparedNames.get(sql);
}
