import type { UserAttributeChange } from './user-attributes.ts';

/** The part of a validated {@link UserAttributeChange} that a user's own PATCH writes. */
export type ProfileUpdate = Pick<
  UserAttributeChange,
  'firstName' | 'lastName' | 'avatarUrl' | 'phone' | 'birthDate' | 'profileSettings' | 'customAttributes'
>;

/** The stored profile fields a {@link ProfileUpdate} touches, JSON columns parsed. */
export interface EditableProfile {
  firstName: string | null;
  lastName: string | null;
  avatarUrl: string | null;
  phone: string | null;
  birthDate: string | null;
  profileSettings: Record<string, unknown>;
  customAttributes: Record<string, unknown>;
}

/** The profile after the update (settings and custom attributes merged), or null when nothing would change. */
export function applyProfileUpdate(current: EditableProfile, update: ProfileUpdate): EditableProfile | null {
  const next: EditableProfile = {
    firstName: update.firstName === undefined ? current.firstName : update.firstName,
    lastName: update.lastName === undefined ? current.lastName : update.lastName,
    avatarUrl: update.avatarUrl === undefined ? current.avatarUrl : update.avatarUrl,
    phone: update.phone === undefined ? current.phone : update.phone,
    birthDate: update.birthDate === undefined ? current.birthDate : update.birthDate,
    profileSettings: { ...current.profileSettings, ...update.profileSettings },
    customAttributes: mergeCustomAttributes(current.customAttributes, update.customAttributes),
  };
  return JSON.stringify(next) === JSON.stringify(current) ? null : next;
}

/** The stored custom attributes with `change` applied: a value sets, null removes. */
export function mergeCustomAttributes(
  stored: Readonly<Record<string, unknown>>,
  change: Readonly<Record<string, unknown>> = {},
): Record<string, unknown> {
  const merged = { ...stored, ...change };
  for (const [key, value] of Object.entries(merged)) if (value === null) delete merged[key];
  return merged;
}
