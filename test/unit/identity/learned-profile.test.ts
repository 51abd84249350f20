import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mergeProfiles, profileFromClaims } from '../../../src/identity/learned-profile.ts';

describe('profile from claims', () => {
  test('reads the standard claims and the metadata claim', () => {
    const profile = profileFromClaims(
      {
        email: 'a@example.com',
        email_verified: true,
        given_name: 'A',
        family_name: 'B',
        picture: 'https://x/y.png',
        phone_number: '+14155550123',
        public_metadata: { role: 'admin' },
      },
      'public_metadata',
    );
    assert.deepEqual(profile, {
      email: 'a@example.com',
      emailVerified: true,
      firstName: 'A',
      lastName: 'B',
      avatarUrl: 'https://x/y.png',
      phone: '+14155550123',
      metadata: { role: 'admin' },
    });
  });
  test('email_verified must be the boolean true; name is split when the parts are absent; bad types are absent', () => {
    for (const flag of ['true', 1, 'yes'])
      assert.equal(profileFromClaims({ email: 'a@x', email_verified: flag }, null).emailVerified, false);
    const split = profileFromClaims(
      { name: 'Ada  King Lovelace', picture: 'javascript:x', phone_number: '555', public_metadata: { role: 'x' } },
      null,
    );
    assert.equal(split.firstName, 'Ada');
    assert.equal(split.lastName, 'King Lovelace');
    assert.equal(split.avatarUrl, null);
    assert.equal(split.phone, null);
    assert.equal(split.metadata, null, 'metadata ignored when the claim is unset');
  });
  test('userinfo fills what the token lacks and verifies only the same address', () => {
    const token = profileFromClaims({ email: 'A@x.com' }, null);
    const info = profileFromClaims({ email: 'a@x.com', email_verified: true, given_name: 'Info' }, null);
    assert.equal(mergeProfiles(token, info).emailVerified, true);
    assert.equal(mergeProfiles(token, info).firstName, 'Info');
    const other = profileFromClaims({ email: 'b@x.com', email_verified: true }, null);
    assert.equal(mergeProfiles(token, other).emailVerified, false);
    assert.equal(mergeProfiles(token, other).email, 'A@x.com');
  });
  test('values go through the attribute rules: a failing one is dropped, a name only too long is cut on a code point boundary', () => {
    const profile = profileFromClaims(
      {
        email: 'a\u0000b@example.com',
        email_verified: true,
        given_name: 'A\u0000B',
        family_name: 'Love\u0007lace',
        picture: 'http://x.com/a.png',
        phone_number: '+1 415 555',
      },
      null,
    );
    assert.deepEqual(profile, {
      email: null,
      emailVerified: false,
      firstName: null,
      lastName: null,
      avatarUrl: null,
      phone: null,
      metadata: null,
    });
    assert.equal(profileFromClaims({ picture: 'https://x.com/\u0000' }, null).avatarUrl, null);
    assert.equal(
      profileFromClaims({ email: `${'x'.repeat(310)}@example.com` }, null).email,
      null,
      'over 320 characters',
    );
    const long = profileFromClaims({ given_name: '😀'.repeat(101), family_name: ` ${'é'.repeat(150)} ` }, null);
    assert.equal(long.firstName, '😀'.repeat(100));
    assert.equal(long.lastName, 'é'.repeat(100));
  });
  test('an invalid given_name or family_name counts as absent, so the name claim can stand in', () => {
    const profile = profileFromClaims({ given_name: '\u0000', name: 'Ada Lovelace' }, null);
    assert.equal(profile.firstName, 'Ada');
    assert.equal(profile.lastName, 'Lovelace');
    assert.equal(profileFromClaims({ name: 'Ada\u0000 Lovelace' }, null).firstName, null);
  });
});
