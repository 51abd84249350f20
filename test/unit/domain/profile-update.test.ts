import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseProfileSchema } from '../../../src/domain/profile-schema.ts';
import { applyProfileUpdate, validateProfileUpdate, type ProfileUpdateOptions } from '../../../src/domain/profile-update.ts';
import { isRosterError } from '../../../src/domain/roster-error.ts';

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
const plain = { schema, today: '2026-06-15', dialect: 'plain' as const };
const details = (input: unknown, options: ProfileUpdateOptions = plain) => {
  try {
    validateProfileUpdate(input, options);
  } catch (error) {
    assert.ok(isRosterError(error) && error.code === 'ValidationFailed');
    return error.details ?? [];
  }
  assert.fail('expected ValidationFailed');
};

describe('validateProfileUpdate', () => {
  test('accepts and normalizes every editable field', () => {
    assert.deepEqual(
      validateProfileUpdate(
        { firstName: ' Ada ', lastName: 'L', avatarUrl: 'https://a.example/x', phone: null, birthDate: '2026-06-15', profileSettings: { portfolioVisible: false }, investmentsStatus: 'none', newsletter: true, anniversary: '2020-02-29', seenAt: '2024-01-01T10:00:00+02:00' },
        plain,
      ),
      {
        firstName: 'Ada',
        lastName: 'L',
        avatarUrl: 'https://a.example/x',
        phone: null,
        birthDate: '2026-06-15',
        profileSettings: { portfolioVisible: false },
        customAttributes: { investmentsStatus: 'none', newsletter: true, anniversary: '2020-02-29', seenAt: '2024-01-01T08:00:00.000Z' },
      },
    );
  });

  test('reports every bad field at once', () => {
    assert.deepEqual(
      details({ firstName: '', birthDate: '2026-06-16', accreditationConfirmedAt: '2024-01-01T00:00:00Z', what: 1, fullName: 'x' }).map((d) => d.field),
      ['firstName', 'birthDate', 'accreditationConfirmedAt', 'what', 'fullName'],
    );
  });

  test('an empty body and a non-object are errors', () => {
    assert.equal(details({}).length, 1);
    assert.equal(details(null).length, 1);
    assert.equal(details('x').length, 1);
  });

  test('the JSON:API dialect names the phone phoneNumber and points at /data/attributes', () => {
    const jsonApi = { ...plain, dialect: 'json-api' as const };
    assert.deepEqual(validateProfileUpdate({ phoneNumber: '+14155550123' }, jsonApi), { phone: '+14155550123' });
    assert.deepEqual(details({ phoneNumber: 'x', profileSettings: { nope: true } }, jsonApi).map((d) => d.field), [
      '/data/attributes/phoneNumber',
      '/data/attributes/profileSettings/nope',
    ]);
    assert.deepEqual(details({}, jsonApi).map((d) => d.field), ['/data/attributes']);
  });
});

describe('applyProfileUpdate', () => {
  const current = { firstName: 'A', lastName: null, avatarUrl: null, phone: '+1555', birthDate: null, profileSettings: { isPublicProfile: true }, customAttributes: { newsletter: true } };
  test('merges settings and custom attributes; null clears', () => {
    assert.deepEqual(applyProfileUpdate(current, { profileSettings: { portfolioVisible: true }, customAttributes: { newsletter: null, investmentsStatus: 'none' }, phone: null }), {
      ...current,
      phone: null,
      profileSettings: { isPublicProfile: true, portfolioVisible: true },
      customAttributes: { investmentsStatus: 'none' },
    });
  });
  test('null when nothing changes', () => {
    assert.equal(applyProfileUpdate(current, { firstName: 'A', profileSettings: { isPublicProfile: true } }), null);
  });
});
