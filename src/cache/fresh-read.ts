/**
 * Shares reads among concurrent callers without ever answering a caller from a read that began
 * before it called: a caller arriving while a read runs waits for the next one, which every
 * caller arriving meanwhile shares. Under load, N concurrent requests cost about two reads
 * instead of N, and each still sees everything committed before it arrived.
 */
export function sharedFreshRead<T>(read: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  let queued: Promise<T> | null = null;
  const start = (): Promise<T> => {
    const current = read().finally(() => {
      if (running === current) running = null;
    });
    running = current;
    return current;
  };
  return () => {
    if (!running) return start();
    queued ??= running
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        queued = null;
        return start();
      });
    return queued;
  };
}
