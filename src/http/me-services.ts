import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config/config.ts';
import { watchExternalWrites } from '../cache/external-write-watch.ts';
import { createIdentityCache, type IdentityCache } from '../cache/identity-cache.ts';
import { createSnapshotCache, type SnapshotCache } from '../cache/snapshot-cache.ts';
import type { ChangeBus } from '../cache/change-bus.ts';
import type { Database } from '../db/database.ts';
import type { Clock } from '../domain/clock.ts';
import { loadProfileSchema, type ProfileSchema } from '../domain/profile-schema.ts';
import { createProvisioning, type Provisioning } from '../identity/provisioning.ts';
import type { TokenVerifier } from '../identity/token-verifier.ts';
import { createClerkUserinfo } from '../identity/userinfo/clerk-userinfo.ts';
import { createOidcUserinfo } from '../identity/userinfo/oidc-userinfo.ts';
import type { UserinfoSource } from '../identity/userinfo/userinfo-source.ts';
import { loadMeSnapshot } from '../queries/me-snapshot-queries.ts';
import {
  findKnownIdentity,
  organizationRoleKeyExists,
  organizationRolesExist,
} from '../queries/provisioning-queries.ts';
import type { WriteContext } from '../services/write.ts';
import type { EventType } from '../webhooks/event-types.ts';

/** Everything a `/me` route family needs: token → user → cached snapshot, plus the writers' tools. */
export interface MeServices {
  readonly tokenVerifier: TokenVerifier;
  /**
   * Makes the caches current before a `/me` request reads them: on SQLite, drops everything when
   * another process committed to the file since the last call; on PostgreSQL, waits for (or, if
   * lost, makes up for) the NOTIFYs of changes other instances committed. Called first on every
   * `/me` request.
   */
  readonly noticeExternalWrites: () => Promise<void>;
  readonly provisioning: Provisioning;
  /** (issuer, subject) → the user's provisioning facts, cached; provisioning reads through it. */
  readonly identities: IdentityCache;
  readonly snapshots: SnapshotCache;
  readonly database: Database;
  readonly changeBus: ChangeBus;
  readonly clock: Clock;
  /** The custom attributes (`ROSTER_PROFILE_SCHEMA`); empty when none is configured. */
  readonly profileSchema: ProfileSchema;
  /** The write path's context for a write by `actor` (a user's id for self-service writes). */
  writeContext(actor: string): WriteContext;
}

export interface MeServicesDeps {
  readonly database: Database;
  readonly tokenVerifier: TokenVerifier;
  readonly changeBus: ChangeBus;
  readonly clock: Clock;
  readonly logger?: FastifyBaseLogger;
  /** Told which webhook events each write queued (see {@link WriteContext.onEvents}). */
  readonly onEvents?: (types: readonly EventType[]) => void;
}

/**
 * Builds the `/me` services from config (loading the profile schema, which throws a
 * ProfileSchemaError naming the path and attribute when it is invalid) and warns when
 * organization roles exist but `ROSTER_DEFAULT_ROLE` names none of them. Close `identities` and
 * `snapshots` with the app.
 */
export async function createMeServices(config: Config, deps: MeServicesDeps): Promise<MeServices> {
  const profileSchema = await loadProfileSchema(config.profileSchemaPath);
  const { db } = deps.database;
  // A fresh database has no roles yet: the warning is for a catalogue that lacks this one.
  if ((await organizationRolesExist(db)) && !(await organizationRoleKeyExists(db, config.defaultRole))) {
    deps.logger?.warn(`ROSTER_DEFAULT_ROLE "${config.defaultRole}" names no role of scope organization: new memberships get no role until one exists`);
  }
  const now = () => deps.clock().getTime();
  const snapshots = createSnapshotCache({
    load: (userId, sessionId) => loadMeSnapshot(db, userId, sessionId),
    changeBus: deps.changeBus,
    now,
  });
  const identities = createIdentityCache({
    load: (issuer, subject) => findKnownIdentity(db, issuer, subject, deps.clock().toISOString()),
    changeBus: deps.changeBus,
    now,
  });
  const writeContext = (actor: string): WriteContext => ({
    db,
    changeBus: deps.changeBus,
    clock: deps.clock,
    actor,
    defaultRole: config.defaultRole,
    ...(deps.onEvents ? { onEvents: deps.onEvents } : {}),
  });
  const provisioning = createProvisioning({
    db,
    write: writeContext('system'),
    profileSchema,
    clock: deps.clock,
    identities,
    enabled: config.provisioning,
    metadataClaim: config.metadataClaim,
    defaultOrganizationId: config.defaultOrganizationId,
    defaultRole: config.defaultRole,
    userinfo: userinfoSource(config, deps.logger),
  });
  const noticeSqliteWrites = watchExternalWrites(deps.database.externalWriteVersion, deps.changeBus);
  const noticeExternalWrites = async () => {
    await noticeSqliteWrites();
    await deps.changeBus.catchUp();
  };
  return {
    tokenVerifier: deps.tokenVerifier,
    noticeExternalWrites,
    provisioning,
    identities,
    snapshots,
    database: deps.database,
    changeBus: deps.changeBus,
    clock: deps.clock,
    profileSchema,
    writeContext,
  };
}

function userinfoSource(config: Config, log?: FastifyBaseLogger): UserinfoSource | null {
  const { auth, clerk, metadataClaim } = config;
  if (config.userinfo === 'oidc' && auth.mode === 'issuer') return createOidcUserinfo(auth.issuer, metadataClaim, log);
  if (config.userinfo === 'clerk' && clerk.secretKey) {
    return createClerkUserinfo(clerk.apiUrl, clerk.secretKey, metadataClaim, log);
  }
  return null;
}
