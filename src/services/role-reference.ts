import type { Kysely } from 'kysely';
import type { DB, RoleRow, RoleScope } from '../db/types.ts';
import { RosterError } from '../domain/roster-error.ts';
import { findRolesByIdOrKey } from '../queries/role-queries.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Where a role is to be used: its scope, and the organization (null or absent: anywhere, so global roles only). */
export interface RolePlace {
  scope: RoleScope;
  organizationId?: string | null;
}

/**
 * The role `reference` names, in one query, or undefined: the role whose id it is (a UUID, in any
 * case) whatever its scope or organization; else, by key, the organization's own role of
 * `scope`, which shadows the global one of the same key; else that global one. Whether the role
 * may be used there is for {@link findUsableRole} or {@link resolveRoleReference} to say.
 *
 * @example
 * const role = await findReferencedRole(trx, 'coach', { scope: 'organization', organizationId });
 */
export async function findReferencedRole(
  db: Kysely<DB>,
  reference: string,
  place: RolePlace,
): Promise<RoleRow | undefined> {
  const organizationId = place.organizationId ?? null;
  const id = UUID.test(reference) ? reference.toLowerCase() : null;
  const candidates = await findRolesByIdOrKey(db, { id, key: reference, scope: place.scope, organizationId });
  // Without an id match, every candidate is a key match: the organization's own, or the global one.
  return (
    candidates.find((role) => role.id === id) ??
    candidates.find((role) => role.organizationId === organizationId) ??
    candidates[0]
  );
}

/** Why the role may not be used in the place (completing "Role … "), or null when it may. */
function roleUnusableBecause(role: RoleRow, place: RolePlace): string | null {
  const organizationId = place.organizationId ?? null;
  if (role.scope !== place.scope) return `is of scope ${role.scope}, expected ${place.scope}`;
  if (role.organizationId !== null && role.organizationId !== organizationId) return 'belongs to another organization';
  return null;
}

/** The role `reference` names (see {@link findReferencedRole}) when it may be used in the place, else undefined. */
export async function findUsableRole(
  db: Kysely<DB>,
  reference: string,
  place: RolePlace,
): Promise<RoleRow | undefined> {
  const role = await findReferencedRole(db, reference, place);
  return role && roleUnusableBecause(role, place) === null ? role : undefined;
}

/**
 * The role a body names by id or key, checked for use in a place (see
 * {@link findReferencedRole}): anything that names no role, or a role of another scope or
 * organization, is a 400 `ValidationFailed` on `field`.
 *
 * @example
 * const role = await resolveRoleReference(db, 'coach', { scope: 'organization', organizationId, field: 'roles.0' });
 */
export async function resolveRoleReference(
  db: Kysely<DB>,
  reference: string,
  place: RolePlace & { field: string },
): Promise<RoleRow> {
  const problem = (message: string) =>
    new RosterError('ValidationFailed', `Role "${reference}" ${message}`, {
      details: [{ field: place.field, message: `role "${reference}" ${message}` }],
    });
  const role = await findReferencedRole(db, reference, place);
  if (!role) {
    const where = place.organizationId ? ' usable in this organization' : '';
    throw problem(`does not exist (as a ${place.scope} role${where})`);
  }
  const unusable = roleUnusableBecause(role, place);
  if (unusable !== null) throw problem(unusable);
  return role;
}

/** Resolves each reference (see {@link resolveRoleReference}), deduplicated by role id. */
export async function resolveRoleReferences(
  db: Kysely<DB>,
  references: readonly string[],
  place: RolePlace & { field: string },
): Promise<RoleRow[]> {
  const roles = new Map<string, RoleRow>();
  for (const [index, reference] of references.entries()) {
    const role = await resolveRoleReference(db, reference, { ...place, field: `${place.field}.${index}` });
    roles.set(role.id, role);
  }
  return [...roles.values()];
}
