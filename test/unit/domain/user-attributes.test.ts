import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { EMPTY_PROFILE_SCHEMA, parseProfileSchema } from '../../../src/domain/profile-schema.ts';
import { isRosterError } from '../../../src/domain/roster-error.ts';
import {
  checkPersonName,
  customAttributeJsonSchema,
  hasControlCharacter,
  isE164Phone,
  isEmailAddress,
  isHttpsUrl,
  PERSON_NAME_MAX_LENGTH,
  validateUserAttributes,
  writableAttributeProperties,
  type UserAttributeOptions,
} from '../../../src/domain/user-attributes.ts';

const schema = parseProfileSchema(
  {
    attributes: {
      accreditationConfirmedAt: { type: 'date-time', visibility: 'owner', editable: false },
      investmentsStatus: { type: 'enum', values: ['none', 'beginner'], visibility: 'owner', editable: true },
      newsletter: { type: 'boolean', visibility: 'public', editable: true },
      anniversary: { type: 'date', visibility: 'public', editable: true },
      seenAt: { type: 'date-time', visibility: 'owner', editable: true },
    },
  },
  'test',
);
const self: UserAttributeOptions = { schema, today: '2026-06-15', writer: 'self' };
const admin: UserAttributeOptions = { schema, today: '2026-06-15', writer: 'admin' };
const details = (input: unknown, options: UserAttributeOptions = self) => {
  try {
    validateUserAttributes(input, options);
  } catch (error) {
    assert.ok(isRosterError(error) && error.code === 'ValidationFailed');
    return error.details ?? [];
  }
  assert.fail('expected ValidationFailed');
};
const fields = (input: unknown, options: UserAttributeOptions = self) => details(input, options).map((d) => d.field);

describe('validateUserAttributes as the user (self)', () => {
  test('accepts and normalizes every self-editable field', () => {
    assert.deepEqual(
      validateUserAttributes(
        {
          firstName: ' Ada ',
          lastName: 'L',
          avatarUrl: 'https://a.example/x',
          phone: null,
          birthDate: '2026-06-15',
          profileSettings: { portfolioVisible: false },
          investmentsStatus: 'none',
          newsletter: true,
          anniversary: '2020-02-29',
          seenAt: '2024-01-01T10:00:00+02:00',
        },
        self,
      ),
      {
        firstName: 'Ada',
        lastName: 'L',
        avatarUrl: 'https://a.example/x',
        phone: null,
        birthDate: '2026-06-15',
        profileSettings: { portfolioVisible: false },
        customAttributes: {
          investmentsStatus: 'none',
          newsletter: true,
          anniversary: '2020-02-29',
          seenAt: '2024-01-01T08:00:00.000Z',
        },
      },
    );
  });

  test('reports every bad field at once', () => {
    assert.deepEqual(
      fields({
        firstName: '',
        birthDate: '2026-06-16',
        accreditationConfirmedAt: '2024-01-01T00:00:00Z',
        what: 1,
        fullName: 'x',
      }),
      ['firstName', 'birthDate', 'accreditationConfirmedAt', 'what', 'fullName'],
    );
  });

  test('fields only an admin may set are read-only, non-editable custom attributes too', () => {
    for (const name of [
      'email',
      'emailVerified',
      'headline',
      'linkedinUrl',
      'profileType',
      'onboardingCompletedAt',
      'otpEnabled',
      'otpRequiredForAdmin',
      'unconfirmedEmail',
      'accreditationConfirmedAt',
    ]) {
      assert.deepEqual(details({ [name]: null }), [{ field: name, message: 'is read-only' }], name);
    }
    assert.deepEqual(details({ nickname: 'x' }), [{ field: 'nickname', message: 'is not a known field' }]);
  });

  test('a user may not clear their own name or avatar; phone, birth date and custom attributes clear with null', () => {
    assert.deepEqual(fields({ firstName: null, lastName: null, avatarUrl: null }), [
      'firstName',
      'lastName',
      'avatarUrl',
    ]);
    assert.deepEqual(validateUserAttributes({ phone: null, birthDate: null, investmentsStatus: null }, self), {
      phone: null,
      birthDate: null,
      customAttributes: { investmentsStatus: null },
    });
  });

  test('an empty body and a non-object are errors', () => {
    assert.deepEqual(details({}), [{ field: '', message: 'at least one field is required' }]);
    assert.deepEqual(details(null), [{ field: '', message: 'must be an object' }]);
    assert.equal(details('x').length, 1);
    assert.equal(details([]).length, 1);
  });

  test('the JSON:API dialect names the phone phoneNumber and points at /data/attributes', () => {
    const jsonApi = { ...self, dialect: 'json-api' as const };
    assert.deepEqual(validateUserAttributes({ phoneNumber: '+14155550123' }, jsonApi), { phone: '+14155550123' });
    assert.deepEqual(fields({ phoneNumber: 'x', profileSettings: { nope: true }, phone: '+14155550123' }, jsonApi), [
      '/data/attributes/phoneNumber',
      '/data/attributes/profileSettings/nope',
      '/data/attributes/phone',
    ]);
    assert.deepEqual(fields({}, jsonApi), ['/data/attributes']);
  });
});

