import type { ProfileSettings } from './me-snapshot.ts';
import {
  BUILT_IN_ATTRIBUTES,
  checkValueOfType,
  isRealDate,
  type AttributeDefinition,
  type ProfileSchema,
} from './profile-schema.ts';
import { RosterError, type FieldProblem } from './roster-error.ts';

/** A validated change to a user's attributes: only the members present change; null clears. */
export interface UserAttributeChange {
  email?: string | null;
  emailVerified?: boolean;
  firstName?: string | null;
  lastName?: string | null;
  avatarUrl?: string | null;
  phone?: string | null;
  birthDate?: string | null;
  headline?: string | null;
  linkedinUrl?: string | null;
  profileType?: string | null;
  onboardingCompletedAt?: string | null;
  otpEnabled?: boolean;
  otpRequiredForAdmin?: boolean;
  unconfirmedEmail?: string | null;
  /** Merged into the stored settings. */
  profileSettings?: Partial<ProfileSettings>;
  /** Custom attributes of the profile schema (null clears one). */
  customAttributes?: Record<string, unknown>;
}

/**
 * Who writes: `self`, the user on their own profile (`PATCH /api/users/me`, `PATCH /api/v1/me`),
 * which may set only the self-editable fields; `admin`, the admin API, which may set every
 * attribute but id, fullName, referralCode, createdAt, updatedAt and lastLoginAt.
 */
export type AttributeWriter = 'self' | 'admin';

export interface UserAttributeOptions {
  readonly schema: ProfileSchema;
  /** Today as `YYYY-MM-DD` (UTC): birth dates after it are refused. */
  readonly today: string;
  readonly writer: AttributeWriter;
  /**
   * `plain` (default): fields named as sent, the phone is `phone`. `json-api` (`PATCH /api/v1/me`):
   * the phone is `phoneNumber`, fields are `/data/attributes/<name>` pointers.
   */
  readonly dialect?: 'plain' | 'json-api';
  /** Accept `{}` (creating a user); otherwise at least one field is required. */
  readonly allowEmpty?: boolean;
}

type Rule = (value: unknown, context: { today: string; fail(message: string, below?: string): undefined }) => unknown;

interface Field {
  readonly check: Rule;
  /**
   * What null does: clears it for any writer, for admins only (a user may not clear their own name or avatar), or is
   * checked like any value.
   */
  readonly onNull: 'clears' | 'clears-for-admin' | 'checked';
  /** Whether the user may set it on their own profile (admins may set every field here). */
  readonly selfEditable: boolean;
  /** Its name in the JSON:API dialect, where it differs. */
  readonly jsonApiName?: string;
  /** JSON Schema of a value (without null), for the API documents. */
  readonly describe: Record<string, unknown>;
}

// C0, DEL and C1 control characters.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
const E164 = /^\+[1-9]\d{1,14}$/;
/** The most characters (code points, as JSON Schema's `maxLength` counts them) a first or last name may have. */
export const PERSON_NAME_MAX_LENGTH = 100;
const AVATAR_URL_MAX_LENGTH = 2048;
const EMAIL_MAX_LENGTH = 320;
/**
 * A plausible email address: something, `@`, then dot-separated labels — no white space, no
 * second `@`. Non-ASCII is allowed (internationalized addresses: Roster compares emails
 * with ASCII lower-casing only, so `Ü@…` and `ü@…` are two addresses). The JSON schemas use the
 * same pattern, so every route agrees.
 */
export const EMAIL_PATTERN = '^[^\\s@]+@[^\\s@.]+(?:\\.[^\\s@.]+)+$';
const EMAIL = new RegExp(EMAIL_PATTERN, 'u');
const PROFILE_TYPE = /^[a-z][a-z0-9_-]*$/;
const SETTINGS: readonly (keyof ProfileSettings)[] = ['portfolioVisible', 'isPublicProfile'];

const ofType =
  (definition: Pick<AttributeDefinition, 'type' | 'values'>): Rule =>
  (value, { fail }) => {
    const check = checkValueOfType(definition, value);
    return check.ok ? check.value : fail(check.message);
  };
const personName: Rule = (value, { fail }) => {
  const check = checkPersonName(value);
  return check.ok ? check.value : fail(check.message);
};
const httpsUrl: Rule = (value, { fail }) =>
  isHttpsUrl(value) ? value : fail(`must be an https URL of at most ${AVATAR_URL_MAX_LENGTH} characters`);
