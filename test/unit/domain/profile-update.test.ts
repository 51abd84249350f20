import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyProfileUpdate, mergeCustomAttributes } from '../../../src/domain/profile-update.ts';

describe('applyProfileUpdate', () => {
  const current = {
    firstName: 'A',
    lastName: null,
    avatarUrl: null,
    phone: '+1555',
    birthDate: null,
    profileSettings: { isPublicProfile: true },
    customAttributes: { newsletter: true },
  };
  test('merges settings and custom attributes; null clears', () => {
    assert.deepEqual(
      applyProfileUpdate(current, {
        profileSettings: { portfolioVisible: true },
        customAttributes: { newsletter: null, investmentsStatus: 'none' },
        phone: null,
      }),
      {
        ...current,
        phone: null,
        profileSettings: { isPublicProfile: true, portfolioVisible: true },
        customAttributes: { investmentsStatus: 'none' },
      },
    );
  });
  test('null when nothing changes', () => {
    assert.equal(applyProfileUpdate(current, { firstName: 'A', profileSettings: { isPublicProfile: true } }), null);
  });
});

describe('mergeCustomAttributes', () => {
  test('a value sets, null removes, the rest stays', () => {
    assert.deepEqual(mergeCustomAttributes({ a: 1, b: 'x' }, { b: null, c: true }), { a: 1, c: true });
    assert.deepEqual(mergeCustomAttributes({ a: 1 }), { a: 1 });
  });
});
