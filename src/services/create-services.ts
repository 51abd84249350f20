import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { ChangeBus } from '../cache/change-bus.ts';
import type { DB } from '../db/types.ts';
import type { Clock } from '../domain/clock.ts';
import type { ProfileSchema } from '../domain/profile-schema.ts';
import type { SnapshotUser } from '../domain/me-snapshot.ts';
import type { ProfileUpdate } from '../domain/profile-update.ts';
import type { EventType } from '../webhooks/event-types.ts';
import { listAuditEvents } from './audit-service.ts';
import { applyClerkEvent, IDENTITY_PROVIDER_ACTOR } from './clerk-event-service.ts';
import { resetDemo, seedDemo } from './demo-seed.ts';
import * as invitations from './invitation-service.ts';
import * as memberships from './membership-service.ts';
import { switchOrganization, type SwitchRequest } from './organization-switch-service.ts';
import * as organizations from './organization-service.ts';
import * as permissions from './permission-service.ts';
import { findVisiblePerson } from './people-service.ts';
import { updateProfile } from './profile-service.ts';
import * as roles from './role-service.ts';
import * as userGrants from './user-grant-service.ts';
import * as users from './user-service.ts';
import * as webhooks from './webhook-service.ts';
import type { WriteContext } from './write.ts';

/** What the services are bound to, once, in the composition root. */
export interface ServicesDeps {
  readonly db: Kysely<DB>;
  readonly changeBus: ChangeBus;
  readonly clock: Clock;
  /** `ROSTER_DEFAULT_ROLE`, for memberships added without roles. */
  readonly defaultRole: string;
  /** The custom attributes (`ROSTER_PROFILE_SCHEMA`) users carry. */
  readonly profileSchema: ProfileSchema;
  /** Where webhooks may point (`ROSTER_WEBHOOKS_ALLOW_INSECURE`). */
  readonly webhookPolicy: webhooks.WebhookPolicy;
  /** Told which webhook events each write queued (wakes the sender). */
  readonly onEvents?: (types: readonly EventType[]) => void;
  /** Where services report what they skipped (an inbound event they could not apply); omitted = silent. */
  readonly logger?: FastifyBaseLogger | undefined;
}

// A service function's first parameter is its database (a read) or its write context (a write).
type Read = (db: Kysely<DB>, ...rest: never[]) => unknown;
type Write = (ctx: WriteContext, ...rest: never[]) => unknown;
type BoundReads<T> = {
  [K in keyof T]: T[K] extends (db: Kysely<DB>, ...rest: infer A) => infer R ? (...rest: A) => R : never;
};
type BoundWrites<T> = {
  [K in keyof T]: T[K] extends (ctx: WriteContext, ...rest: infer A) => infer R
    ? (actor: string, ...rest: A) => R
    : never;
};

function bindReads<T extends Record<string, Read>>(db: Kysely<DB>, reads: T): BoundReads<T> {
  const bound = Object.entries(reads).map(([name, read]) => [name, (...rest: never[]) => read(db, ...rest)]);
  return Object.fromEntries(bound) as BoundReads<T>;
}

function bindWrites<T extends Record<string, Write>>(
  context: (actor: string) => WriteContext,
  writes: T,
): BoundWrites<T> {
  const bound = Object.entries(writes).map(([name, write]) => [
    name,
    (actor: string, ...rest: never[]) => write(context(actor), ...rest),
  ]);
  return Object.fromEntries(bound) as BoundWrites<T>;
}

/**
 * Every service bound to its database, bus, clock and settings: reads take their arguments,
 * writes take the actor first (recorded in audit) and go through the write path. Routes are
 * handed only the services they call.
 */