const email: Rule = (value, { fail }) =>
  isEmailAddress(value) ? value : fail(`must be an email address of at most ${EMAIL_MAX_LENGTH} characters`);
const text =
  (max: number): Rule =>
  (value, { fail }) =>
    typeof value === 'string' && value.length <= max ? value : fail(`must be a string of at most ${max} characters`);

const names = {
  check: personName,
  onNull: 'clears-for-admin',
  selfEditable: true,
  describe: {
    type: 'string',
    minLength: 1,
    maxLength: PERSON_NAME_MAX_LENGTH,
    description:
      'trimmed, stored in NFC; 1 to 100 characters (code points); no control or bidirectional control characters; ' +
      'something visible',
  },
} as const;
const url = { type: 'string', format: 'uri', pattern: '^https://', maxLength: AVATAR_URL_MAX_LENGTH } as const;
const boolean = {
  check: ofType({ type: 'boolean' }),
  onNull: 'checked',
  selfEditable: false,
  describe: { type: 'boolean' },
} as const;
const emailField = {
  check: email,
  onNull: 'clears',
  selfEditable: false,
  describe: { type: 'string', pattern: EMAIL_PATTERN, maxLength: EMAIL_MAX_LENGTH },
} as const;

/** Every writable built-in attribute, its rule written once for every writer. */
const FIELDS: Readonly<Record<string, Field>> = {
  email: emailField,
  emailVerified: boolean,
  firstName: names,
  lastName: names,
  avatarUrl: { check: httpsUrl, onNull: 'clears-for-admin', selfEditable: true, describe: url },
  phone: {
    check: (value, { fail }) =>
      isE164Phone(value) ? value : fail('must be an E.164 phone number (e.g. +14155550123) or null'),
    onNull: 'clears',
    selfEditable: true,
    jsonApiName: 'phoneNumber',
    describe: { type: 'string', pattern: E164.source, description: 'E.164' },
  },
  birthDate: {
    check: (value, { today, fail }) => {
      if (typeof value !== 'string' || !isRealDate(value)) return fail('must be a date (YYYY-MM-DD) or null');
      if (value > today) return fail('must not be in the future');
      if (value < '1900-01-01') return fail('must not be before 1900-01-01');
      return value;
    },
    onNull: 'clears',
    selfEditable: true,
    describe: { type: 'string', format: 'date', description: 'not in the future, not before 1900' },
  },
  headline: { check: text(300), onNull: 'clears', selfEditable: false, describe: { type: 'string', maxLength: 300 } },
  linkedinUrl: { check: httpsUrl, onNull: 'clears', selfEditable: false, describe: url },
  profileType: {
    check: (value, { fail }) =>
      typeof value === 'string' && value.length <= 50 && PROFILE_TYPE.test(value)
        ? value
        : fail('must be a lower-case word (a-z, 0-9, _, -) of at most 50 characters'),
    onNull: 'clears',
    selfEditable: false,
    describe: { type: 'string', pattern: PROFILE_TYPE.source, maxLength: 50 },
  },
  onboardingCompletedAt: {
    check: ofType({ type: 'date-time' }),
    onNull: 'clears',
    selfEditable: false,
    describe: { type: 'string', format: 'date-time' },
  },
  otpEnabled: boolean,
  otpRequiredForAdmin: boolean,
  unconfirmedEmail: emailField,
  profileSettings: {
    check: (value, { fail }) => {
      if (!isObject(value)) return fail('must be an object');
      const settings: Partial<ProfileSettings> = {};
      for (const [key, flag] of Object.entries(value)) {
        if (!(SETTINGS as readonly string[]).includes(key)) fail('is not a known setting', key);
        else if (typeof flag !== 'boolean') fail('must be a boolean', key);
        else settings[key as keyof ProfileSettings] = flag;
      }
      return settings;
    },
    onNull: 'checked',
    selfEditable: true,
    describe: {
      type: 'object',
      properties: Object.fromEntries(SETTINGS.map((key) => [key, { type: 'boolean' }])),
      additionalProperties: false,
    },
  },
};

const FIELD_BY_NAME = {
  plain: new Map(Object.keys(FIELDS).map((name) => [name, name])),
  'json-api': new Map(Object.entries(FIELDS).map(([name, field]) => [field.jsonApiName ?? name, name])),
};

