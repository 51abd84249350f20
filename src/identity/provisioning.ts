import type { Kysely } from 'kysely';
import type { IdentityCache } from '../cache/identity-cache.ts';
import { isUniqueViolation } from '../db/constraint-violation.ts';
import type { DB } from '../db/types.ts';
import type { Clock } from '../domain/clock.ts';
import { normalizeEmail } from '../domain/email.ts';
import { RosterError } from '../domain/roster-error.ts';
import type { ProfileSchema } from '../domain/profile-schema.ts';
import {
  findKnownIdentity,
  findSubjectsOfUser,
  insertIdentity,
  type KnownIdentity,
} from '../queries/identity-queries.ts';
import { findPendingInvitationsForEmail, markInvitationUsed } from '../queries/invitation-queries.ts';
import { findJoinableOrganizationId } from '../queries/organization-queries.ts';
import {
  findUserByNormalizedEmail,
  insertProvisionedUser,
  lockUserByNormalizedEmail,
  setMissingEmail,
  touchLastLogin,
  updateUser,
} from '../queries/user-queries.ts';
import { usersChange, withWrite, type WriteContext, type WriteScope } from '../services/write.ts';
import { getInvitation } from '../services/invitation-service.ts';
import { getUser } from '../services/user-service.ts';
import {
  email,
  lacksSomething,
  mergeProfiles,
  profileFromClaims,
  text,
  type LearnedProfile,
} from './learned-profile.ts';
import { grantMembership } from './membership-grants.ts';
import type { Principal } from './principal.ts';
import type { UserinfoSource } from './userinfo/userinfo-source.ts';
import { newId } from '../domain/new-id.ts';
import { generateReferralCode } from '../domain/referral-code.ts';

export interface ProvisioningOptions {
  readonly db: Kysely<DB>;
  readonly clock: Clock;
  /** Known identities, cached and dropped on every change of their user (step 1 costs no query). */
  readonly identities: IdentityCache;
  /** `ROSTER_PROVISIONING`: false = never create a user. */
  readonly enabled: boolean;
  readonly metadataClaim: string | null;
  readonly defaultOrganizationId: string | null;
  readonly defaultRole: string;
  /** Where to learn what the token lacks; null for `AUTH_USERINFO=none`. */
  readonly userinfo: UserinfoSource | null;
  /** The write path every provisioning write goes through (actor `system`); it publishes the change. */
  readonly write: WriteContext;
  /** The custom attributes, which the user in a `user.*` event carries. */
  readonly profileSchema: ProfileSchema;
}

/** Turns a verified principal into a Roster user id, provisioning on first sign-in. */
export interface Provisioning {
  resolveUser(principal: Principal): Promise<string>;
}

const LOGIN_WRITE_INTERVAL_MS = 60_000;
const ATTEMPTS = 3;
/** How often the provider is asked again about a user it told no email. */
const EMAIL_ASK_INTERVAL_MS = 3_600_000;

/**
 * Just-in-time provisioning, as the README's "Provisioning" section describes: a known
 * identity is its user (lastLoginAt at most once a minute, a verified email marked, invitations
 * that arrived applied); an unknown one links by verified email or creates a user, joining
 * organizations with roles from an invitation, the metadata or the defaults — all in one
 * transaction, retried when a concurrent first sign-in wins a unique key, so N racing requests
 * make one user. A known identity with nothing due is answered from the identity cache without
 * a query.
 *
 * @example const userId = await provisioning.resolveUser(request.principal);
 */
