import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config/config.ts';
import { watchExternalWrites } from '../cache/external-write-watch.ts';
import { createIdentityCache, type IdentityCache } from '../cache/identity-cache.ts';
import { createSnapshotCache, type SnapshotCache } from '../cache/snapshot-cache.ts';
import type { ChangeBus } from '../cache/change-bus.ts';
import type { Database } from '../db/database.ts';
import { type Clock, millisecondsOf } from '../domain/clock.ts';
import type { ProfileSchema } from '../domain/profile-schema.ts';
import { createProvisioning, type Provisioning } from '../identity/provisioning.ts';
import type { TokenVerifier } from '../identity/token-verifier.ts';
import { createClerkUserinfo } from '../identity/userinfo/clerk-userinfo.ts';
import { createOidcUserinfo } from '../identity/userinfo/oidc-userinfo.ts';
import type { UserinfoSource } from '../identity/userinfo/userinfo-source.ts';
import { loadMeSnapshot } from '../queries/me-snapshot-queries.ts';
import { findKnownIdentity } from '../queries/identity-queries.ts';
import type { WriteContext } from '../services/write.ts';

/**
 * Who is calling: token → user (provisioned on first sight) → their cached snapshot, which a
 * request calls its `me`. What every `/me` route family, and the admin permission checks, read.
 */
export interface Callers {
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
  /** The custom attributes (`ROSTER_PROFILE_SCHEMA`); empty when none is configured. */
  readonly profileSchema: ProfileSchema;
  /** Where "now" comes from (today's date for attribute checks). */
  readonly clock: Clock;
}

export interface CallersDeps {
  readonly database: Database;
  readonly tokenVerifier: TokenVerifier;
  readonly changeBus: ChangeBus;
  readonly clock: Clock;
  readonly profileSchema: ProfileSchema;
  /** Provisioning's writes (actor `system`). */
  readonly writeContext: (actor: string) => WriteContext;
  readonly logger?: FastifyBaseLogger;
}

/** Builds the caller lookup, without I/O. Close `identities` and `snapshots` with the app. */
export function createCallers(config: Config, deps: CallersDeps): Callers {
  const { profileSchema } = deps;
  const { db } = deps.database;
  const now = millisecondsOf(deps.clock);
  const bounds = { maxEntries: config.cache.entries, ttlMs: config.cache.ttlMs, now };
  const snapshots = createSnapshotCache({
    load: (userId, sessionId) => loadMeSnapshot(db, userId, sessionId),
    changeBus: deps.changeBus,
    ...bounds,
  });
  const identities = createIdentityCache({
    load: (issuer, subject) => findKnownIdentity(db, issuer, subject, deps.clock().toISOString()),
    changeBus: deps.changeBus,
    ...bounds,
  });
  const provisioning = createProvisioning({
    db,
    write: deps.writeContext('system'),
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
    profileSchema,
    clock: deps.clock,
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