/**
 * Validates a change to a user's attributes — built-in and custom — for the
 * self-service PATCHes and the admin API alike: every bad field is reported at once as
 * `ValidationFailed` with `details: [{ field, message }]`; unknown fields, fields the writer may
 * not set (`is read-only`) and an empty body are errors too. Pure; the caller writes nothing on a throw.
 *
 * @example const change = validateUserAttributes(request.body, { schema, today: '2026-01-31', writer: 'self' });
 */
export function validateUserAttributes(input: unknown, options: UserAttributeOptions): UserAttributeChange {
  const dialect = options.dialect ?? 'plain';
  const pointer = (path: string) => (dialect === 'json-api' ? `/data/attributes/${path.replaceAll('.', '/')}` : path);
  const whole = dialect === 'json-api' ? '/data/attributes' : '';
  if (!isObject(input)) throw invalid([{ field: whole, message: 'must be an object' }]);
  const entries = Object.entries(input);
  if (entries.length === 0 && !options.allowEmpty)
    throw invalid([{ field: whole, message: 'at least one field is required' }]);

  const problems: FieldProblem[] = [];
  const change: Record<string, unknown> = {};
  const custom: Record<string, unknown> = {};
  for (const [name, value] of entries) {
    const target = resolve(name, options, dialect);
    if (typeof target === 'string') {
      problems.push({ field: pointer(name), message: target });
      continue;
    }
    let failed = false;
    const fail = (message: string, below?: string) => {
      failed = true;
      problems.push({ field: pointer(below === undefined ? name : `${name}.${below}`), message });
      return undefined;
    };
    const checked = value === null && target.nullClears ? null : target.check(value, { today: options.today, fail });
    if (failed) continue;
    if (target.custom) custom[name] = checked;
    else change[target.key] = checked;
  }
  if (problems.length > 0) throw invalid(problems);
  if (Object.keys(custom).length > 0) change.customAttributes = custom;
  // Each rule returns its field's type, so the record is a UserAttributeChange.
  return change as UserAttributeChange;
}

interface Target {
  readonly check: Rule;
  readonly nullClears: boolean;
  /** The member of the change it sets (of `customAttributes` when custom). */
  readonly key: string;
  readonly custom: boolean;
}

/** What a sent name writes, or why it may not be written. */
function resolve(name: string, options: UserAttributeOptions, dialect: 'plain' | 'json-api'): Target | string {
  const key = FIELD_BY_NAME[dialect].get(name);
  if (key !== undefined) {
    const field = FIELDS[key]!;
    if (options.writer === 'self' && !field.selfEditable) return 'is read-only';
    return { check: field.check, nullClears: clearsWithNull(field, options.writer), key, custom: false };
  }
  if (Object.hasOwn(options.schema.attributes, name)) {
    const definition = options.schema.attributes[name]!;
    if (options.writer === 'self' && !definition.editable) return 'is read-only';
    return { check: ofType(definition), nullClears: true, key: name, custom: true };
  }
  return BUILT_IN_ATTRIBUTES.has(name) ? 'is read-only' : 'is not a known field';
}

function clearsWithNull(field: Field, writer: AttributeWriter): boolean {
  return field.onNull === 'clears' || (field.onNull === 'clears-for-admin' && writer === 'admin');
}

/**
 * The JSON Schema properties of what `writer` may send, for the API documents: the writable
 * built-in attributes and the custom attributes of `schema` (null where it clears).
 */
export function writableAttributeProperties(schema: ProfileSchema, writer: AttributeWriter): Record<string, unknown> {
  const builtIn = Object.entries(FIELDS)
    .filter(([, field]) => writer === 'admin' || field.selfEditable)
    .map(([name, field]) => [name, clearsWithNull(field, writer) ? orNull(field.describe) : field.describe]);
  const custom = Object.entries(schema.attributes)
    .filter(([, definition]) => writer === 'admin' || definition.editable)
    .map(([name, definition]) => [name, customAttributeJsonSchema(definition)]);
  return Object.fromEntries([...builtIn, ...custom]);
}

/** The JSON Schema of a custom attribute's value as rendered and as written (null until set, null clears). */
export function customAttributeJsonSchema(definition: AttributeDefinition): Record<string, unknown> {
  if (definition.type === 'boolean') return { type: ['boolean', 'null'] };
  if (definition.type === 'enum') return { type: ['string', 'null'], enum: [...(definition.values ?? []), null] };
  return {
    type: ['string', 'null'],
    ...(definition.type === 'string' ? { maxLength: 2000 } : { format: definition.type }),
  };
}

