import type { Kysely } from 'kysely';
import { compiledOnce } from '../db/compiled-once.ts';
import type { DB } from '../db/types.ts';
import { newId } from '../domain/new-id.ts';

/** A known identity's user, with what the per-request checks of provisioning's first step need. */
export interface KnownIdentity {
  userId: string;
  emailNormalized: string | null;
  emailVerified: boolean;
  /** The user's `lastLoginAt` in ms since the epoch, parsed once per load (every request of the user reads it). */
  lastLoginMs: number | null;
  hasPendingInvitations: boolean;
}

/** One query: the user behind (issuer, subject), and whether invitations for their email wait. */
export async function findKnownIdentity(
  db: Kysely<DB>,
  issuer: string,
  subject: string,
  now: string,
): Promise<KnownIdentity | null> {
  const [row] = await knownIdentityRow(db, { issuer, subject, now });
  if (!row) return null;
  const { lastLoginAt, hasPendingInvitations, ...user } = row;
  const lastLoginMs = lastLoginAt === null ? null : Date.parse(lastLoginAt);
  return { ...user, lastLoginMs, hasPendingInvitations: Boolean(hasPendingInvitations) };
}

// Every cold /me request and every first sign-in reads it: compiled once (see compiled-once.ts).
const knownIdentityRow = compiledOnce(
  (db: Kysely<DB>, { issuer, subject, now }: { issuer: string; subject: string; now: string }) =>
    db
      .selectFrom('identities as i')
      .innerJoin('users as u', 'u.id', 'i.userId')
      .select(['u.id as userId', 'u.emailNormalized', 'u.emailVerified', 'u.lastLoginAt'])
      .select((eb) =>
        eb
          .exists(
            eb
              .selectFrom('invitations as v')
              .select('v.id')
              .whereRef('v.emailNormalized', '=', 'u.emailNormalized')
              .where('v.usedAt', 'is', null)
              .where('v.expiresAt', '>', now),
          )
          .as('hasPendingInvitations'),
      )
      .where('i.issuer', '=', issuer)
      .where('i.subject', '=', subject),
);

/** The identity (issuer, subject), or undefined. */
export async function findIdentity(db: Kysely<DB>, issuer: string, subject: string) {
  return db
    .selectFrom('identities')
    .select(['id', 'userId'])
    .where('issuer', '=', issuer)
    .where('subject', '=', subject)
    .executeTakeFirst();
}

/** The subjects under which `issuer` knows the user. */
export async function findSubjectsOfUser(db: Kysely<DB>, userId: string, issuer: string): Promise<string[]> {
  const rows = await db
    .selectFrom('identities')
    .select('subject')
    .where('userId', '=', userId)
    .where('issuer', '=', issuer)
    .execute();
  return rows.map((row) => row.subject);
}

export async function countIdentitiesOfUser(db: Kysely<DB>, userId: string): Promise<number> {
  const row = await db
    .selectFrom('identities')
    .select((eb) => eb.fn.countAll().as('count'))
    .where('userId', '=', userId)
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}

export async function insertIdentity(
  db: Kysely<DB>,
  identity: { userId: string; issuer: string; subject: string; createdAt: string },
): Promise<void> {
  await insertIdentityRow(db, { id: newId(), ...identity });
}

const insertIdentityRow = compiledOnce(
  (db: Kysely<DB>, row: { id: string; userId: string; issuer: string; subject: string; createdAt: string }) =>
    db.insertInto('identities').values(row),
);

export async function deleteIdentity(db: Kysely<DB>, id: string): Promise<void> {
  await db.deleteFrom('identities').where('id', '=', id).execute();
}
