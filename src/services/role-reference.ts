import type { Kysely } from 'kysely';
import type { DB, RoleRow, RoleScope } from '../db/types.ts';
import { RosterError } from '../domain/roster-error.ts';
import { findRoleById, findRoleByScopeAndKey } from '../queries/role-queries.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The role a body names by id or key, checked for use in a place: a key means
 * the organization's own role of that key where one exists, else the global one of `scope`;
 * an id must be a role of `scope`, global or the organization's own. Anything else is a 400
 * `ValidationFailed` on `field`.
 *
 * @example
 * const role = await resolveRoleReference(db, 'coach', { scope: 'organization', organizationId, field: 'roles.0' });
 */
export async function resolveRoleReference(
  db: Kysely<DB>,
  reference: string,
  place: { scope: RoleScope; organizationId?: string | null; field: string },
): Promise<RoleRow> {
  const organizationId = place.organizationId ?? null;
  const problem = (message: string) =>
    new RosterError('ValidationFailed', `Role "${reference}" ${message}`, {
      details: [{ field: place.field, message: `role "${reference}" ${message}` }],
    });
  let role = UUID.test(reference) ? await findRoleById(db, reference.toLowerCase()) : undefined;
  if (!role) {
    role =
      (organizationId ? await findRoleByScopeAndKey(db, place.scope, reference, organizationId) : undefined) ??
      (await findRoleByScopeAndKey(db, place.scope, reference, null));
  }
  if (!role)
    throw problem(`does not exist (as a ${place.scope} role${organizationId ? ' usable in this organization' : ''})`);
  if (role.scope !== place.scope) throw problem(`is of scope ${role.scope}, expected ${place.scope}`);
  if (role.organizationId !== null && role.organizationId !== organizationId)
    throw problem('belongs to another organization');
  return role;
}

/** Resolves each reference (see {@link resolveRoleReference}), deduplicated by role id. */
export async function resolveRoleReferences(
  db: Kysely<DB>,
  references: readonly string[],
  place: { scope: RoleScope; organizationId?: string | null; field: string },
): Promise<RoleRow[]> {
  const roles = new Map<string, RoleRow>();
  for (const [index, reference] of references.entries()) {
    const role = await resolveRoleReference(db, reference, { ...place, field: `${place.field}.${index}` });
    roles.set(role.id, role);
  }
  return [...roles.values()];
}
