import type { ProfileSchema } from '../domain/profile-schema.ts';
import type { ProfileUpdate } from '../domain/profile-update.ts';
import { updateOwnProfile } from '../queries/profile-queries.ts';
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
    const row = await updateOwnProfile(trx, userId, update, now);
    if (!row) return { result: false, change: null };
    await audit('user.updated', { type: 'user', id: userId }, { ...update });
    await emit('user.updated', toAdminUser(row, schema));
    return { result: true, change: usersChange(userId) };
  });
}
