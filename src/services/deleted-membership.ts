import type { MembershipRow } from '../db/types.ts';

/** What a `membership.deleted` event carries: the id and whose membership of what it was. */
export function deletedMembership(row: Pick<MembershipRow, 'id' | 'userId' | 'organizationId'>) {
  return { id: row.id, userId: row.userId, organizationId: row.organizationId };
}