export function createServices(deps: ServicesDeps) {
  const { db, profileSchema, webhookPolicy, logger } = deps;
  const writeContext = (actor: string): WriteContext => ({
    db,
    changeBus: deps.changeBus,
    clock: deps.clock,
    actor,
    defaultRole: deps.defaultRole,
    ...(deps.onEvents ? { onEvents: deps.onEvents } : {}),
  });
  const reads = <T extends Record<string, Read>>(functions: T) => bindReads(db, functions);
  const writes = <T extends Record<string, Write>>(functions: T) => bindWrites(writeContext, functions);
  return {
    /** The write path's context for a write by `actor`. */
    writeContext,
    /** The custom attributes every user carries (see {@link ServicesDeps.profileSchema}). */
    profileSchema,
    organizations: {
      ...reads({ get: organizations.getOrganization, list: organizations.listOrganizations }),
      ...writes({
        create: organizations.createOrganization,
        update: organizations.updateOrganization,
        delete: organizations.deleteOrganization,
      }),
    },
    permissions: {
      ...reads({ get: permissions.getPermission, list: permissions.listPermissions }),
      ...writes({
        create: permissions.createPermission,
        update: permissions.updatePermission,
        delete: permissions.deletePermission,
      }),
    },
    roles: {
      ...reads({ get: roles.getRole, list: roles.listRoles }),
      ...writes({ create: roles.createRole, update: roles.updateRole, delete: roles.deleteRole }),
    },
    users: {
      get: (id: string) => users.getUser(db, id, profileSchema),
      list: (page: Parameters<typeof users.listUsers>[1]) => users.listUsers(db, page, profileSchema),
      create: (actor: string, input: unknown) => users.createUser(writeContext(actor), input, profileSchema),
      update: (actor: string, id: string, input: unknown) =>
        users.updateUser(writeContext(actor), id, input, profileSchema),
      delete: (actor: string, id: string) => users.deleteUser(writeContext(actor), id),
    },
    memberships: {
      ...reads({ get: memberships.getMembership, list: memberships.listMembers, find: memberships.findMembership }),
      ...writes({
        add: memberships.addMember,
        update: memberships.updateMembership,
        remove: memberships.removeMembership,
      }),
    },
    invitations: {
      ...reads({ get: invitations.getInvitation, list: invitations.listInvitations }),
      ...writes({ create: invitations.createInvitation, delete: invitations.deleteInvitation }),
    },
    userGrants: writes({
      grantPlatformAdmin: userGrants.grantPlatformAdmin,
      revokePlatformAdmin: userGrants.revokePlatformAdmin,
      grantGlobalPermission: userGrants.grantGlobalPermission,
      revokeGlobalPermission: userGrants.revokeGlobalPermission,
      grantPlatformRole: userGrants.grantPlatformRole,
      revokePlatformRole: userGrants.revokePlatformRole,
      grantOnResource: userGrants.grantOnResource,
      revokeOnResource: userGrants.revokeOnResource,
    }),
    webhooks: {
      ...reads({ get: webhooks.getWebhook, list: webhooks.listWebhooks, listDeliveries: webhooks.listDeliveries }),
      create: (actor: string, input: webhooks.WebhookInput) =>
        webhooks.createWebhook(writeContext(actor), webhookPolicy, input),
      update: (actor: string, id: string, patch: webhooks.WebhookPatch) =>
        webhooks.updateWebhook(writeContext(actor), webhookPolicy, id, patch),
      delete: (actor: string, id: string) => webhooks.deleteWebhook(writeContext(actor), id),
    },
    auditEvents: reads({ list: listAuditEvents }),
    /** Who may use the admin API (never provisions). */
    adminAccess: {
      find: (issuer: string, subject: string) => userGrants.findAdminAccess(db, issuer, subject),
    },
    /** A user's own profile edit, the user as actor. */
    profile: {
      update: (userId: string, update: ProfileUpdate) =>
        updateProfile(writeContext(userId), userId, update, profileSchema),
    },
    /** Other people as a viewer may see them. */
    people: {
      findVisible: (viewer: SnapshotUser, id: string) => findVisiblePerson(db, viewer, id),
    },
    /** A session's switch of its current organization, the user as actor. */
    organizationSwitch: {
      switch: (request: SwitchRequest) => switchOrganization(writeContext(request.userId), request),
    },
    /** Verified Clerk events about identities of `issuer`, actor `identity-provider`. */
    clerkEvents: {
      apply: (issuer: string, messageId: string, event: unknown) =>
        applyClerkEvent(writeContext(IDENTITY_PROVIDER_ACTOR), { issuer, profileSchema, logger }, messageId, event),
    },
    /** The demo tenant of `roster seed-demo`: load it (what is missing), or remove it and load it again. */
    demo: writes({ seed: seedDemo, reset: resetDemo }),
  };
}

/** The bound services (see {@link createServices}). */
export type Services = ReturnType<typeof createServices>;
