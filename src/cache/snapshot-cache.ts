import type { MeSnapshot } from '../domain/me-snapshot.ts';
import { createUserKeyedCache, type UserKeyedCacheControls, type UserKeyedCacheSettings } from './user-keyed-cache.ts';

/** Loads a snapshot from the database; null when the user does not exist. */
export type SnapshotLoader = (userId: string, sessionId: string) => Promise<MeSnapshot | null>;

export interface SnapshotCacheOptions extends UserKeyedCacheSettings {
  readonly load: SnapshotLoader;
}

/** In-process cache of "me" snapshots keyed by (user, session), dropped on every change announced on the bus. */
export interface SnapshotCache extends UserKeyedCacheControls {
  /** The cached snapshot, or a fresh load (concurrent misses share one load). */
  get(userId: string, sessionId: string): Promise<MeSnapshot | null>;
}

/**
 * Creates the snapshot cache and subscribes it to the bus: a `users` change drops those users'
 * entries, `all` drops everything. A load that started before an invalidation of its user is
 * not stored when it finishes after it, so a stale graph never sticks.
 *
 * @example const cache = createSnapshotCache({ load: (u, s) => loadMeSnapshot(db, u, s), changeBus });
 */
export function createSnapshotCache(options: SnapshotCacheOptions): SnapshotCache {
  return createUserKeyedCache({
    ...options,
    keyOf: (userId, sessionId) => `${userId}\u0000${sessionId}`,
    userOfArgs: (userId) => userId,
  });
}