export function createProvisioning(options: ProvisioningOptions): Provisioning {
  const { clock } = options;
  // When the provider was last asked about a user without an email, and when a token's email was
  // last tried on one (it fails when another user holds that address).
  const emailAsks = createAskLog(EMAIL_ASK_INTERVAL_MS);
  const emailTries = createAskLog(EMAIL_ASK_INTERVAL_MS);

  /** Emits `user.created`/`user.updated` with the user as the admin API renders it (read only if some webhook listens). */
  function emitUser(scope: WriteScope, type: 'user.created' | 'user.updated', userId: string) {
    return scope.emit(type, () => getUser(scope.trx, userId, options.profileSchema));
  }

  async function retrying<T>(work: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await work();
      } catch (error) {
        if (attempt >= ATTEMPTS || !isRetryable(error)) throw error;
      }
    }
  }

  function tokenEmailIs(principal: Principal, emailNormalized: string): boolean {
    const tokenEmail = email(principal.claims.email);
    return tokenEmail !== null && normalizeEmail(tokenEmail) === emailNormalized;
  }

  async function known(principal: Principal, identity: KnownIdentity, now: Date): Promise<string> {
    const { userId } = identity;
    const verifies =
      !identity.emailVerified &&
      principal.claims.email_verified === true &&
      identity.emailNormalized !== null &&
      tokenEmailIs(principal, identity.emailNormalized);
    const invitations =
      (identity.emailVerified || verifies) && identity.hasPendingInvitations && identity.emailNormalized !== null;
    const loginDue = identity.lastLoginMs === null || now.getTime() - identity.lastLoginMs >= LOGIN_WRITE_INTERVAL_MS;
    // Runs on every request of a known user: nothing awaited unless an email is missing.
    const learned = identity.emailNormalized === null ? await emailToLearn(principal, identity, now) : null;
    if (!verifies && !invitations && !loginDue && !learned) return userId;
    const at = now.toISOString();
    await retrying(() =>
      withWrite(options.write, async (scope) => {
        const { trx } = scope;
        // lastLoginAt alone is bookkeeping, not a change anyone subscribes to: neither audited nor an event.
        const dueBefore = new Date(now.getTime() - LOGIN_WRITE_INTERVAL_MS).toISOString();
        if (loginDue) await touchLastLogin(trx, userId, at, dueBefore);
        if (verifies) {
          await updateUser(trx, userId, { emailVerified: true, updatedAt: at });
          await scope.audit('user.email_verified', { type: 'user', id: userId });
          await emitUser(scope, 'user.updated', userId);
        }
        if (invitations) await applyInvitations(scope, userId, identity.emailNormalized as string, at);
        if (learned !== null) await learnEmail(scope, userId, learned, at);
        // Announced even when nothing was written: the cached facts that made something due were
        // stale (another instance wrote lastLoginAt first, or the invitations expired), and the bus
        // is the one way caches drop an entry. Its stamp guard keeps a load that raced this write
        // from storing what it read before the commit.
        return { result: undefined, change: usersChange(userId) };
      }),
    );
    await rememberIdentity(principal);
    return userId;
  }

  /**
   * For a known user without an email: the token's claims when they carry one, else — at most
   * once an hour per user, counted from the sign-in that learned none — what the userinfo source
   * says. Null when there is nothing new (or the provider cannot be reached: the user is known,
   * so the request goes on, and the provider is asked again an hour later).
   */
  async function emailToLearn(principal: Principal, identity: KnownIdentity, now: Date) {
    if (identity.emailNormalized !== null) return null;
    const fromToken = profileFromClaims(principal.claims, options.metadataClaim);
    if (fromToken.email !== null) {
      if (!emailTries.due(identity.userId, now.getTime())) return null;
      emailTries.asked(identity.userId, now.getTime());
      return fromToken;
    }
    if (!options.userinfo || !emailAsks.due(identity.userId, now.getTime())) return null;
    emailAsks.asked(identity.userId, now.getTime());
    try {
      const answer = await options.userinfo(principal);
      return answer?.email ? mergeProfiles(fromToken, answer) : null;
    } catch {
      return null;
    }
  }

  /** Gives a user without an email the learned one unless another user holds it; if verified, its invitations apply. */
  async function learnEmail(scope: WriteScope, userId: string, profile: LearnedProfile, at: string): Promise<boolean> {
    const { trx } = scope;
    const email = profile.email as string;
    const emailNormalized = normalizeEmail(email);
    if (await findUserByNormalizedEmail(trx, emailNormalized)) return false;
    const emailVerified = profile.emailVerified;
    if (!(await setMissingEmail(trx, userId, { email, emailNormalized, emailVerified }, at))) return false;
    await scope.audit('user.email-learned', { type: 'user', id: userId }, { emailVerified });
    await emitUser(scope, 'user.updated', userId);
    if (emailVerified) await applyInvitations(scope, userId, emailNormalized, at);
    return true;
  }

  /**
   * Warms the identity cache after a write has published its change (which dropped the old
   * entry): the user's next request then finds the facts cached. Only a read, never an invalidation.
   */
  async function rememberIdentity(principal: Principal): Promise<void> {
    await options.identities.get(principal.issuer, principal.subject);
  }

  async function applyInvitations(
    scope: WriteScope,
    userId: string,
    emailNormalized: string,
    at: string,
    meta?: Metadata,
    firstIsPrimary = false,
  ) {
    const { trx } = scope;
    const invitations = await findPendingInvitationsForEmail(trx, emailNormalized, at);
    const organizations: string[] = [];
    for (const [index, invitation] of invitations.entries()) {
      if (!(await markInvitationUsed(trx, invitation.id, userId, at))) continue;
      await scope.audit('invitation.used', { type: 'invitation', id: invitation.id }, { userId });
      await scope.emit('invitation.accepted', () => getInvitation(trx, invitation.id));
      const grant = {
        userId,
        organizationId: invitation.organizationId,
        roleRef: invitation.roleId ?? meta?.roleIn(invitation.organizationId) ?? null,
        defaultRoleRef: options.defaultRole,
        now: at,
      };
      await grantMembership(scope, firstIsPrimary && index === 0 ? { ...grant, primary: true } : grant);
      organizations.push(invitation.organizationId);
    }
    return organizations;
  }

  async function provision(scope: WriteScope, principal: Principal, profile: LearnedProfile): Promise<string> {
    const { trx, now: at } = scope;
    const again = await findKnownIdentity(trx, principal.issuer, principal.subject, at);
    if (again) return again.userId;
    const emailNormalized = profile.email === null ? null : normalizeEmail(profile.email);
    // Locked: the check for another subject of this issuer and the insert below must not interleave
    // with a concurrent link to the same user, or several subjects would each see none and all link.
    const owner = emailNormalized === null ? undefined : await lockUserByNormalizedEmail(trx, emailNormalized);
    if (owner) {
      if (!profile.emailVerified)
        throw new RosterError(
          'EmailNotVerified',
          'Verify your email address with your identity provider to sign in to this account',
        );
      const subjects = await findSubjectsOfUser(trx, owner.id, principal.issuer);
      if (subjects.some((subject) => subject !== principal.subject)) {
        throw new RosterError(
          'IdentityConflict',
          'This email already belongs to another account of this identity provider',
        );
      }
      await link(scope, owner, principal, profile, at);
      return owner.id;
    }
    if (!options.enabled)
      throw new RosterError('UserNotFound', 'No Roster user for this identity, and provisioning is off');
    return create(scope, principal, profile, emailNormalized, at);
  }

  type Owner = NonNullable<Awaited<ReturnType<typeof lockUserByNormalizedEmail>>>;
  async function link(scope: WriteScope, owner: Owner, principal: Principal, profile: LearnedProfile, at: string) {
    const { trx } = scope;
    await insertIdentity(trx, {
      userId: owner.id,
      issuer: principal.issuer,
      subject: principal.subject,
      createdAt: at,
    });
    const names = {
      ...(!owner.firstName && profile.firstName ? { firstName: profile.firstName } : {}),
      ...(!owner.lastName && profile.lastName ? { lastName: profile.lastName } : {}),
    };
    await updateUser(trx, owner.id, { ...names, emailVerified: true, lastLoginAt: at, updatedAt: at });
    const linked = { issuer: principal.issuer, subject: principal.subject };
    await scope.audit('identity.linked', { type: 'user', id: owner.id }, linked);
    await emitUser(scope, 'user.updated', owner.id);
    const meta = await metadataOf(trx, profile.metadata);
    const invited = await applyInvitations(scope, owner.id, normalizeEmail(profile.email as string), at, meta);
    if (meta.organizationId && !invited.includes(meta.organizationId)) {
      const roleRef = meta.roleIn(meta.organizationId);
      await grantMembership(scope, {
        userId: owner.id,
        organizationId: meta.organizationId,
        roleRef,
        defaultRoleRef: options.defaultRole,
        now: at,
      });
    }
  }

  async function create(
    scope: WriteScope,
    principal: Principal,
    profile: LearnedProfile,
    emailNormalized: string | null,
    at: string,
  ) {
    const { trx } = scope;
    const userId = newId();
    await insertProvisionedUser(trx, {
      id: userId,
      email: profile.email,
      emailNormalized,
      emailVerified: profile.emailVerified,
      firstName: profile.firstName,
      lastName: profile.lastName,
      avatarUrl: profile.avatarUrl,
      phone: profile.phone,
      referralCode: generateReferralCode(),
      createdAt: at,
      updatedAt: at,
      lastLoginAt: at,
    });
    await insertIdentity(trx, { userId, issuer: principal.issuer, subject: principal.subject, createdAt: at });
    const provisioned = { issuer: principal.issuer, subject: principal.subject };
    await scope.audit('user.provisioned', { type: 'user', id: userId }, provisioned);
    await emitUser(scope, 'user.created', userId);
    const meta = await metadataOf(trx, profile.metadata);
    const invited =
      profile.emailVerified && emailNormalized !== null
        ? await applyInvitations(scope, userId, emailNormalized, at, meta, true)
        : [];
    if (invited.length > 0) return userId;
    const organizationId =
      meta.organizationId ??
      (options.defaultOrganizationId && (await findJoinableOrganizationId(trx, options.defaultOrganizationId)));
    if (organizationId) {
      const roleRef = meta.roleIn(organizationId);
      const grant = { userId, organizationId, roleRef, defaultRoleRef: options.defaultRole, primary: true, now: at };
      await grantMembership(scope, grant);
    }
    return userId;
  }

  return {
    async resolveUser(principal) {
      const identity = await options.identities.get(principal.issuer, principal.subject);
      if (identity) return known(principal, identity, clock());
      let profile = profileFromClaims(principal.claims, options.metadataClaim);
      if (options.userinfo && lacksSomething(profile, options.metadataClaim)) {
        profile = mergeProfiles(profile, await options.userinfo(principal));
      }
      const userId = await retrying(() =>
        withWrite(options.write, async (scope) => {
          const id = await provision(scope, principal, profile);
          return { result: id, change: usersChange(id) };
        }),
      );
      if (options.userinfo && profile.email === null) emailAsks.asked(userId, clock().getTime());
      await rememberIdentity(principal);
      return userId;
    },
  };
}

