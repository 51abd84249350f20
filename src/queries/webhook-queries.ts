import type { Kysely } from 'kysely';
import type { DB, WebhookRow, WebhookUpdate, WebhooksTable } from '../db/types.ts';
import type { Insertable } from 'kysely';

export async function insertWebhook(db: Kysely<DB>, webhook: Insertable<WebhooksTable>): Promise<WebhookRow> {
  return db.insertInto('webhooks').values(webhook).returningAll().executeTakeFirstOrThrow();
}

export async function findWebhookById(db: Kysely<DB>, id: string): Promise<WebhookRow | undefined> {
  return db.selectFrom('webhooks').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Oldest first, after the (createdAt, id) of `after`. */
export async function findWebhooksPage(
  db: Kysely<DB>,
  page: { limit: number; after?: { createdAt: string; id: string } | undefined },
): Promise<WebhookRow[]> {
  let query = db.selectFrom('webhooks').selectAll();
  if (page.after) {
    const { createdAt, id } = page.after;
    query = query.where((eb) =>
      eb.or([eb('createdAt', '>', createdAt), eb.and([eb('createdAt', '=', createdAt), eb('id', '>', id)])]),
    );
  }
  return query.orderBy('createdAt').orderBy('id').limit(page.limit).execute();
}

export async function updateWebhook(
  db: Kysely<DB>,
  id: string,
  update: WebhookUpdate,
): Promise<WebhookRow | undefined> {
  return db.updateTable('webhooks').set(update).where('id', '=', id).returningAll().executeTakeFirst();
}

export async function deleteWebhook(db: Kysely<DB>, id: string): Promise<boolean> {
  const result = await db.deleteFrom('webhooks').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
