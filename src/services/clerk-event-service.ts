import type { FastifyBaseLogger } from 'fastify';
import type { UserUpdate } from '../db/types.ts';
import { normalizeEmail } from '../domain/email.ts';
import type { ProfileSchema } from '../domain/profile-schema.ts';
import { object } from '../identity/learned-profile.ts';
import { clerkProfile } from '../identity/userinfo/clerk-userinfo.ts';
import { countIdentitiesOfUser, deleteIdentity, findIdentity } from '../queries/identity-queries.ts';
import { recordInboundEvent } from '../queries/inbound-event-queries.ts';
import * as users from '../queries/user-queries.ts';
import { toAdminUser } from '../views/admin-view.ts';
import { deleteUserWithEverything } from './user-service.ts';
import { usersChange, withWrite, type WriteContext, type WriteScope } from './write.ts';

/** The actor inbound provider events are audited as. */
export const IDENTITY_PROVIDER_ACTOR = 'identity-provider';

export interface ClerkEventDeps {
  /** `AUTH_ISSUER`: the issuer of the identities Clerk's user ids are subjects of. */
  readonly issuer: string;
  readonly profileSchema: ProfileSchema;
  readonly logger?: FastifyBaseLogger | undefined;
}

/**
 * Applies one verified Clerk event, once per `messageId` (Svix's `svix-id`; a replay has no
 * effect): `user.updated` makes the linked user's names, avatar, phone and — when verified —
 * primary email follow Clerk's record; `user.deleted` removes the identity and deletes a user
 * left with none. Any other type, or an identity Roster does not know, changes nothing.
 * Written through the write path as actor `identity-provider`: audited, events emitted.
 */
export async function applyClerkEvent(
  ctx: WriteContext,
  deps: ClerkEventDeps,
  messageId: string,
  event: unknown,
): Promise<void> {
  const type = object(event)?.type;
  const data = object(object(event)?.data);
  const subject = typeof data?.id === 'string' ? data.id : null;
  await withWrite({ ...ctx, actor: IDENTITY_PROVIDER_ACTOR }, async (scope) => {
    if (!(await recordInboundEvent(scope.trx, 'clerk', messageId, scope.now)))
      return { result: undefined, change: null };
    const identity = subject === null ? undefined : await findIdentity(scope.trx, deps.issuer, subject);
    if (!identity || !data) return { result: undefined, change: null };
    if (type === 'user.updated')
      return { result: undefined, change: await followClerkRecord(scope, deps, identity.userId, data) };
    if (type === 'user.deleted') return { result: undefined, change: await removeIdentity(scope, identity) };
    return { result: undefined, change: null };
  });
}

async function followClerkRecord(
  scope: WriteScope,
  deps: ClerkEventDeps,
  userId: string,
  record: Record<string, unknown>,
) {
  const { trx, now } = scope;
  const current = await users.findUserById(trx, userId);
  if (!current) return null;
  const profile = clerkProfile(record, null);
  const update: UserUpdate = {};
  const follow = <K extends 'firstName' | 'lastName' | 'avatarUrl' | 'phone'>(field: K, value: string | null) => {
    if (current[field] !== value) update[field] = value;
  };
  follow('firstName', profile.firstName);
  follow('lastName', profile.lastName);
  follow('avatarUrl', profile.avatarUrl);
  follow('phone', profile.phone);
  if (profile.email !== null && profile.emailVerified) {
    const emailNormalized = normalizeEmail(profile.email);
    const holder =
      emailNormalized === current.emailNormalized
        ? undefined
        : await users.findUserByNormalizedEmail(trx, emailNormalized);
    if (holder && holder.id !== userId) {
      deps.logger?.warn(
        { userId, holderId: holder.id },
        'Clerk user.updated: the new primary email belongs to another user; kept the old one',
      );
    } else {
      if (current.email !== profile.email) Object.assign(update, { email: profile.email, emailNormalized });
      if (!current.emailVerified) update.emailVerified = true;
    }
  }
  if (Object.keys(update).length === 0) return null;
  const row = (await users.updateUser(trx, userId, { ...update, updatedAt: now }))!;
  const changed = Object.keys(update).filter((field) => field !== 'emailNormalized');
  await scope.audit('user.updated', { type: 'user', id: userId }, { fields: changed, source: 'clerk' });
  await scope.emit('user.updated', toAdminUser(row, deps.profileSchema));
  return usersChange(userId);
}

async function removeIdentity(scope: WriteScope, identity: { id: string; userId: string }) {
  const { trx } = scope;
  await deleteIdentity(trx, identity.id);
  await scope.audit('identity.removed', { type: 'user', id: identity.userId }, { source: 'clerk' });
  if ((await countIdentitiesOfUser(trx, identity.userId)) === 0) {
    const row = await users.findUserById(trx, identity.userId);
    if (row) await deleteUserWithEverything(scope, row);
  }
  return usersChange(identity.userId);
}
