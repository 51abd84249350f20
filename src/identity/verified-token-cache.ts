import type { Principal } from './principal.ts';

/** Remembers tokens that passed every check, so a client's next request skips the signature check. */
export interface VerifiedTokenCache {
  get(token: string): Principal | undefined;
  set(token: string, principal: Principal): void;
}

export interface VerifiedTokenCacheOptions {
  /** How long a verified token is remembered at most (never past its `exp`); 0 = never. */
  readonly maxAgeMs: number;
  /** Most tokens remembered; the oldest go first. */
  readonly maxEntries: number;
  readonly now?: () => number;
}

/**
 * A bounded map from the exact token text to its principal. Only successes are stored, keyed by
 * the whole token, so nothing forged or altered can ever be answered from it.
 */
export function createVerifiedTokenCache(options: VerifiedTokenCacheOptions): VerifiedTokenCache {
  const now = options.now ?? Date.now;
  const entries = new Map<string, { principal: Principal; until: number }>();
  return {
    get(token) {
      const entry = entries.get(token);
      if (!entry) return undefined;
      if (now() < entry.until) return entry.principal;
      entries.delete(token);
      return undefined;
    },
    set(token, principal) {
      if (options.maxAgeMs <= 0) return;
      entries.set(token, { principal, until: Math.min(now() + options.maxAgeMs, principal.expiresAt.getTime()) });
      if (entries.size > options.maxEntries) entries.delete(entries.keys().next().value as string);
    },
  };
}
