import type { SnapshotUser } from './me-snapshot.ts';

/** Another person as `/api/v1/people/:id` may show them, with what decides whether a viewer may. */
export interface OtherPerson
  extends Pick<
    SnapshotUser,
    | 'id'
    | 'firstName'
    | 'lastName'
    | 'fullName'
    | 'avatarUrl'
    | 'headline'
    | 'linkedinUrl'
    | 'profileSettings'
    | 'customAttributes'
    | 'createdAt'
    | 'updatedAt'
  > {
  /** Both the person and the viewer are active members of one organization whose status is `active`. */
  readonly sharesActiveOrganization: boolean;
}

/**
 * Someone's public profile is visible to themself, to everyone when
 * `profileSettings.isPublicProfile` is true, and to whoever shares an active organization
 * with them.
 */
export function isVisibleTo(viewerId: string, person: OtherPerson): boolean {
  return person.id === viewerId || person.profileSettings.isPublicProfile || person.sharesActiveOrganization;
}