interface Metadata {
  /** The named organization when it exists and is joinable. */
  organizationId: string | null;
  /** The metadata's role applies in its own organization, or in the one being joined when it names none. */
  roleIn(organizationId: string): string | null;
}

async function metadataOf(trx: Kysely<DB>, metadata: LearnedProfile['metadata']): Promise<Metadata> {
  // Organization ids are UUIDs, stored lower-case; a metadata value in upper case names the same one.
  const named = (text(metadata?.organizationId) ?? text(metadata?.tenantId))?.toLowerCase() ?? null;
  const role = text(metadata?.role);
  const organizationId = named === null ? null : await findJoinableOrganizationId(trx, named);
  return { organizationId, roleIn: (id) => (named === null || organizationId === id ? role : null) };
}

/** When each user was last asked about; bounded, oldest forgotten first (forgetting only means asking sooner). */
function createAskLog(intervalMs: number, maxEntries = 10_000) {
  const askedAt = new Map<string, number>();
  return {
    due: (userId: string, now: number) => now - (askedAt.get(userId) ?? Number.NEGATIVE_INFINITY) >= intervalMs,
    asked(userId: string, now: number) {
      askedAt.delete(userId);
      askedAt.set(userId, now);
      if (askedAt.size > maxEntries) askedAt.delete(askedAt.keys().next().value as string);
    },
  };
}

function isRetryable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  // Not SQLITE_BUSY: the driver already waited DATABASE_TIMEOUT_MS for the lock before giving up.
  return isUniqueViolation(error) || code === '40001' || code === '40P01';
}
