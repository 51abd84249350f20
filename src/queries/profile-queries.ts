import type { Kysely } from 'kysely';
import type { DB, UserRow } from '../db/types.ts';
import { parseObject } from '../domain/stored-user-fields.ts';
import { applyProfileUpdate, type ProfileUpdate } from '../domain/profile-update.ts';

/**
 * Applies a validated profile update to the user (settings and custom attributes merged into
 * what is stored), inside the caller's transaction; writes, and bumps updatedAt, only when
 * something changes. Returns the updated row, or null when nothing changed (or no such user).
 */
export async function updateOwnProfile(
  db: Kysely<DB>,
  userId: string,
  update: ProfileUpdate,
  now: string,
): Promise<UserRow | null> {
  const row = await db
    .selectFrom('users')
    .select(['firstName', 'lastName', 'avatarUrl', 'phone', 'birthDate', 'profileSettings', 'customAttributes'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!row) return null;
  const next = applyProfileUpdate(
    { ...row, profileSettings: parseObject(row.profileSettings), customAttributes: parseObject(row.customAttributes) },
    update,
  );
  if (!next) return null;
  const updated = await db
    .updateTable('users')
    .set({
      ...next,
      profileSettings: JSON.stringify(next.profileSettings),
      customAttributes: JSON.stringify(next.customAttributes),
      updatedAt: now,
    })
    .where('id', '=', userId)
    .returningAll()
    .executeTakeFirst();
  return updated ?? null;
}
