import type { Kysely } from 'kysely';
import type { DB, NewUser, UserRow, UserUpdate } from '../db/types.ts';

export async function insertUser(db: Kysely<DB>, user: NewUser): Promise<UserRow> {
  return db.insertInto('users').values(user).returningAll().executeTakeFirstOrThrow();
}

export async function findUserById(db: Kysely<DB>, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

/** `emailNormalized` is `normalizeEmail(email)`. */
export async function findUserByNormalizedEmail(db: Kysely<DB>, emailNormalized: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('emailNormalized', '=', emailNormalized).executeTakeFirst();
}

/** Oldest first, by (createdAt, id), after the given key; optionally only the one normalized email. */
export async function findUsersPage(
  db: Kysely<DB>,
  page: { limit: number; after?: { createdAt: string; id: string } | undefined; emailNormalized?: string | undefined },
): Promise<UserRow[]> {
  let query = db.selectFrom('users').selectAll();
  if (page.emailNormalized !== undefined) query = query.where('emailNormalized', '=', page.emailNormalized);
  if (page.after) {
    const { createdAt, id } = page.after;
    query = query.where((eb) =>
      eb.or([eb('createdAt', '>', createdAt), eb.and([eb('createdAt', '=', createdAt), eb('id', '>', id)])]),
    );
  }
  return query.orderBy('createdAt').orderBy('id').limit(page.limit).execute();
}

export async function updateUser(db: Kysely<DB>, id: string, update: UserUpdate): Promise<UserRow | undefined> {
  return db.updateTable('users').set(update).where('id', '=', id).returningAll().executeTakeFirst();
}

export async function deleteUser(db: Kysely<DB>, id: string): Promise<boolean> {
  const result = await db.deleteFrom('users').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
