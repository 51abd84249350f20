import type { Kysely } from 'kysely';
import type { DB } from '../db/types.ts';
import { parseObject } from '../domain/stored-user-fields.ts';
import { applyProfileUpdate, type ProfileUpdate } from '../domain/profile-update.ts';

/**
 * Applies a validated profile update to the user in one transaction (settings and custom
 * attributes merged into what is stored); writes, and bumps updatedAt, only when something
 * changes. Returns whether it wrote.
 */
export async function updateOwnProfile(db: Kysely<DB>, userId: string, update: ProfileUpdate, now: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('users')
      .select(['firstName', 'lastName', 'avatarUrl', 'phone', 'birthDate', 'profileSettings', 'customAttributes'])
      .where('id', '=', userId)
      .executeTakeFirst();
    if (!row) return false;
    const next = applyProfileUpdate(
      { ...row, profileSettings: parseObject(row.profileSettings), customAttributes: parseObject(row.customAttributes) },
      update,
    );
    if (!next) return false;
    await trx
      .updateTable('users')
      .set({
        ...next,
        profileSettings: JSON.stringify(next.profileSettings),
        customAttributes: JSON.stringify(next.customAttributes),
        updatedAt: now,
      })
      .where('id', '=', userId)
      .execute();
    return true;
  });
}
