import type { ProfileSettings } from './me-snapshot.ts';

/** Parses a JSON column holding an object; anything else (or broken text) is `{}`. */
export function parseObject(text: string | null | undefined): Record<string, unknown> {
  if (!text) return {};
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

/** First and last name joined by a space; null when both are empty. */
export function fullNameOf(firstName: string | null, lastName: string | null): string | null {
  return [firstName, lastName].filter((part) => part !== null && part !== '').join(' ') || null;
}

/** The stored `profile_settings` column as both flags, false unless set to true. */
export function profileSettingsOf(text: string | null | undefined): ProfileSettings {
  const value = parseObject(text);
  return { portfolioVisible: value.portfolioVisible === true, isPublicProfile: value.isPublicProfile === true };
}
