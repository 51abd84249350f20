import type { Kysely } from 'kysely';
import type { Change } from '../cache/change-bus.ts';
import type { IdentityCache } from '../cache/identity-cache.ts';
import { isUniqueViolation } from '../db/constraint-violation.ts';
import type { DB } from '../db/types.ts';
import type { Clock } from '../domain/clock.ts';
import { normalizeEmail } from '../domain/email.ts';
import { RosterError } from '../domain/roster-error.ts';
import { insertAuditEvent } from '../queries/audit-event-queries.ts';
import * as q from '../queries/provisioning-queries.ts';
import { email, lacksSomething, mergeProfiles, profileFromClaims, text, type LearnedProfile } from './learned-profile.ts';
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
  /** Called after a provisioning write commits (publish on the change bus). */
  readonly onChange: (change: Change) => Promise<void>;
}

/** Turns a verified principal into a Roster user id, provisioning on first sign-in. */
export interface Provisioning {
  resolveUser(principal: Principal): Promise<string>;
}

const LOGIN_WRITE_INTERVAL_MS = 60_000;
const ATTEMPTS = 3;

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
  const { db, clock } = options;

  async function retrying<T>(work: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await work();
      } catch (error) {
        if (attempt >= ATTEMPTS || !isRetryable(error)) throw error;
      }
    }
  }

  async function known(principal: Principal, identity: q.KnownIdentity, now: Date): Promise<string> {
    const { userId } = identity;
    const at = now.toISOString();
    const tokenEmail = email(principal.claims['email']);
    const verifies =
      !identity.emailVerified &&
      principal.claims['email_verified'] === true &&
      tokenEmail !== null &&
      identity.emailNormalized !== null &&
      normalizeEmail(tokenEmail) === identity.emailNormalized;
    const invitations = (identity.emailVerified || verifies) && identity.hasPendingInvitations && identity.emailNormalized !== null;
    const loginDue = identity.lastLoginAt === null || now.getTime() - Date.parse(identity.lastLoginAt) >= LOGIN_WRITE_INTERVAL_MS;
    if (!verifies && !invitations && !loginDue) return userId;
    // Whatever happens below, the cached facts are about to be stale (or were: another instance
    // wrote lastLoginAt first, or the invitations expired); the next request reads them again.
    options.identities.invalidateUsers([userId]);
    const wrote = await retrying(() =>
      db.transaction().execute(async (trx) => {
        const changed = loginDue && (await q.touchLastLogin(trx, userId, at, new Date(now.getTime() - LOGIN_WRITE_INTERVAL_MS).toISOString()));
        if (verifies) await q.markEmailVerified(trx, userId, at);
        if (invitations) await applyInvitations(trx, userId, identity.emailNormalized as string, at);
        return changed || verifies || invitations;
      }),
    );
    if (wrote) await options.onChange({ scope: 'users', userIds: [userId] });
    await rememberIdentity(principal);
    return userId;
  }

  /** Reads the facts back after a write (and its change) so the user's next request finds them cached. */
  async function rememberIdentity(principal: Principal): Promise<void> {
    await options.identities.get(principal.issuer, principal.subject);
  }

  async function applyInvitations(trx: Kysely<DB>, userId: string, emailNormalized: string, at: string, meta?: Metadata, firstIsPrimary = false) {
    const invitations = await q.findPendingInvitations(trx, emailNormalized, at);
    const organizations: string[] = [];
    for (const [index, invitation] of invitations.entries()) {
      if (!(await q.markInvitationUsed(trx, invitation.id, userId, at))) continue;
      await insertAuditEvent(trx, { at, actor: 'system', action: 'invitation.used', targetType: 'invitation', targetId: invitation.id, data: { userId } });
      const grant = { userId, organizationId: invitation.organizationId, roleRef: invitation.roleId ?? meta?.roleIn(invitation.organizationId) ?? null, defaultRoleRef: options.defaultRole, now: at };
      await grantMembership(trx, firstIsPrimary && index === 0 ? { ...grant, primary: true } : grant);
      organizations.push(invitation.organizationId);
    }
    return organizations;
  }

  async function provision(trx: Kysely<DB>, principal: Principal, profile: LearnedProfile, at: string): Promise<string> {
    const again = await q.findKnownIdentity(trx, principal.issuer, principal.subject, at);
    if (again) return again.userId;
    const emailNormalized = profile.email === null ? null : normalizeEmail(profile.email);
    const owner = emailNormalized === null ? undefined : await q.findUserByEmail(trx, emailNormalized);
    if (owner) {
      if (!profile.emailVerified) throw new RosterError('EmailNotVerified', 'Verify your email address with your identity provider to sign in to this account');
      const subjects = await q.findSubjectsOfUser(trx, owner.id, principal.issuer);
      if (subjects.some((subject) => subject !== principal.subject)) {
        throw new RosterError('IdentityConflict', 'This email already belongs to another account of this identity provider');
      }
      await link(trx, owner, principal, profile, at);
      return owner.id;
    }
    if (!options.enabled) throw new RosterError('UserNotFound', 'No Roster user for this identity, and provisioning is off');
    return create(trx, principal, profile, emailNormalized, at);
  }

  async function link(trx: Kysely<DB>, owner: NonNullable<Awaited<ReturnType<typeof q.findUserByEmail>>>, principal: Principal, profile: LearnedProfile, at: string) {
    await q.insertIdentity(trx, { userId: owner.id, issuer: principal.issuer, subject: principal.subject, createdAt: at });
    const names = {
      ...(!owner.firstName && profile.firstName ? { firstName: profile.firstName } : {}),
      ...(!owner.lastName && profile.lastName ? { lastName: profile.lastName } : {}),
    };
    await q.updateUserNames(trx, owner.id, names, at);
    await trx.updateTable('users').set({ emailVerified: true, lastLoginAt: at }).where('id', '=', owner.id).execute();
    await insertAuditEvent(trx, { at, actor: 'system', action: 'identity.linked', targetType: 'user', targetId: owner.id, data: { issuer: principal.issuer, subject: principal.subject } });
    const meta = await metadataOf(trx, profile.metadata);
    const invited = await applyInvitations(trx, owner.id, normalizeEmail(profile.email as string), at, meta);
    if (meta.organizationId && !invited.includes(meta.organizationId)) {
      const roleRef = meta.roleIn(meta.organizationId);
      await grantMembership(trx, { userId: owner.id, organizationId: meta.organizationId, roleRef, defaultRoleRef: options.defaultRole, now: at });
    }
  }

  async function create(trx: Kysely<DB>, principal: Principal, profile: LearnedProfile, emailNormalized: string | null, at: string) {
    const userId = newId();
    await q.insertUser(trx, {
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
    await q.insertIdentity(trx, { userId, issuer: principal.issuer, subject: principal.subject, createdAt: at });
    await insertAuditEvent(trx, { at, actor: 'system', action: 'user.provisioned', targetType: 'user', targetId: userId, data: { issuer: principal.issuer, subject: principal.subject } });
    const meta = await metadataOf(trx, profile.metadata);
    const invited = profile.emailVerified && emailNormalized !== null ? await applyInvitations(trx, userId, emailNormalized, at, meta, true) : [];
    if (invited.length > 0) return userId;
    const organizationId = meta.organizationId ?? (options.defaultOrganizationId && (await q.findJoinableOrganizationId(trx, options.defaultOrganizationId)));
    if (organizationId) {
      const roleRef = meta.roleIn(organizationId);
      await grantMembership(trx, { userId, organizationId, roleRef, defaultRoleRef: options.defaultRole, primary: true, now: at });
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
      const userId = await retrying(() => db.transaction().execute((trx) => provision(trx, principal, profile, clock().toISOString())));
      await options.onChange({ scope: 'users', userIds: [userId] });
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
  const named = (text(metadata?.['organizationId']) ?? text(metadata?.['tenantId']))?.toLowerCase() ?? null;
  const role = text(metadata?.['role']);
  const organizationId = named === null ? null : await q.findJoinableOrganizationId(trx, named);
  return { organizationId, roleIn: (id) => (named === null || organizationId === id ? role : null) };
}

function isRetryable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return isUniqueViolation(error) || code === '40001' || code === '40P01' || code === 'SQLITE_BUSY';
}
