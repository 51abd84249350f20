import type { KnownIdentity } from '../queries/identity-queries.ts';
import { createUserKeyedCache, type UserKeyedCacheControls, type UserKeyedCacheSettings } from './user-keyed-cache.ts';

/** Loads what provisioning's first step needs about (issuer, subject); null when the identity is unknown. */
export type IdentityLoader = (issuer: string, subject: string) => Promise<KnownIdentity | null>;

export interface IdentityCacheOptions extends UserKeyedCacheSettings {
  readonly load: IdentityLoader;
}

/**
 * In-process cache of known identities, (issuer, subject) → the user's provisioning facts, so
 * a `/me` request of a known user with nothing due sends no query. Unknown identities are
 * never cached (their first request provisions, which announces a change).
 */
export interface IdentityCache extends UserKeyedCacheControls {
  /** The cached facts, or a fresh load (concurrent misses share one load). */
  get(issuer: string, subject: string): Promise<KnownIdentity | null>;
}

/**
 * Creates the identity cache and subscribes it to the bus: a `users` change drops the entries
 * of those users (every identity they hold), `all` drops everything. The user behind a key is
 * only known once its load returns; a load is not stored when its user (or everything) was
 * invalidated after it started, so a user deleted or changed meanwhile never sticks.
 *
 * @example
 * const identities = createIdentityCache({
 *   load: (iss, sub) => findKnownIdentity(db, iss, sub, clock().toISOString()),
 *   changeBus,
 * });
 */
export function createIdentityCache(options: IdentityCacheOptions): IdentityCache {
  return createUserKeyedCache({
    ...options,
    keyOf: (issuer, subject) => `${issuer}\u0000${subject}`,
    userOf: (identity) => identity.userId,
  });
}