function orNull(schema: Record<string, unknown>): Record<string, unknown> {
  return { ...schema, type: [schema.type, 'null'] };
}

// The single checks behind the rules above, for the values Roster learns rather than is sent
// (token claims, userinfo, Clerk): those are not refused but dropped when a check fails.

/**
 * A first or last name as stored, or why it is not one: trimmed, 1 to {@link PERSON_NAME_MAX_LENGTH}
 * characters counted in code points (an emoji is one), no control characters.
 *
 * @example checkPersonName(' Ada ') // { ok: true, value: 'Ada' }
 */
export function checkPersonName(value: unknown): { ok: true; value: string } | { ok: false; message: string } {
  if (typeof value !== 'string') return { ok: false, message: 'must be a string' };
  const trimmed = value.trim();
  // Code points, as JSON Schema's maxLength counts them: an emoji is one character, not two UTF-16 units.
  const length = [...trimmed].length;
  if (length < 1 || length > PERSON_NAME_MAX_LENGTH)
    return { ok: false, message: `must be 1 to ${PERSON_NAME_MAX_LENGTH} characters after trimming` };
  if (hasControlCharacter(trimmed)) return { ok: false, message: 'must not contain control characters' };
  return checkDisplayText(trimmed);
}

// A high surrogate not followed by a low one, or a low one not preceded by a high one (UTF-16 units, no `u` flag).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Embeddings, overrides and isolates: they reorder how the text around a name is shown.
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
// Nothing a reader would see: spaces, format characters (zero-width ones included) and other default-ignorables.
const NOTHING_VISIBLE = /^[\p{White_Space}\p{Cf}\p{Default_Ignorable_Code_Point}]*$/u;

/**
 * A name someone will read (a person's, an organization's, a role's) as stored, or why it cannot
 * be one: no bidirectional controls (U+202A–U+202E, U+2066–U+2069), no lone surrogate, at least
 * one visible character; stored in Unicode NFC, so the same name typed on two systems is the same text.
 *
 * @example checkDisplayText('Cafe\u0301') // { ok: true, value: 'Café' }
 */
export function checkDisplayText(value: string): { ok: true; value: string } | { ok: false; message: string } {
  if (LONE_SURROGATE.test(value)) return { ok: false, message: 'must not contain a lone surrogate (broken UTF-16)' };
  if (BIDI_CONTROL.test(value)) return { ok: false, message: 'must not contain bidirectional control characters' };
  if (NOTHING_VISIBLE.test(value)) return { ok: false, message: 'must contain a visible character' };
  return { ok: true, value: value.normalize('NFC') };
}

/**
 * An organization or role name as stored ({@link checkDisplayText}, control characters refused
 * too), or `ValidationFailed` naming `field`. For the admin services and the CLI alike.
 *
 * @example const name = storedName(input.name); // 'Acme' or throws
 */
export function storedName(value: string, field = 'name'): string {
  const check = hasControlCharacter(value)
    ? ({ ok: false, message: 'must not contain control characters' } as const)
    : checkDisplayText(value);
  if (!check.ok) throw invalid([{ field, message: check.message }]);
  return check.value;
}

/** Whether `value` holds a C0, DEL or C1 control character (NUL included, which PostgreSQL text cannot store). */
export function hasControlCharacter(value: string): boolean {
  return CONTROL.test(value);
}

/**
 * Whether `value` is an avatar or profile URL as stored: an https URL with a host, no whitespace, at most 2048
 * characters.
 */
export function isHttpsUrl(value: unknown): value is string {
  if (
    typeof value !== 'string' ||
    value.length > AVATAR_URL_MAX_LENGTH ||
    /\s/.test(value) ||
    hasControlCharacter(value) ||
    !URL.canParse(value)
  )
    return false;
  const url = new URL(value);
  return url.protocol === 'https:' && url.hostname !== '';
}

/**
 * Whether `value` is a plausible email address ({@link EMAIL_PATTERN}, no control characters) of at most 320
 * characters.
 */
export function isEmailAddress(value: unknown): value is string {
  return (
    typeof value === 'string' && value.length <= EMAIL_MAX_LENGTH && !hasControlCharacter(value) && EMAIL.test(value)
  );
}

/** Whether `value` is an E.164 phone number (`+14155550123`). */
export function isE164Phone(value: unknown): value is string {
  return typeof value === 'string' && E164.test(value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalid(details: FieldProblem[]): RosterError {
  return new RosterError('ValidationFailed', 'The request is not valid', { details });
}
