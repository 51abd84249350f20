import type { KnownIdentity } from '../queries/provisioning-queries.ts';
import type { ChangeBus } from './change-bus.ts';

/** Loads what contract §4 step 1 needs about (issuer, subject); null when the identity is unknown. */
export type IdentityLoader = (issuer: string, subject: string) => Promise<KnownIdentity | null>;

export interface IdentityCacheOptions {
  readonly load: IdentityLoader;
  readonly changeBus: ChangeBus;
  /** Most entries kept; the least recently used go first. Default 10 000. */
  readonly maxEntries?: number;
  /** Safety net: an entry older than this is reloaded even without a change. Default 60 s. */
  readonly ttlMs?: number;
  /** Milliseconds now, for the TTL; default `Date.now`. */
  readonly now?: () => number;
}

/**
 * In-process cache of known identities, (issuer, subject) → the user's provisioning facts, so
 * a `/me` request of a known user with nothing due sends no query. Unknown identities are
 * never cached (their first request provisions, which announces a change).
 */
export interface IdentityCache {
  /** The cached facts, or a fresh load (concurrent misses share one load). */
  get(issuer: string, subject: string): Promise<KnownIdentity | null>;
  /** Drops the users' entries here only (the bus does it on every instance). */
  invalidateUsers(userIds: readonly string[]): void;
  invalidateAll(): void;
  readonly size: number;
  /** Unsubscribes from the bus. */
  close(): void;
}

interface Entry {
  readonly identity: KnownIdentity;
  readonly storedAt: number;
}

/**
 * Creates the identity cache and subscribes it to the bus: a `users` change drops the entries
 * of those users (every identity they hold), `all` drops everything. The user behind a key is
 * only known once its load returns, so invalidations are stamped with a counter: a load is not
 * stored when its user (or everything) was invalidated after it started, so a user deleted or
 * changed meanwhile never sticks.
 *
 * @example const identities = createIdentityCache({ load: (iss, sub) => findKnownIdentity(db, iss, sub, clock().toISOString()), changeBus });
 */
export function createIdentityCache(options: IdentityCacheOptions): IdentityCache {
  const maxEntries = options.maxEntries ?? 10_000;
  const ttlMs = options.ttlMs ?? 60_000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();
  const keysByUser = new Map<string, Set<string>>();
  const inflight = new Map<string, { startedAt: number; promise: Promise<KnownIdentity | null> }>();
  let stamp = 0;
  let allInvalidatedAt = 0;
  const userInvalidatedAt = new Map<string, number>();
  const invalidatedSince = (userId: string, startedAt: number) => allInvalidatedAt > startedAt || (userInvalidatedAt.get(userId) ?? 0) > startedAt;

  const remove = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    const keys = keysByUser.get(entry.identity.userId);
    keys?.delete(key);
    if (keys?.size === 0) keysByUser.delete(entry.identity.userId);
  };
  const store = (key: string, identity: KnownIdentity) => {
    remove(key);
    entries.set(key, { identity, storedAt: now() });
    keysByUser.set(identity.userId, (keysByUser.get(identity.userId) ?? new Set()).add(key));
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
    async get(issuer, subject) {
      const key = `${issuer}\u0000${subject}`;
      const entry = entries.get(key);
      if (entry && now() - entry.storedAt < ttlMs) {
        entries.delete(key);
        entries.set(key, entry);
        return entry.identity;
      }
      if (entry) remove(key);
      const pending = inflight.get(key);
      // Shared only while nothing at all was invalidated since it started: its user is not known yet.
      if (pending && pending.startedAt === stamp) return pending.promise;
      const startedAt = stamp;
      const promise = options.load(issuer, subject).then(
        (identity) => {
          if (inflight.get(key)?.promise === promise) inflight.delete(key);
          if (identity && !invalidatedSince(identity.userId, startedAt)) store(key, identity);
          return identity;
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
