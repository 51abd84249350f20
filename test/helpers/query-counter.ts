import type { Kysely, KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';

// The webhook sender polls its outbox in the background every second, whatever requests arrive;
// its queries belong to no request, so they are not counted.
const BACKGROUND_TABLES = /"(webhooks?|webhook_?[a-z_]*|inbound_?events)"/i;

/** A Kysely over the same connection that counts the queries sent through it (not the webhook sender's). */
export function countingQueries<DB>(db: Kysely<DB>): { db: Kysely<DB>; count(): number; reset(): void } {
  let count = 0;
  const plugin: KyselyPlugin = {
    transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
      if (!BACKGROUND_TABLES.test(JSON.stringify(args.node))) count += 1;
      return args.node;
    },
    async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
      return args.result;
    },
  };
  return { db: db.withPlugin(plugin), count: () => count, reset: () => void (count = 0) };
}
