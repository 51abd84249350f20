/**
 * What changed in the data that `/me` answers are made of. `users` names the users whose
 * snapshots are stale; `all` is for changes whose reach is wide (a role's permissions, an
 * organization's status) and cheaper to announce than to enumerate.
 */
export type Change = { readonly scope: 'users'; readonly userIds: readonly string[] } | { readonly scope: 'all' };

/**
 * Carries changes to every Roster instance, this one included. Writers publish after their
 * transaction commits; caches subscribe and drop what went stale.
 */
export interface ChangeBus {
  publish(change: Change): Promise<void>;
  /**
   * Resolves once every change committed before the call has reached this instance's
   * listeners; call it before answering from a cache. Immediate where there are no others.
   */
  catchUp(): Promise<void>;
  /** Returns a function that unsubscribes. */
  subscribe(listener: (change: Change) => void): () => void;
  close(): Promise<void>;
}

/** A bus for one process (SQLite, or tests): publishing calls the listeners at once. */
export function createLocalChangeBus(): ChangeBus {
  const listeners = new Set<(change: Change) => void>();
  return {
    async publish(change) {
      for (const listener of listeners) listener(change);
    },
    async catchUp() {},
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      listeners.clear();
    },
  };
}
