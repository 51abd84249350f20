import type { Kysely } from 'kysely';
import type { DB } from '../db/types.ts';
import { fullNameOf, parseObject, profileSettingsOf } from '../domain/stored-user-fields.ts';
import type { OtherPerson } from '../domain/person-visibility.ts';

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
