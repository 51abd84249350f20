import type { MeSnapshot } from '../domain/me-snapshot.ts';
import type { ChangeBus } from './change-bus.ts';

/** Loads a snapshot from the database; null when the user does not exist. */
export type SnapshotLoader = (userId: string, sessionId: string) => Promise<MeSnapshot | null>;

export interface SnapshotCacheOptions {
  readonly load: SnapshotLoader;
  readonly changeBus: ChangeBus;
  /** Most entries kept; the least recently used go first. Default 10 000. */
  readonly maxEntries?: number;
  /** Safety net: an entry older than this is reloaded even without a change. Default 60 s. */
  readonly ttlMs?: number;
  /** Milliseconds now, for the TTL; default `Date.now`. */
  readonly now?: () => number;
}

/** In-process cache of "me" snapshots keyed by (user, session), dropped on every change announced on the bus. */
export interface SnapshotCache {
  /** The cached snapshot, or a fresh load (concurrent misses share one load). */
  get(userId: string, sessionId: string): Promise<MeSnapshot | null>;
  /** Drops the users' entries here only (the bus does it on every instance). */
  invalidateUsers(userIds: readonly string[]): void;
  invalidateAll(): void;
  readonly size: number;
  /** Unsubscribes from the bus. */
  close(): void;
}

interface Entry {
  readonly snapshot: MeSnapshot;
  readonly storedAt: number;
}

/**
 * Creates the snapshot cache and subscribes it to the bus: a `users` change drops those users'
 * entries, `all` drops everything. A load that started before an invalidation of its user is
 * not stored when it finishes after it (generation counters), so a stale graph never sticks.
 *
 * @example const cache = createSnapshotCache({ load: (u, s) => loadMeSnapshot(db, u, s), changeBus });
 */
export function createSnapshotCache(options: SnapshotCacheOptions): SnapshotCache {
  const maxEntries = options.maxEntries ?? 10_000;
  const ttlMs = options.ttlMs ?? 60_000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();
  const keysByUser = new Map<string, Set<string>>();
  const inflight = new Map<string, { generation: string; promise: Promise<MeSnapshot | null> }>();
  let globalGeneration = 0;
  const userGenerations = new Map<string, number>();
  const generationOf = (userId: string) => `${globalGeneration}:${userGenerations.get(userId) ?? 0}`;

  const remove = (key: string, userId: string) => {
    entries.delete(key);
    const keys = keysByUser.get(userId);
    keys?.delete(key);
    if (keys?.size === 0) keysByUser.delete(userId);
  };
  const store = (key: string, userId: string, snapshot: MeSnapshot) => {
    entries.delete(key);
    entries.set(key, { snapshot, storedAt: now() });
    keysByUser.set(userId, (keysByUser.get(userId) ?? new Set()).add(key));
    while (entries.size > maxEntries) {
      const oldest = entries.keys().next().value as string;
      remove(oldest, userOfKey(oldest));
    }
  };
  const invalidateUsers = (userIds: readonly string[]) => {
    for (const userId of userIds) {
      userGenerations.set(userId, (userGenerations.get(userId) ?? 0) + 1);
      for (const key of [...(keysByUser.get(userId) ?? [])]) remove(key, userId);
    }
    // The per-user counters only matter to loads in flight; keep them from growing without bound.
    if (userGenerations.size > maxEntries) invalidateAll();
  };
  const invalidateAll = () => {
    globalGeneration += 1;
    userGenerations.clear();
    entries.clear();
    keysByUser.clear();
  };
  const unsubscribe = options.changeBus.subscribe((change) => {
    if (change.scope === 'all') invalidateAll();
    else invalidateUsers(change.userIds);
  });

  return {
    async get(userId, sessionId) {
      const key = `${userId}\u0000${sessionId}`;
      const entry = entries.get(key);
      if (entry && now() - entry.storedAt < ttlMs) {
        entries.delete(key);
        entries.set(key, entry);
        return entry.snapshot;
      }
      if (entry) remove(key, userId);
      const generation = generationOf(userId);
      const pending = inflight.get(key);
      if (pending && pending.generation === generation) return pending.promise;
      const promise = options.load(userId, sessionId).then(
        (snapshot) => {
          if (inflight.get(key)?.promise === promise) inflight.delete(key);
          if (snapshot && generationOf(userId) === generation) store(key, userId, snapshot);
          return snapshot;
        },
        (error: unknown) => {
          if (inflight.get(key)?.promise === promise) inflight.delete(key);
          throw error;
        },
      );
      inflight.set(key, { generation, promise });
      return promise;
    },
    invalidateUsers,
    invalidateAll,
    get size() {
      return entries.size;
    },
    close: () => void unsubscribe(),
  };
}

function userOfKey(key: string): string {
  return key.slice(0, key.indexOf('\u0000'));
}
