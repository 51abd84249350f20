import type { Kysely, KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';

export interface CountingQueries<DB> {
  readonly db: Kysely<DB>;
  count(): number;
  /** What each query since the last reset was: raw SQL's text, else its node kind (`SelectQueryNode`…). */
  queries(): string[];
  reset(): void;
}

/** A Kysely over the same connection that counts (and names) the queries sent through it. */
export function countingQueries<DB>(db: Kysely<DB>): CountingQueries<DB> {
  let sent: string[] = [];
  const plugin: KyselyPlugin = {
    transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
      const node = args.node;
      sent.push(node.kind === 'RawNode' ? node.sqlFragments.join('?').replace(/\s+/g, ' ').trim() : node.kind);
      return node;
    },
    async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
      return args.result;
    },
  };
  return { db: db.withPlugin(plugin), count: () => sent.length, queries: () => [...sent], reset: () => void (sent = []) };
}
