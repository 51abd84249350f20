import type { Kysely } from 'kysely';
import type { DB } from '../db/types.ts';
import type { SnapshotUser } from '../domain/me-snapshot.ts';
import { isVisibleTo, type OtherPerson } from '../domain/person-visibility.ts';
import { findPublicPersonForViewer } from '../queries/user-queries.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The person `id` names as `viewer` may see them (`GET /api/v1/people/:id`), or null — one answer
 * for "no such id", "not a UUID" and "not visible to you", so ids cannot be probed. UUIDs are
 * case-insensitive; Roster's are stored lower-case.
 */
export async function findVisiblePerson(db: Kysely<DB>, viewer: SnapshotUser, id: string): Promise<OtherPerson | null> {
  const lowerId = id.toLowerCase();
  let person: OtherPerson | null = null;
  if (lowerId === viewer.id) person = { ...viewer, sharesActiveOrganization: false };
  else if (UUID.test(lowerId)) person = await findPublicPersonForViewer(db, lowerId, viewer.id);
  return person && isVisibleTo(viewer.id, person) ? person : null;
}
