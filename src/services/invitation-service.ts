import type { Kysely } from 'kysely';
import type { DB } from '../db/types.ts';
import { normalizeEmail } from '../domain/email.ts';
import { decodeCursor, toPage, type Page, type PageRequest } from '../domain/page-cursor.ts';
import { RosterError } from '../domain/roster-error.ts';
import * as queries from '../queries/invitation-queries.ts';
import { findOrganizationById } from '../queries/organization-queries.ts';
import { findUserByNormalizedEmail } from '../queries/user-queries.ts';
import { toAdminInvitation, type AdminInvitation } from '../views/admin-view.ts';
import { usersChange, withWrite, type AdminContext } from './write.ts';
import { resolveRoleReference } from './role-reference.ts';
import { newId } from '../domain/new-id.ts';
import type { FromSchema } from 'json-schema-to-ts';
import type { createInvitationSchema } from '../http/routes/admin/invitations/schemas.ts';

const DEFAULT_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * An invitation: `role` (scope `organization`, by key or id) omitted = the default role applies on
 * joining; `expiresAt` (in the future) defaults to 7 days from now.
 */
export type InvitationInput = FromSchema<typeof createInvitationSchema.body>;

/**
 * Invites an email to an organization. Unknown organization or role: 400; an expiry not in
 * the future: 400; a pending invitation of the same email to the same organization: 409.
 * When a user already has that email, their snapshot is invalidated so it applies on their next request.
 */
export async function createInvitation(ctx: AdminContext, input: InvitationInput): Promise<AdminInvitation> {
  return withWrite(ctx, async ({ trx, now, audit, emit }) => {
    const expiresAtMs =
      input.expiresAt === undefined ? Date.parse(now) + DEFAULT_LIFETIME_MS : Date.parse(input.expiresAt);
    if (Number.isNaN(expiresAtMs)) throw invalid('expiresAt', 'must be an ISO 8601 date-time');
    const expiresAt = new Date(expiresAtMs).toISOString();
    if (expiresAt <= now) throw invalid('expiresAt', 'must be in the future');
    if (!(await findOrganizationById(trx, input.organizationId)))
      throw invalid('organizationId', `organization ${input.organizationId} does not exist`);
    const role = input.role
      ? await resolveRoleReference(trx, input.role, {
          scope: 'organization',
          organizationId: input.organizationId,
          field: 'role',
        })
      : null;
    const emailNormalized = normalizeEmail(input.email);
    if (await queries.findPendingInvitation(trx, emailNormalized, input.organizationId, now)) {
      throw new RosterError('Conflict', 'A pending invitation of this email to this organization already exists');
    }
    const id = newId();
    await queries.insertInvitation(trx, {
      id,
      email: input.email,
      emailNormalized,
      organizationId: input.organizationId,
      roleId: role?.id ?? null,
      expiresAt,
      createdAt: now,
      createdBy: ctx.actor,
    });
    const invitation = toAdminInvitation((await queries.findInvitationById(trx, id))!);
    await audit('invitation.created', { type: 'invitation', id }, { ...invitation });
    await emit('invitation.created', invitation);
    const invitee = await findUserByNormalizedEmail(trx, emailNormalized);
    return { result: invitation, change: usersChange(invitee?.id) };
  });
}

export async function getInvitation(db: Kysely<DB>, id: string): Promise<AdminInvitation> {
  const row = await queries.findInvitationById(db, id);
  if (!row) throw invitationNotFound(id);
  return toAdminInvitation(row);
}

export async function listInvitations(
  db: Kysely<DB>,
  page: PageRequest & { organizationId?: string | undefined; email?: string | undefined },
): Promise<Page<AdminInvitation>> {
  const [createdAt = '', id = ''] = page.cursor === undefined ? [] : decodeCursor(page.cursor, 'invitations', 2);
  const rows = await queries.findInvitationsPage(db, {
    limit: page.limit + 1,
    after: page.cursor === undefined ? undefined : { createdAt, id },
    organizationId: page.organizationId,
    emailNormalized: page.email === undefined ? undefined : normalizeEmail(page.email),
  });
  const result = toPage(rows, page.limit, 'invitations', (row) => [row.createdAt, row.id]);
  return { items: result.items.map(toAdminInvitation), nextCursor: result.nextCursor };
}

/** Withdraws an invitation (used or not; a used one has already done its work). */
export async function deleteInvitation(ctx: AdminContext, id: string): Promise<void> {
  return withWrite(ctx, async ({ trx, audit }) => {
    const row = await queries.findInvitationById(trx, id);
    if (!row || !(await queries.deleteInvitation(trx, id))) throw invitationNotFound(id);
    await audit(
      'invitation.deleted',
      { type: 'invitation', id },
      { email: row.email, organizationId: row.organizationId },
    );
    const invitee = await findUserByNormalizedEmail(trx, row.emailNormalized);
    return { result: undefined, change: usersChange(invitee?.id) };
  });
}

function invalid(field: string, message: string): RosterError {
  return new RosterError('ValidationFailed', `${field}: ${message}`, { details: [{ field, message }] });
}

export function invitationNotFound(id: string): RosterError {
  return new RosterError('NotFound', `No invitation with id ${id}`);
}
