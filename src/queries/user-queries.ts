import type { Kysely } from 'kysely';
import { compiledOnce } from '../db/compiled-once.ts';
import type { DB, NewUser, UserRow, UserUpdate } from '../db/types.ts';
import type { OtherPerson } from '../domain/person-visibility.ts';
import { fullNameOf, parseObject, profileSettingsOf } from '../domain/stored-user-fields.ts';

export async function insertUser(db: Kysely<DB>, user: NewUser): Promise<UserRow> {
  return db.insertInto('users').values(user).returningAll().executeTakeFirstOrThrow();
}

/** The user a first sign-in creates: every column given (nulls included), nothing returned. */
export type ProvisionedUser = Required<
  Pick<
    NewUser,
    | 'id'
    | 'email'
    | 'emailNormalized'
    | 'emailVerified'
    | 'firstName'
    | 'lastName'
    | 'avatarUrl'
    | 'phone'
    | 'referralCode'
    | 'createdAt'
    | 'updatedAt'
    | 'lastLoginAt'
  >
>;

export async function insertProvisionedUser(db: Kysely<DB>, user: ProvisionedUser): Promise<void> {
  await provisionedUserInsert(db, user);
}

// Every first sign-in sends it, always with the same columns: compiled once (see compiled-once.ts).
const provisionedUserInsert = compiledOnce((db: Kysely<DB>, user: ProvisionedUser) =>
  db.insertInto('users').values(user),
);

export async function findUserById(db: Kysely<DB>, id: string): Promise<UserRow | undefined> {
  const [row] = await userById(db, { id });
  return row;
}

// Read by every write that emits a user event (a first sign-in among them): compiled once.
const userById = compiledOnce((db: Kysely<DB>, { id }: { id: string }) =>
  db.selectFrom('users').selectAll().where('id', '=', id),
);

/** `emailNormalized` is `normalizeEmail(email)`. */
export async function findUserByNormalizedEmail(db: Kysely<DB>, emailNormalized: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('emailNormalized', '=', emailNormalized).executeTakeFirst();
}

/**
 * The user holding an email, row-locked until the transaction ends (a no-op update: portable,
 * and on PostgreSQL it waits for any other transaction holding the row). Two first sign-ins
 * linking to one user thereby take turns, so the second sees the identity the first inserted.
 */
export async function lockUserByNormalizedEmail(db: Kysely<DB>, emailNormalized: string) {
  const [owner] = await lockedUserByEmail(db, { emailNormalized });
  return owner;
}

const lockedUserByEmail = compiledOnce((db: Kysely<DB>, { emailNormalized }: { emailNormalized: string }) =>
  db
    .updateTable('users')
    .set((eb) => ({ updatedAt: eb.ref('updatedAt') }))
    .where('emailNormalized', '=', emailNormalized)
    .returning(['id', 'firstName', 'lastName', 'emailVerified']),
);

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

/**
 * The person `personId` with the public columns only, plus whether both they and `viewerId`
 * hold an active membership in one organization whose status is `active` — in one query.
 * JSON columns parsed, fullName derived as the "me" snapshot derives it. Null when no such
 * user exists.
 */
export async function findPublicPersonForViewer(
  db: Kysely<DB>,
  personId: string,
  viewerId: string,
): Promise<OtherPerson | null> {
  const row = await db
    .selectFrom('users')
    .select([
      'id',
      'firstName',
      'lastName',
      'avatarUrl',
      'headline',
      'linkedinUrl',
      'profileSettings',
      'customAttributes',
      'createdAt',
      'updatedAt',
    ])
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('memberships as theirs')
            .innerJoin('memberships as mine', 'mine.organizationId', 'theirs.organizationId')
            .innerJoin('organizations', 'organizations.id', 'theirs.organizationId')
            .select(eb.lit(1).as('one'))
            .whereRef('theirs.userId', '=', 'users.id')
            .where('mine.userId', '=', viewerId)
            .where('theirs.status', '=', 'active')
            .where('mine.status', '=', 'active')
            .where('organizations.status', '=', 'active'),
        )
        .as('sharesActiveOrganization'),
    )
    .where('users.id', '=', personId)
    .executeTakeFirst();
  if (!row) return null;
  const { profileSettings, customAttributes, sharesActiveOrganization, ...person } = row;
  return {
    ...person,
    fullName: fullNameOf(person.firstName, person.lastName),
    profileSettings: profileSettingsOf(profileSettings),
    customAttributes: parseObject(customAttributes),
    sharesActiveOrganization: Boolean(sharesActiveOrganization),
  };
}

export async function updateUser(db: Kysely<DB>, id: string, update: UserUpdate): Promise<UserRow | undefined> {
  return db.updateTable('users').set(update).where('id', '=', id).returningAll().executeTakeFirst();
}

/** Sets lastLoginAt unless it was set less than a minute before; true when it wrote. */
export async function touchLastLogin(db: Kysely<DB>, userId: string, now: string, notAfter: string): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ lastLoginAt: now })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('lastLoginAt', 'is', null), eb('lastLoginAt', '<=', notAfter)]))
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Sets the email of a user who has none (a concurrent writer may have set one first); true when it wrote. */
export async function setMissingEmail(
  db: Kysely<DB>,
  userId: string,
  email: { email: string; emailNormalized: string; emailVerified: boolean },
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ ...email, updatedAt: now })
    .where('id', '=', userId)
    .where('emailNormalized', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function deleteUser(db: Kysely<DB>, id: string): Promise<boolean> {
  const result = await db.deleteFrom('users').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
