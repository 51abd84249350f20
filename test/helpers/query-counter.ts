import { AsyncLocalStorage } from 'node:async_hooks';
import type {
  Kysely,
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';

export interface CountingQueries<DB> {
  readonly db: Kysely<DB>;
  count(): number;
  reset(): void;
  /**
   * What `work` itself sent, and nothing else sent meanwhile (a background poll of the webhook
   * sender, say): raw SQL's text, else each query's node kind (`SelectQueryNode`…).
   */
  queriesOf(work: () => Promise<unknown>): Promise<string[]>;
}

/**
 * A Kysely over the same connection that counts (and names) the queries sent through it. Counted
 * as each one returns, so a query compiled once and run many times (src/db/compiled-once.ts)
 * counts every time it runs; a query that fails is not counted.
 */
export function countingQueries<DB>(db: Kysely<DB>): CountingQueries<DB> {
  let count = 0;
  const measuring = new AsyncLocalStorage<string[]>();
  const textOf = new WeakMap<object, string>();
  const plugin: KyselyPlugin = {
    transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
      const node = args.node;
      const text = node.kind === 'RawNode' ? node.sqlFragments.join('?').replace(/\s+/g, ' ').trim() : node.kind;
      textOf.set(args.queryId, text);
      return node;
    },
    async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
      count += 1;
      measuring.getStore()?.push(textOf.get(args.queryId) ?? 'compiled query');
      return args.result;
    },
  };
  return {
    db: db.withPlugin(plugin),
    count: () => count,
    reset: () => void (count = 0),
    async queriesOf(work) {
      const sent: string[] = [];
      await measuring.run(sent, work);
      return sent;
    },
  };
}
