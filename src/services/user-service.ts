import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB, UserUpdate } from '../db/types.ts';
import { checkAdminUserAttributes, type AdminUserAttributes } from '../domain/admin-user-attributes.ts';
import { normalizeEmail } from '../domain/email.ts';
import { decodeCursor, toPage, type Page, type PageRequest } from '../domain/page-cursor.ts';
import { generateReferralCode } from '../domain/referral-code.ts';
import { RosterError } from '../domain/roster-error.ts';
import * as queries from '../queries/user-queries.ts';
import { toAdminUser, type AdminUser } from '../views/admin-view.ts';
import { usersChange, withWrite, type AdminContext } from './admin-write.ts';

/**
 * Creates (pre-creates) a user: with an email, the user's first sign-in with that verified
 * email links to this row. A taken email (after ASCII lower-casing) is a 409.
 */
export async function createUser(ctx: AdminContext, input: AdminUserAttributes): Promise<AdminUser> {
  const attributes = checkAdminUserAttributes(input, ctx.clock());
  return withWrite(ctx, async ({ trx, now, audit }) => {
    const { profileSettings, ...fields } = attributes;
    const emailNormalized = typeof fields.email === 'string' ? normalizeEmail(fields.email) : null;
    if (emailNormalized !== null && (await queries.findUserByNormalizedEmail(trx, emailNormalized))) throw emailTaken(fields.email!);
    const row = await queries.insertUser(trx, {
      ...fields,
      id: randomUUID(),
      emailNormalized,
      referralCode: generateReferralCode(),
      profileSettings: JSON.stringify({ portfolioVisible: false, isPublicProfile: false, ...profileSettings }),
      createdAt: now,
      updatedAt: now,
    });
    await audit('user.created', { type: 'user', id: row.id }, { ...attributes });
    return { result: toAdminUser(row), change: usersChange(row.id) };
  });
}

export async function getUser(db: Kysely<DB>, id: string): Promise<AdminUser> {
  const row = await queries.findUserById(db, id);
  if (!row) throw userNotFound(id);
  return toAdminUser(row);
}

/** Oldest first; `email` matches after ASCII lower-casing. */
export async function listUsers(db: Kysely<DB>, page: PageRequest & { email?: string | undefined }): Promise<Page<AdminUser>> {
  const after = page.cursor === undefined ? undefined : toKey(decodeCursor(page.cursor, 2));
  const emailNormalized = page.email === undefined ? undefined : normalizeEmail(page.email);
  const rows = await queries.findUsersPage(db, { limit: page.limit + 1, after, emailNormalized });
  const result = toPage(rows, page.limit, (row) => [row.createdAt, row.id]);
  return { items: result.items.map(toAdminUser), nextCursor: result.nextCursor };
}

/** Updates the given attributes; `profileSettings` is merged into the stored settings. */
export async function updateUser(ctx: AdminContext, id: string, input: AdminUserAttributes): Promise<AdminUser> {
  const attributes = checkAdminUserAttributes(input, ctx.clock());
  return withWrite(ctx, async ({ trx, now, audit }) => {
    const current = await queries.findUserById(trx, id);
    if (!current) throw userNotFound(id);
    const { profileSettings, ...fields } = attributes;
    const update: UserUpdate = { ...fields, updatedAt: now };
    if (fields.email !== undefined) {
      update.emailNormalized = fields.email === null ? null : normalizeEmail(fields.email);
      const holder = update.emailNormalized === null ? undefined : await queries.findUserByNormalizedEmail(trx, update.emailNormalized);
      if (holder && holder.id !== id) throw emailTaken(fields.email!);
    }
    if (profileSettings !== undefined) {
      update.profileSettings = JSON.stringify({ ...toAdminUser(current).profileSettings, ...profileSettings });
    }
    const row = (await queries.updateUser(trx, id, update))!;
    await audit('user.updated', { type: 'user', id }, { ...attributes });
    return { result: toAdminUser(row), change: usersChange(id) };
  });
}

/** Deletes a user with identities, memberships and grants (cascade). */
export async function deleteUser(ctx: AdminContext, id: string): Promise<void> {
  return withWrite(ctx, async ({ trx, audit }) => {
    const row = await queries.findUserById(trx, id);
    if (!row || !(await queries.deleteUser(trx, id))) throw userNotFound(id);
    await audit('user.deleted', { type: 'user', id }, { email: row.email });
    return { result: undefined, change: usersChange(id) };
  });
}

/** The user of `id`, or a 404 (path) / 400 (body, when `field` is given). */
export async function requireUser(db: Kysely<DB>, id: string, field?: string) {
  const row = await queries.findUserById(db, id);
  if (row) return row;
  if (field) throw new RosterError('ValidationFailed', `No user with id ${id}`, { details: [{ field, message: `user ${id} does not exist` }] });
  throw userNotFound(id);
}

export function userNotFound(id: string): RosterError {
  return new RosterError('NotFound', `No user with id ${id}`);
}

function emailTaken(email: string): RosterError {
  return new RosterError('Conflict', `A user with email "${email}" already exists`);
}

function toKey([createdAt = '', id = '']: string[]) {
  return { createdAt, id };
}
