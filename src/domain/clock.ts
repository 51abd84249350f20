/** Where "now" comes from; tests pass a fixed or stepping clock. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** ISO 8601 UTC with milliseconds, the one timestamp format Roster stores and answers with. */
export function isoNow(clock: Clock): string {
  return clock().toISOString();
}
