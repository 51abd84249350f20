import type { ProfileSchema } from '../domain/profile-schema.ts';
import { applyProfileUpdate, type ProfileUpdate } from '../domain/profile-update.ts';
import { parseObject } from '../domain/stored-user-fields.ts';
import { findUserById, updateUser } from '../queries/user-queries.ts';
import { toAdminUser } from '../views/admin-view.ts';
import { usersChange, withWrite, type WriteContext } from './write.ts';

/**
 * A user's own profile edit (`PATCH /api/users/me`, `PATCH /api/v1/me`), already validated:
 * written through the write path with the user as actor — audited as `user.updated`, a
 * `user.updated` event emitted, the user's snapshot invalidated — or, when it changes nothing,
 * not written at all. Returns whether it wrote.
 */
export async function updateProfile(
  ctx: WriteContext,
  userId: string,
  update: ProfileUpdate,
  schema: ProfileSchema,
): Promise<boolean> {
  return withWrite(ctx, async ({ trx, now, audit, emit }) => {
    const current = await findUserById(trx, userId);
    if (!current) return { result: false, change: null };
    // Settings and custom attributes are merged into what is stored; nothing is written, and
    // updatedAt stays, when the update changes nothing.
    const { firstName, lastName, avatarUrl, phone, birthDate } = current;
    const profileSettings = parseObject(current.profileSettings);
    const customAttributes = parseObject(current.customAttributes);
    const next = applyProfileUpdate(
      { firstName, lastName, avatarUrl, phone, birthDate, profileSettings, customAttributes },
      update,
    );
    if (!next) return { result: false, change: null };
    const row = await updateUser(trx, userId, {
      ...next,
      profileSettings: JSON.stringify(next.profileSettings),
      customAttributes: JSON.stringify(next.customAttributes),
      updatedAt: now,
    });
    if (!row) return { result: false, change: null };
    await audit('user.updated', { type: 'user', id: userId }, { ...update });
    await emit('user.updated', toAdminUser(row, schema));
    return { result: true, change: usersChange(userId) };
  });
}
