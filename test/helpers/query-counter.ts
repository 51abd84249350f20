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

/** A Kysely over the same connection that counts (and names) the queries sent through it. */
export function countingQueries<DB>(db: Kysely<DB>): CountingQueries<DB> {
  let count = 0;
  const measuring = new AsyncLocalStorage<string[]>();
  const plugin: KyselyPlugin = {
    transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
      const node = args.node;
      count += 1;
      const text = node.kind === 'RawNode' ? node.sqlFragments.join('?').replace(/\s+/g, ' ').trim() : node.kind;
      measuring.getStore()?.push(text);
      return node;
    },
    async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
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
