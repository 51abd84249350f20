import type { Kysely } from 'kysely';
import type { DB, NewOrganization, OrganizationRow, OrganizationUpdate } from '../db/types.ts';

export async function insertOrganization(db: Kysely<DB>, organization: NewOrganization): Promise<OrganizationRow> {
  return db.insertInto('organizations').values(organization).returningAll().executeTakeFirstOrThrow();
}

export async function findOrganizationById(db: Kysely<DB>, id: string): Promise<OrganizationRow | undefined> {
  return db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findOrganizationBySlug(db: Kysely<DB>, slug: string): Promise<OrganizationRow | undefined> {
  return db.selectFrom('organizations').selectAll().where('slug', '=', slug).executeTakeFirst();
}

/** An organization a newcomer may join: one that exists and is not archived. */
export async function findJoinableOrganizationId(db: Kysely<DB>, id: string): Promise<string | null> {
  const row = await db
    .selectFrom('organizations')
    .select('id')
    .where('id', '=', id)
    .where('status', '!=', 'archived')
    .executeTakeFirst();
  return row?.id ?? null;
}

/** Oldest first, by (createdAt, id), after the given key. */
export async function findOrganizationsPage(
  db: Kysely<DB>,
  page: { limit: number; after?: { createdAt: string; id: string } | undefined },
): Promise<OrganizationRow[]> {
  let query = db.selectFrom('organizations').selectAll();
  if (page.after) {
    const { createdAt, id } = page.after;
    query = query.where((eb) =>
      eb.or([eb('createdAt', '>', createdAt), eb.and([eb('createdAt', '=', createdAt), eb('id', '>', id)])]),
    );
  }
  return query.orderBy('createdAt').orderBy('id').limit(page.limit).execute();
}

export async function updateOrganization(
  db: Kysely<DB>,
  id: string,
  update: OrganizationUpdate,
): Promise<OrganizationRow | undefined> {
  return db.updateTable('organizations').set(update).where('id', '=', id).returningAll().executeTakeFirst();
}

export async function deleteOrganization(db: Kysely<DB>, id: string): Promise<boolean> {
  const result = await db.deleteFrom('organizations').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