describe('validateUserAttributes as an admin', () => {
  test('every attribute but the derived and system ones, custom ones included whether editable or not', () => {
    assert.deepEqual(
      validateUserAttributes(
        {
          email: 'Pat@Example.com',
          emailVerified: true,
          firstName: ' Pat ',
          lastName: null,
          headline: 'Builder',
          linkedinUrl: 'https://www.linkedin.com/in/pat',
          profileType: 'entity',
          onboardingCompletedAt: '2024-01-01T01:00:00+01:00',
          otpEnabled: false,
          otpRequiredForAdmin: true,
          unconfirmedEmail: null,
          avatarUrl: null,
          accreditationConfirmedAt: '2025-08-15T10:30:00Z',
          investmentsStatus: 'beginner',
        },
        admin,
      ),
      {
        email: 'Pat@Example.com',
        emailVerified: true,
        firstName: 'Pat',
        lastName: null,
        headline: 'Builder',
        linkedinUrl: 'https://www.linkedin.com/in/pat',
        profileType: 'entity',
        onboardingCompletedAt: '2024-01-01T00:00:00.000Z',
        otpEnabled: false,
        otpRequiredForAdmin: true,
        unconfirmedEmail: null,
        avatarUrl: null,
        customAttributes: { accreditationConfirmedAt: '2025-08-15T10:30:00.000Z', investmentsStatus: 'beginner' },
      },
    );
  });

  test('the same rules and messages as for the user', () => {
    const body = {
      firstName: 'a'.repeat(101),
      lastName: 'Bad\u0007Name',
      phone: '0123',
      birthDate: '1899-12-31',
      avatarUrl: 'http://x.example',
      profileSettings: { other: true },
      investmentsStatus: 'expert',
    };
    assert.deepEqual(details(body, admin), details(body, self));
    assert.deepEqual(details({ investmentsStatus: 'expert' }, admin), [
      { field: 'investmentsStatus', message: 'must be one of none, beginner' },
    ]);
  });

  test('admin-only fields are checked', () => {
    assert.deepEqual(
      fields(
        {
          email: 'not-an-email',
          emailVerified: 'true',
          otpEnabled: null,
          headline: 'x'.repeat(301),
          profileType: 'Entity',
          onboardingCompletedAt: '2024-01-01',
          unconfirmedEmail: 5,
          accreditationConfirmedAt: 'yesterday',
        },
        admin,
      ),
      [
        'email',
        'emailVerified',
        'otpEnabled',
        'headline',
        'profileType',
        'onboardingCompletedAt',
        'unconfirmedEmail',
        'accreditationConfirmedAt',
      ],
    );
  });

  test('id, fullName, referralCode and timestamps stay read-only; undeclared custom fields are unknown', () => {
    for (const name of ['id', 'fullName', 'referralCode', 'createdAt', 'updatedAt', 'lastLoginAt']) {
      assert.deepEqual(details({ [name]: 'x' }, admin), [{ field: name, message: 'is read-only' }], name);
    }
    assert.deepEqual(details({ investmentsStatus: 'none' }, { ...admin, schema: EMPTY_PROFILE_SCHEMA }), [
      { field: 'investmentsStatus', message: 'is not a known field' },
    ]);
  });

  test('an empty body is accepted only when allowed (creating a user)', () => {
    assert.deepEqual(fields({}, admin), ['']);
    assert.deepEqual(validateUserAttributes({}, { ...admin, allowEmpty: true }), {});
  });
});

