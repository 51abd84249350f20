/** Where "now" comes from; tests pass a fixed or stepping clock. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/**
 * The clock as milliseconds since the epoch, for code that only compares times: `Date.now` for
 * the system clock (no Date built on every call of a hot path), else read through the clock.
 */
export function millisecondsOf(clock: Clock): () => number {
  return clock === systemClock ? Date.now : () => clock().getTime();
}

/** ISO 8601 UTC with milliseconds, the one timestamp format Roster stores and answers with. */
export function isoNow(clock: Clock): string {
  return clock().toISOString();
}
