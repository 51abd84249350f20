import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createTestClock, startTestApp, type TestApp } from '../../helpers/app.ts';
import { signIn, type SignedInUser } from '../../helpers/fixtures.ts';

// Renames a user behind the app's back (no change announced): only a read from the database shows it.
async function renameUnannounced(roster: TestApp, userId: string, firstName: string): Promise<void> {
  await roster.database.db.updateTable('users').set({ firstName }).where('id', '=', userId).execute();
}

async function firstNameOf(roster: TestApp, user: SignedInUser): Promise<string | null> {
  const response = await roster.request({ method: 'GET', url: '/api/users/me', token: await user.token() });
  assert.equal(response.statusCode, 200);
  return (response.json() as { data: { firstName: string | null } }).data.firstName;
}

describe('the cache bounds (ROSTER_CACHE_ENTRIES, ROSTER_CACHE_TTL_S)', () => {
  test('within the bound a user is answered from memory; past it the least recently used is read again', async () => {
    for (const [entries, evicted] of [
      ['10000', false],
      ['2', true],
    ] as const) {
      const roster = await startTestApp('sqlite', { env: { ROSTER_CACHE_ENTRIES: entries } });
      try {
        const [first, second, third] = [await signIn(roster), await signIn(roster), await signIn(roster)];
        await firstNameOf(roster, first);
        await firstNameOf(roster, second);
        await firstNameOf(roster, third);
        await renameUnannounced(roster, first.id, 'Behind-the-back');
        assert.equal(await firstNameOf(roster, first), evicted ? 'Behind-the-back' : null, `${entries} entries`);
      } finally {
        await roster.close();
      }
    }
  });

  test('an entry older than ROSTER_CACHE_TTL_S is read again', async () => {
    const clock = createTestClock();
    const roster = await startTestApp('sqlite', { env: { ROSTER_CACHE_TTL_S: '1' }, clock });
    try {
      const user = await signIn(roster);
      await firstNameOf(roster, user);
      await renameUnannounced(roster, user.id, 'Later');
      clock.advance(999);
      assert.equal(await firstNameOf(roster, user), null, 'still cached within the second');
      clock.advance(2);
      assert.equal(await firstNameOf(roster, user), 'Later');
    } finally {
      await roster.close();
    }
  });
});
