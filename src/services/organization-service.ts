import type { Kysely } from 'kysely';
import type { DB } from '../db/types.ts';
import { decodeCursor, toPage, type Page, type PageRequest } from '../domain/page-cursor.ts';
import { RosterError } from '../domain/roster-error.ts';
import { storedName } from '../domain/user-attributes.ts';
import * as queries from '../queries/organization-queries.ts';
import { toAdminOrganization, type AdminOrganization } from '../views/admin-view.ts';
import { ALL_CHANGED, usersChange, withWrite, type AdminContext } from './write.ts';
import { newId } from '../domain/new-id.ts';
import { findMembershipsOf } from '../queries/membership-queries.ts';
import { deletedMembership } from './deleted-membership.ts';
import type { FromSchema } from 'json-schema-to-ts';
import type { createOrganizationSchema, updateOrganizationSchema } from '../http/routes/admin/organizations/schemas.ts';

export type OrganizationStatus = 'active' | 'suspended' | 'archived';

export type OrganizationInput = FromSchema<typeof createOrganizationSchema.body>;

export type OrganizationPatch = FromSchema<typeof updateOrganizationSchema.body>;

/** Creates an organization; a taken slug is a 409 `Conflict`. */
export async function createOrganization(ctx: AdminContext, input: OrganizationInput): Promise<AdminOrganization> {
  const name = storedName(input.name);
  return withWrite(ctx, async ({ trx, now, audit, emit }) => {
    if (await queries.findOrganizationBySlug(trx, input.slug)) throw slugTaken(input.slug);
    const row = await queries.insertOrganization(trx, {
      id: newId(),
      name,
      slug: input.slug,
      description: input.description ?? null,
      logoUrl: input.logoUrl ?? null,
      status: input.status ?? 'active',
      settings: JSON.stringify(input.settings ?? {}),
      createdAt: now,
      updatedAt: now,
    });
    const organization = toAdminOrganization(row);
    await audit('organization.created', { type: 'organization', id: row.id }, organization);
    await emit('organization.created', organization);
    return { result: organization, change: usersChange() };
  });
}

export async function getOrganization(db: Kysely<DB>, id: string): Promise<AdminOrganization> {
  const row = await queries.findOrganizationById(db, id);
  if (!row) throw organizationNotFound(id);
  return toAdminOrganization(row);
}

export async function listOrganizations(db: Kysely<DB>, page: PageRequest): Promise<Page<AdminOrganization>> {
  const after = page.cursor === undefined ? undefined : cursorKey(decodeCursor(page.cursor, 'organizations', 2));
  const rows = await queries.findOrganizationsPage(db, { limit: page.limit + 1, after });
  const result = toPage(rows, page.limit, 'organizations', (row) => [row.createdAt, row.id]);
  return { items: result.items.map(toAdminOrganization), nextCursor: result.nextCursor };
}

/** Updates the given fields; a status or any other change reaches every member, so it announces `all`. */
export async function updateOrganization(
  ctx: AdminContext,
  id: string,
  patch: OrganizationPatch,
): Promise<AdminOrganization> {
  if (patch.name !== undefined) patch = { ...patch, name: storedName(patch.name) };
  return withWrite(ctx, async ({ trx, now, audit, emit }) => {
    if (!(await queries.findOrganizationById(trx, id))) throw organizationNotFound(id);
    if (patch.slug !== undefined) {
      const holder = await queries.findOrganizationBySlug(trx, patch.slug);
      if (holder && holder.id !== id) throw slugTaken(patch.slug);
    }
    const { settings, ...fields } = patch;
    const row = await queries.updateOrganization(trx, id, {
      ...fields,
      ...(settings === undefined ? {} : { settings: JSON.stringify(settings) }),
      updatedAt: now,
    });
    if (!row) throw organizationNotFound(id);
    await audit('organization.updated', { type: 'organization', id }, { ...patch });
    const organization = toAdminOrganization(row);
    await emit('organization.updated', organization);
    return { result: organization, change: ALL_CHANGED };
  });
}

/** Deletes an organization with its memberships, own roles, invitations and session contexts. */
export async function deleteOrganization(ctx: AdminContext, id: string): Promise<void> {
  return withWrite(ctx, async ({ trx, audit, emit }) => {
    const row = await queries.findOrganizationById(trx, id);
    const memberships = row ? await findMembershipsOf(trx, { organizationId: id }) : [];
    if (!row || !(await queries.deleteOrganization(trx, id))) throw organizationNotFound(id);
    await audit('organization.deleted', { type: 'organization', id }, { slug: row.slug, name: row.name });
    for (const membership of memberships) await emit('membership.deleted', deletedMembership(membership));
    await emit('organization.deleted', { id });
    return { result: undefined, change: ALL_CHANGED };
  });
}

export function organizationNotFound(id: string): RosterError {
  return new RosterError('NotFound', `No organization with id ${id}`);
}

function slugTaken(slug: string): RosterError {
  return new RosterError('Conflict', `An organization with slug "${slug}" already exists`);
}

function cursorKey([createdAt = '', id = '']: string[]) {
  return { createdAt, id };
}
