import type { ChangeBus } from './change-bus.ts';

/** The options every user-keyed cache takes besides its loader. */
export interface UserKeyedCacheSettings {
  readonly changeBus: ChangeBus;
  /** Most entries kept; the least recently used go first. Default 10 000. */
  readonly maxEntries?: number;
  /** Safety net: an entry older than this is reloaded even without a change. Default 60 s. */
  readonly ttlMs?: number;
  /** Milliseconds now, for the TTL: the app passes its injected clock; default `Date.now`. */
  readonly now?: () => number;
}

// Whose entry a value is: known from the `get` arguments before loading, or only from the value.
type UserOf<A extends unknown[], V> =
  | { readonly userOfArgs: (...args: A) => string; readonly userOf?: never }
  | { readonly userOf: (value: V) => string; readonly userOfArgs?: never };

export type UserKeyedCacheOptions<A extends unknown[], V> = UserKeyedCacheSettings &
  UserOf<A, V> & {
    /** Loads the value for the arguments; null (never cached) when there is none. */
    readonly load: (...args: A) => Promise<V | null>;
    /** The cache key of the arguments; different arguments must give different keys. */
    readonly keyOf: (...args: A) => string;
  };

/** What every user-keyed cache offers besides `get`. */
export interface UserKeyedCacheControls {
  /** Drops the users' entries here only (the bus does it on every instance). */
  invalidateUsers(userIds: readonly string[]): void;
  invalidateAll(): void;
  readonly size: number;
  /** Unsubscribes from the bus. */
  close(): void;
}

export interface UserKeyedCache<A extends unknown[], V> extends UserKeyedCacheControls {
  /** The cached value, or a fresh load (concurrent misses share one load). */
  get(...args: A): Promise<V | null>;
}

interface Entry<V> {
  readonly value: V;
  readonly userId: string;
  readonly storedAt: number;
  /** The `gets` count when the entry last moved to the young end of the LRU order. */
  touchedAt: number;
}

/**
 * Creates a bounded LRU cache of values that each belong to one user, and subscribes it to
 * the bus: a `users` change drops the entries of those users, `all` drops everything.
 * Invalidations are stamped with a counter and a load records the stamp when it starts, so a
 * load is not stored when its user (or everything) was invalidated after it started: a stale
 * value never sticks, even when the user is only known once the load returns. Concurrent
 * misses of a key share one load while nothing that could concern it was invalidated since
 * it started (with `userOf`, anything at all).
 *
 * @example
 * const cache = createUserKeyedCache({
 *   load: (u, s) => loadMeSnapshot(db, u, s),
 *   keyOf: (u, s) => `${u}\u0000${s}`,
 *   userOfArgs: (u) => u,
 *   changeBus,
 * });
 */
export function createUserKeyedCache<A extends unknown[], V>(
  options: UserKeyedCacheOptions<A, V>,
): UserKeyedCache<A, V> {
  const maxEntries = options.maxEntries ?? 10_000;
  const ttlMs = options.ttlMs ?? 60_000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry<V>>();
  // A hit moves its entry to the young end only when a quarter of the capacity's worth of gets
  // went by since it last moved; entries are stored only by gets, so an entry asked for that
  // recently is never the oldest, while a busy user's hot path skips a Map delete and insert on
  // almost every request. Small caches stay exact.
  const touchEvery = maxEntries < 64 ? 0 : maxEntries >> 2;
  let gets = 0;
  const keysByUser = new Map<string, Set<string>>();
  const inflight = new Map<string, { startedAt: number; promise: Promise<V | null> }>();
  let stamp = 0;
  let allInvalidatedAt = 0;
  const userInvalidatedAt = new Map<string, number>();
  // With the user unknown, any invalidation since `startedAt` may have concerned it.
  const invalidatedSince = (userId: string | undefined, startedAt: number) =>
    userId === undefined
      ? stamp > startedAt
      : allInvalidatedAt > startedAt || (userInvalidatedAt.get(userId) ?? 0) > startedAt;

  const remove = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    const keys = keysByUser.get(entry.userId);
    keys?.delete(key);
    if (keys?.size === 0) keysByUser.delete(entry.userId);
  };
  const store = (key: string, userId: string, value: V) => {
    remove(key);
    entries.set(key, { value, userId, storedAt: now(), touchedAt: gets });
    keysByUser.set(userId, (keysByUser.get(userId) ?? new Set()).add(key));
    while (entries.size > maxEntries) remove(entries.keys().next().value as string);
  };
  const invalidateUsers = (userIds: readonly string[]) => {
    stamp += 1;
    for (const userId of userIds) {
      userInvalidatedAt.set(userId, stamp);
      for (const key of [...(keysByUser.get(userId) ?? [])]) remove(key);
    }
    // The stamps only matter to loads in flight; keep them from growing without bound.
    if (userInvalidatedAt.size > maxEntries) invalidateAll();
  };
  const invalidateAll = () => {
    stamp += 1;
    allInvalidatedAt = stamp;
    userInvalidatedAt.clear();
    entries.clear();
    keysByUser.clear();
  };
  const unsubscribe = options.changeBus.subscribe((change) => {
    if (change.scope === 'all') invalidateAll();
    else invalidateUsers(change.userIds);
  });

  return {
    async get(...args) {
      const key = options.keyOf(...args);
      const entry = entries.get(key);
      gets += 1;
      if (entry && now() - entry.storedAt < ttlMs) {
        if (gets - entry.touchedAt > touchEvery) {
          entries.delete(key);
          entries.set(key, entry);
          entry.touchedAt = gets;
        }
        return entry.value;
      }
      if (entry) remove(key);
      const knownUserId = options.userOfArgs?.(...args);
      const pending = inflight.get(key);
      if (pending && !invalidatedSince(knownUserId, pending.startedAt)) return pending.promise;
      const startedAt = stamp;
      const promise = options.load(...args).then(
        (value) => {
          if (inflight.get(key)?.promise === promise) inflight.delete(key);
          if (value !== null) {
            const userId = options.userOfArgs ? options.userOfArgs(...args) : options.userOf(value);
            if (!invalidatedSince(userId, startedAt)) store(key, userId, value);
          }
          return value;
        },
        (error: unknown) => {
          if (inflight.get(key)?.promise === promise) inflight.delete(key);
          throw error;
        },
      );
      inflight.set(key, { startedAt, promise });
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