describe('writableAttributeProperties', () => {
  test('the user sees the self-editable fields; the admin every writable one, nullable where null clears', () => {
    const forSelf = writableAttributeProperties(schema, 'self');
    assert.deepEqual(Object.keys(forSelf).sort(), [
      'anniversary',
      'avatarUrl',
      'birthDate',
      'firstName',
      'investmentsStatus',
      'lastName',
      'newsletter',
      'phone',
      'profileSettings',
      'seenAt',
    ]);
    assert.equal((forSelf.firstName as { type: unknown }).type, 'string');
    const forAdmin = writableAttributeProperties(schema, 'admin');
    assert.ok(
      'accreditationConfirmedAt' in forAdmin &&
        'email' in forAdmin &&
        !('fullName' in forAdmin) &&
        !('referralCode' in forAdmin),
    );
    assert.deepEqual((forAdmin.firstName as { type: unknown }).type, ['string', 'null']);
    assert.deepEqual(forAdmin.investmentsStatus, customAttributeJsonSchema(schema.attributes.investmentsStatus!));
    assert.deepEqual(forAdmin.investmentsStatus, { type: ['string', 'null'], enum: ['none', 'beginner', null] });
  });
});

describe('the single checks the learned values reuse', () => {
  test('a name counts code points: 100 emoji are a name, 101 are not; surrounding space is trimmed', () => {
    assert.deepEqual(checkPersonName(` ${'😀'.repeat(100)} `), { ok: true, value: '😀'.repeat(100) });
    assert.equal(checkPersonName('😀'.repeat(101)).ok, false);
    assert.equal(checkPersonName('x'.repeat(101)).ok, false);
    assert.deepEqual(
      validateUserAttributes({ lastName: '😀'.repeat(100) }, self),
      { lastName: '😀'.repeat(100) },
      'the PATCH rule is the same check',
    );
    assert.deepEqual(fields({ lastName: '😀'.repeat(101) }), ['lastName']);
  });
  test('control characters, NUL included, are refused everywhere they could be stored', () => {
    assert.equal(checkPersonName('A\u0000B').ok, false);
    assert.equal(hasControlCharacter('a\u0085'), true);
    assert.equal(isHttpsUrl('https://x.com/\u0000'), false);
    assert.equal(isEmailAddress('a\u0000b@example.com'), false);
    assert.equal(isHttpsUrl('https://x.com/a.png'), true);
    assert.equal(isHttpsUrl('http://x.com/a.png'), false);
    assert.equal(isEmailAddress('a@example.com'), true);
    assert.equal(isE164Phone('+14155550123'), true);
    assert.equal(isE164Phone('555'), false);
  });
  test('the documented maxLength of names is the same 100 characters (JSON Schema counts code points)', () => {
    const properties = writableAttributeProperties(EMPTY_PROFILE_SCHEMA, 'self') as Record<
      string,
      { maxLength?: number }
    >;
    assert.equal(properties.lastName?.maxLength, PERSON_NAME_MAX_LENGTH);
    assert.equal(PERSON_NAME_MAX_LENGTH, 100);
  });
});
