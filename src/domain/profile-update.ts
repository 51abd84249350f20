import type { ProfileSettings } from './me-snapshot.ts';
import { BUILT_IN_ATTRIBUTES, checkAttributeValue, isRealDate, type ProfileSchema } from './profile-schema.ts';
import { RosterError, type FieldProblem } from './roster-error.ts';

/** A validated change to one's own profile: only the members present are changed. */
export interface ProfileUpdate {
  firstName?: string;
  lastName?: string;
  avatarUrl?: string;
  phone?: string | null;
  birthDate?: string | null;
  /** Merged into the stored settings. */
  profileSettings?: Partial<ProfileSettings>;
  /** Editable custom attributes (null clears one). */
  customAttributes?: Record<string, unknown>;
}

export interface ProfileUpdateOptions {
  readonly schema: ProfileSchema;
  /** Today as `YYYY-MM-DD` (UTC): birth dates after it are refused. */
  readonly today: string;
  /**
   * `plain` (`PATCH /api/users/me`): the phone is `phone`, fields are named as sent.
   * `json-api` (`PATCH /api/v1/me`): the phone is `phoneNumber`, fields are `/data/attributes/<name>` pointers.
   */
  readonly dialect: 'plain' | 'json-api';
}

const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
const E164 = /^\+[1-9]\d{1,14}$/;
const SETTINGS: readonly (keyof ProfileSettings)[] = ['portfolioVisible', 'isPublicProfile'];

/**
 * Validates a self-service profile change (contract §5 PATCH): every bad field is reported at
 * once as `ValidationFailed` with `details: [{ field, message }]`; unknown and read-only
 * fields and an empty body are errors too. Pure; the caller writes nothing on a throw.
 *
 * @example const update = validateProfileUpdate(request.body, { schema, today: '2026-01-31', dialect: 'plain' });
 */
export function validateProfileUpdate(input: unknown, options: ProfileUpdateOptions): ProfileUpdate {
  const phoneName = options.dialect === 'json-api' ? 'phoneNumber' : 'phone';
  const field = (name: string) => (options.dialect === 'json-api' ? `/data/attributes/${name.replaceAll('.', '/')}` : name);
  const problems: FieldProblem[] = [];
  const fail = (name: string, message: string) => problems.push({ field: field(name), message });
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw invalid([{ field: options.dialect === 'json-api' ? '/data/attributes' : '', message: 'must be an object' }]);
  }
  const entries = Object.entries(input);
  if (entries.length === 0) throw invalid([{ field: options.dialect === 'json-api' ? '/data/attributes' : '', message: 'at least one field is required' }]);

  const update: ProfileUpdate = {};
  for (const [name, value] of entries) {
    if (name === 'firstName' || name === 'lastName') {
      const name_ = typeof value === 'string' ? value.trim() : null;
      if (name_ === null) fail(name, 'must be a string');
      else if (name_.length < 1 || name_.length > 100) fail(name, 'must be 1 to 100 characters after trimming');
      else if (CONTROL.test(name_)) fail(name, 'must not contain control characters');
      else update[name] = name_;
    } else if (name === 'avatarUrl') {
      if (typeof value !== 'string' || !isHttpsUrl(value)) fail(name, 'must be an https URL of at most 2048 characters');
      else update.avatarUrl = value;
    } else if (name === phoneName) {
      if (value !== null && (typeof value !== 'string' || !E164.test(value))) fail(name, 'must be an E.164 phone number (e.g. +14155550123) or null');
      else update.phone = value;
    } else if (name === 'birthDate') {
      if (value === null) update.birthDate = null;
      else if (typeof value !== 'string' || !isRealDate(value)) fail(name, 'must be a date (YYYY-MM-DD) or null');
      else if (value > options.today) fail(name, 'must not be in the future');
      else if (value < '1900-01-01') fail(name, 'must not be before 1900-01-01');
      else update.birthDate = value;
    } else if (name === 'profileSettings') {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        fail(name, 'must be an object');
        continue;
      }
      const settings: Partial<ProfileSettings> = {};
      for (const [key, flag] of Object.entries(value)) {
        if (!(SETTINGS as readonly string[]).includes(key)) fail(`${name}.${key}`, 'is not a known setting');
        else if (typeof flag !== 'boolean') fail(`${name}.${key}`, 'must be a boolean');
        else settings[key as keyof ProfileSettings] = flag;
      }
      update.profileSettings = settings;
    } else if (Object.hasOwn(options.schema.attributes, name)) {
      const definition = options.schema.attributes[name]!;
      if (!definition.editable) {
        fail(name, 'is read-only');
        continue;
      }
      const check = checkAttributeValue(definition, value);
      if (!check.ok) fail(name, check.message);
      else update.customAttributes = { ...update.customAttributes, [name]: check.value };
    } else if (BUILT_IN_ATTRIBUTES.has(name)) {
      fail(name, 'is read-only');
    } else {
      fail(name, 'is not a known field');
    }
  }
  if (problems.length > 0) throw invalid(problems);
  return update;
}

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
    firstName: update.firstName ?? current.firstName,
    lastName: update.lastName ?? current.lastName,
    avatarUrl: update.avatarUrl ?? current.avatarUrl,
    phone: update.phone === undefined ? current.phone : update.phone,
    birthDate: update.birthDate === undefined ? current.birthDate : update.birthDate,
    profileSettings: { ...current.profileSettings, ...update.profileSettings },
    customAttributes: { ...current.customAttributes, ...update.customAttributes },
  };
  for (const [key, value] of Object.entries(next.customAttributes)) if (value === null) delete next.customAttributes[key];
  return JSON.stringify(next) === JSON.stringify(current) ? null : next;
}

function isHttpsUrl(value: string): boolean {
  if (value.length > 2048 || /\s/.test(value) || !URL.canParse(value)) return false;
  const url = new URL(value);
  return url.protocol === 'https:' && url.hostname !== '';
}

function invalid(details: FieldProblem[]): RosterError {
  return new RosterError('ValidationFailed', 'The request is not valid', { details });
}
