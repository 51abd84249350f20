import type { Kysely } from 'kysely';
import { compiledOnce } from '../db/compiled-once.ts';
import type { DB, InvitationRow, NewInvitation } from '../db/types.ts';

/** An invitation with its role's key (null when it names none). */
export type InvitationWithRole = InvitationRow & { roleKey: string | null };

export async function insertInvitation(db: Kysely<DB>, invitation: NewInvitation): Promise<void> {
  await db.insertInto('invitations').values(invitation).execute();
}

function selectInvitations(db: Kysely<DB>) {
  return db
    .selectFrom('invitations')
    .leftJoin('roles', 'roles.id', 'invitations.roleId')
    .selectAll('invitations')
    .select('roles.key as roleKey');
}

export async function findInvitationById(db: Kysely<DB>, id: string): Promise<InvitationWithRole | undefined> {
  return selectInvitations(db).where('invitations.id', '=', id).executeTakeFirst();
}

/** A pending (unused, unexpired at `now`) invitation of this email to this organization. */
export async function findPendingInvitation(
  db: Kysely<DB>,
  emailNormalized: string,
  organizationId: string,
  now: string,
): Promise<InvitationRow | undefined> {
  return db
    .selectFrom('invitations')
    .selectAll()
    .where('emailNormalized', '=', emailNormalized)
    .where('organizationId', '=', organizationId)
    .where('usedAt', 'is', null)
    .where('expiresAt', '>', now)
    .executeTakeFirst();
}

/** Unused, unexpired invitations for an email, oldest first. */
export async function findPendingInvitationsForEmail(db: Kysely<DB>, emailNormalized: string, now: string) {
  return pendingInvitationsForEmail(db, { emailNormalized, now });
}

// Asked by every first sign-in with a verified email: compiled once (see compiled-once.ts).
const pendingInvitationsForEmail = compiledOnce(
  (db: Kysely<DB>, { emailNormalized, now }: { emailNormalized: string; now: string }) =>
    db
      .selectFrom('invitations')
      .select(['id', 'organizationId', 'roleId', 'createdAt'])
      .where('emailNormalized', '=', emailNormalized)
      .where('usedAt', 'is', null)
      .where('expiresAt', '>', now)
      .orderBy('createdAt')
      .orderBy('id'),
);

export interface InvitationFilter {
  organizationId?: string | undefined;
  emailNormalized?: string | undefined;
}

/** Oldest first, by (createdAt, id), after the given key. */
export async function findInvitationsPage(
  db: Kysely<DB>,
  page: { limit: number; after?: { createdAt: string; id: string } | undefined } & InvitationFilter,
): Promise<InvitationWithRole[]> {
  let query = selectInvitations(db);
  if (page.organizationId) query = query.where('invitations.organizationId', '=', page.organizationId);
  if (page.emailNormalized !== undefined) query = query.where('invitations.emailNormalized', '=', page.emailNormalized);
  if (page.after) {
    const { createdAt, id } = page.after;
    query = query.where((eb) =>
      eb.or([
        eb('invitations.createdAt', '>', createdAt),
        eb.and([eb('invitations.createdAt', '=', createdAt), eb('invitations.id', '>', id)]),
      ]),
    );
  }
  return query.orderBy('invitations.createdAt').orderBy('invitations.id').limit(page.limit).execute();
}

/** Marks an invitation used unless someone did first; true when this call did. */
export async function markInvitationUsed(db: Kysely<DB>, id: string, userId: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ usedAt: now, usedBy: userId })
    .where('id', '=', id)
    .where('usedAt', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function deleteInvitation(db: Kysely<DB>, id: string): Promise<boolean> {
  const result = await db.deleteFrom('invitations').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
