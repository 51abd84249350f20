import { readFile } from 'node:fs/promises';

export type AttributeType = 'string' | 'boolean' | 'date' | 'date-time' | 'enum';

/** One custom attribute of the profile schema. */
export interface AttributeDefinition {
  readonly type: AttributeType;
  /** The allowed values (enum only). */
  readonly values?: readonly string[];
  /** `public`: shown on other people's profiles; `owner`: to the user and admins only. */
  readonly visibility: 'public' | 'owner';
  /** Whether the user may set it (admins always may). */
  readonly editable: boolean;
}

/** The custom attributes declared by `ROSTER_PROFILE_SCHEMA`, by camelCase name. */
export interface ProfileSchema {
  readonly attributes: Readonly<Record<string, AttributeDefinition>>;
}

export const EMPTY_PROFILE_SCHEMA: ProfileSchema = Object.freeze({ attributes: Object.freeze({}) });

/** The profile schema file is unreadable or invalid; the message names the file and the attribute. */
export class ProfileSchemaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProfileSchemaError';
  }
}

/** Names the built-in attributes use in any family's shape; a custom attribute may not take one. */
export const BUILT_IN_ATTRIBUTES: ReadonlySet<string> = new Set([
  'id',
  'type',
  'email',
  'emailVerified',
  'firstName',
  'lastName',
  'fullName',
  'phone',
  'phoneNumber',
  'avatar',
  'avatarUrl',
  'birthDate',
  'headline',
  'linkedinUrl',
  'referralCode',
  'profileType',
  'onboardingCompletedAt',
  'otpEnabled',
  'otpRequiredForAdmin',
  'unconfirmedEmail',
  'pendingEmailChange',
  'profileSettings',
  'customAttributes',
  'createdAt',
  'updatedAt',
  'lastLoginAt',
  'role',
  'tenantId',
  'permissions',
  'isPlatformAdmin',
  'globalPermissions',
  'companies',
]);

const TYPES: readonly AttributeType[] = ['string', 'boolean', 'date', 'date-time', 'enum'];
const CAMEL_CASE = /^[a-z][a-zA-Z0-9]*$/;

/**
 * Reads and validates the profile schema at `path` (null = no custom attributes). Throws
 * ProfileSchemaError with the path and the attribute at fault, so start-up fails clearly.
 *
 * @example const schema = await loadProfileSchema(config.profileSchemaPath);
 */
export async function loadProfileSchema(path: string | null): Promise<ProfileSchema> {
  if (path === null) return EMPTY_PROFILE_SCHEMA;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ProfileSchemaError(`ROSTER_PROFILE_SCHEMA ${path}: cannot be read (${(error as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ProfileSchemaError(`ROSTER_PROFILE_SCHEMA ${path}: not valid JSON (${(error as Error).message})`);
  }
  return parseProfileSchema(json, path);
}

/** Validates a parsed profile schema document; `source` names it in error messages. */
export function parseProfileSchema(json: unknown, source: string): ProfileSchema {
  const fail = (where: string, message: string) =>
    new ProfileSchemaError(`ROSTER_PROFILE_SCHEMA ${source}: ${where}${message}`);
  if (!isObject(json) || !isObject(json.attributes)) throw fail('', 'expected { "attributes": { … } }');
  const unknownTop = Object.keys(json).filter((key) => key !== 'attributes');
  if (unknownTop.length > 0) throw fail('', `unknown member "${unknownTop[0]}"`);
  const attributes: Record<string, AttributeDefinition> = {};
  for (const [name, definition] of Object.entries(json.attributes)) {
    const at = `attribute "${name}": `;
    if (!CAMEL_CASE.test(name))
      throw fail(at, 'the name must be camelCase (a lower-case letter, then letters and digits)');
    if (BUILT_IN_ATTRIBUTES.has(name)) throw fail(at, 'clashes with a built-in attribute');
    if (!isObject(definition)) throw fail(at, 'expected an object');
    const extra = Object.keys(definition).filter((key) => !['type', 'values', 'visibility', 'editable'].includes(key));
    if (extra.length > 0) throw fail(at, `unknown member "${extra[0]}"`);
    const type = definition.type;
    if (!TYPES.includes(type as AttributeType)) throw fail(at, `"type" must be one of ${TYPES.join(', ')}`);
    const values = definition.values;
    if (type === 'enum') {
      if (!Array.isArray(values) || values.length === 0 || !values.every((v) => typeof v === 'string')) {
        throw fail(at, '"values" must be a non-empty array of strings for an enum');
      }
      if (new Set(values).size !== values.length) throw fail(at, '"values" has duplicates');
    } else if (values !== undefined) {
      throw fail(at, '"values" is only for type enum');
    }
    const visibility = definition.visibility;
    if (visibility !== 'public' && visibility !== 'owner') throw fail(at, '"visibility" must be "public" or "owner"');
    if (typeof definition.editable !== 'boolean') throw fail(at, '"editable" must be true or false');
    attributes[name] = Object.freeze({
      type: type as AttributeType,
      ...(type === 'enum' ? { values: Object.freeze([...(values as string[])]) } : {}),
      visibility,
      editable: definition.editable,
    });
  }
  return Object.freeze({ attributes: Object.freeze(attributes) });
}

export type AttributeCheck = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * Checks a value against a type (null is not a value of any type): a date is `YYYY-MM-DD` and
 * real; a date-time is ISO 8601 with a zone, returned normalized to UTC with milliseconds.
 * Built-in attributes of these types are checked with it too.
 */
export function checkValueOfType(
  definition: Pick<AttributeDefinition, 'type' | 'values'>,
  value: unknown,
): AttributeCheck {
  switch (definition.type) {
    case 'string':
      return typeof value === 'string' && value.length <= 2000
        ? { ok: true, value }
        : { ok: false, message: 'must be a string of at most 2000 characters' };
    case 'boolean':
      return typeof value === 'boolean' ? { ok: true, value } : { ok: false, message: 'must be a boolean' };
    case 'date':
      return typeof value === 'string' && isRealDate(value)
        ? { ok: true, value }
        : { ok: false, message: 'must be a date (YYYY-MM-DD)' };
    case 'date-time': {
      const normalized = typeof value === 'string' ? normalizeDateTime(value) : null;
      return normalized
        ? { ok: true, value: normalized }
        : { ok: false, message: 'must be an ISO 8601 date-time with a time zone' };
    }
    case 'enum':
      return typeof value === 'string' && (definition.values ?? []).includes(value)
        ? { ok: true, value }
        : { ok: false, message: `must be one of ${(definition.values ?? []).join(', ')}` };
  }
}

/**
 * Custom attributes as every family renders them beside the built-in ones: each of `names`
 * (declared ones), null until set; stored values of undeclared attributes never show.
 */
export function customAttributeValues(
  stored: Readonly<Record<string, unknown>>,
  names: readonly string[],
): Record<string, unknown> {
  return Object.fromEntries(names.map((name) => [name, Object.hasOwn(stored, name) ? (stored[name] ?? null) : null]));
}

/** Whether `value` is `YYYY-MM-DD` naming a day that exists. */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function normalizeDateTime(value: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i.exec(value);
  if (!match || !isRealDate(match[1] as string)) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
