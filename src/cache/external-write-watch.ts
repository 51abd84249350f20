import type { ChangeBus } from './change-bus.ts';

/**
 * Notices writes that no bus announced: on SQLite another process (the CLI, a second server on
 * the same file) commits without telling this one. Reads `version` (`PRAGMA data_version`, a
 * synchronous sub-microsecond call) and, when it moved since the last look, publishes `all` so
 * every cache drops what may have gone stale before this request reads it.
 *
 * @example
 * const noticeExternalWrites = watchExternalWrites(database.externalWriteVersion, changeBus);
 * await noticeExternalWrites(); // first thing on every /me request
 */
export function watchExternalWrites(version: (() => number) | null, changeBus: ChangeBus): () => Promise<void> {
  if (version === null) return async () => {};
  let seen = version();
  return async () => {
    const current = version();
    if (current === seen) return;
    seen = current;
    await changeBus.publish({ scope: 'all' });
  };
}
