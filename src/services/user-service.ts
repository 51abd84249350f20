import type { Kysely } from 'kysely';
import type { DB, UserRow, UserUpdate } from '../db/types.ts';
import { findMembershipsOf } from '../queries/membership-queries.ts';
import { normalizeEmail } from '../domain/email.ts';
import { parseObject } from '../domain/stored-user-fields.ts';
import { decodeCursor, toPage, type Page, type PageRequest } from '../domain/page-cursor.ts';
import type { ProfileSchema } from '../domain/profile-schema.ts';
import { mergeCustomAttributes } from '../domain/profile-update.ts';
import { generateReferralCode } from '../domain/referral-code.ts';
import { RosterError } from '../domain/roster-error.ts';
import { validateUserAttributes, type UserAttributeChange } from '../domain/user-attributes.ts';
import * as queries from '../queries/user-queries.ts';
import { toAdminUser, type AdminUser } from '../views/admin-view.ts';
import { usersChange, withWrite, type AdminContext, type WriteScope } from './write.ts';
import { deletedMembership } from './deleted-membership.ts';
import { newId } from '../domain/new-id.ts';

/**
 * Creates (pre-creates) a user: with an email, the user's first sign-in with that verified
 * email links to this row. A taken email (after ASCII lower-casing) is a 409.
 */
export async function createUser(ctx: AdminContext, input: unknown, schema: ProfileSchema): Promise<AdminUser> {
  const attributes = validateAsAdmin(ctx, input, schema, { allowEmpty: true });
  return withWrite(ctx, async ({ trx, now, audit, emit }) => {
    const { profileSettings, customAttributes, ...fields } = attributes;
    const emailNormalized = typeof fields.email === 'string' ? normalizeEmail(fields.email) : null;
    if (emailNormalized !== null && (await queries.findUserByNormalizedEmail(trx, emailNormalized)))
      throw emailTaken(fields.email!);
    const row = await queries.insertUser(trx, {
      ...fields,
      id: newId(),
      emailNormalized,
      referralCode: generateReferralCode(),
      profileSettings: JSON.stringify({ portfolioVisible: false, isPublicProfile: false, ...profileSettings }),
      customAttributes: JSON.stringify(mergeCustomAttributes({}, customAttributes)),
      createdAt: now,
      updatedAt: now,
    });
    await audit('user.created', { type: 'user', id: row.id }, { ...attributes });
    const user = toAdminUser(row, schema);
    await emit('user.created', user);
    return { result: user, change: usersChange(row.id) };
  });
}

export async function getUser(db: Kysely<DB>, id: string, schema: ProfileSchema): Promise<AdminUser> {
  const row = await queries.findUserById(db, id);
  if (!row) throw userNotFound(id);
  return toAdminUser(row, schema);
}

/** Oldest first; `email` matches after ASCII lower-casing. */
export async function listUsers(
  db: Kysely<DB>,
  page: PageRequest & { email?: string | undefined },
  schema: ProfileSchema,
): Promise<Page<AdminUser>> {
  const after = page.cursor === undefined ? undefined : toKey(decodeCursor(page.cursor, 'users', 2));
  const emailNormalized = page.email === undefined ? undefined : normalizeEmail(page.email);
  const rows = await queries.findUsersPage(db, { limit: page.limit + 1, after, emailNormalized });
  const result = toPage(rows, page.limit, 'users', (row) => [row.createdAt, row.id]);
  return { items: result.items.map((row) => toAdminUser(row, schema)), nextCursor: result.nextCursor };
}

/**
 * Updates the given attributes (custom ones included); `profileSettings` and the custom
 * attributes are merged into what is stored, null removing a custom attribute.
 */
export async function updateUser(
  ctx: AdminContext,
  id: string,
  input: unknown,
  schema: ProfileSchema,
): Promise<AdminUser> {
  const attributes = validateAsAdmin(ctx, input, schema, { allowEmpty: false });
  return withWrite(ctx, async ({ trx, now, audit, emit }) => {
    const current = await queries.findUserById(trx, id);
    if (!current) throw userNotFound(id);
    const { profileSettings, customAttributes, ...fields } = attributes;
    const update: UserUpdate = { ...fields, updatedAt: now };
    if (fields.email !== undefined) {
      update.emailNormalized = fields.email === null ? null : normalizeEmail(fields.email);
      const holder =
        update.emailNormalized === null
          ? undefined
          : await queries.findUserByNormalizedEmail(trx, update.emailNormalized);
      if (holder && holder.id !== id) throw emailTaken(fields.email!);
    }
    if (profileSettings !== undefined) {
      update.profileSettings = JSON.stringify({ ...toAdminUser(current, schema).profileSettings, ...profileSettings });
    }
    if (customAttributes !== undefined) {
      update.customAttributes = JSON.stringify(
        mergeCustomAttributes(parseObject(current.customAttributes), customAttributes),
      );
    }
    const row = (await queries.updateUser(trx, id, update))!;
    await audit('user.updated', { type: 'user', id }, { ...attributes });
    const user = toAdminUser(row, schema);
    await emit('user.updated', user);
    return { result: user, change: usersChange(id) };
  });
}

/** Deletes a user with identities, memberships and grants (cascade). */
export async function deleteUser(ctx: AdminContext, id: string): Promise<void> {
  return withWrite(ctx, async (scope) => {
    const row = await queries.findUserById(scope.trx, id);
    if (!row) throw userNotFound(id);
    await deleteUserWithEverything(scope, row);
    return { result: undefined, change: usersChange(id) };
  });
}

/**
 * Deletes a user and, by cascade, their identities, memberships, grants and sessions, inside a
 * write: audited, with a `membership.deleted` event per membership and then `user.deleted`.
 */
export async function deleteUserWithEverything({ trx, audit, emit }: WriteScope, row: UserRow): Promise<void> {
  const memberships = await findMembershipsOf(trx, { userId: row.id });
  if (!(await queries.deleteUser(trx, row.id))) throw userNotFound(row.id);
  await audit('user.deleted', { type: 'user', id: row.id }, { email: row.email });
  for (const membership of memberships) await emit('membership.deleted', deletedMembership(membership));
  await emit('user.deleted', { id: row.id });
}

/** The user of `id`, or a 404 (path) / 400 (body, when `field` is given). */
export async function requireUser(db: Kysely<DB>, id: string, field?: string) {
  const row = await queries.findUserById(db, id);
  if (row) return row;
  if (field)
    throw new RosterError('ValidationFailed', `No user with id ${id}`, {
      details: [{ field, message: `user ${id} does not exist` }],
    });
  throw userNotFound(id);
}

export function userNotFound(id: string): RosterError {
  return new RosterError('NotFound', `No user with id ${id}`);
}

function emailTaken(email: string): RosterError {
  return new RosterError('Conflict', `A user with email "${email}" already exists`);
}

/** An admin may write every attribute but id, fullName, referralCode, createdAt, updatedAt and lastLoginAt. */
function validateAsAdmin(
  ctx: AdminContext,
  input: unknown,
  schema: ProfileSchema,
  { allowEmpty }: { allowEmpty: boolean },
): UserAttributeChange {
  return validateUserAttributes(input, {
    schema,
    today: ctx.clock().toISOString().slice(0, 10),
    writer: 'admin',
    allowEmpty,
  });
}

function toKey([createdAt = '', id = '']: string[]) {
  return { createdAt, id };
}
