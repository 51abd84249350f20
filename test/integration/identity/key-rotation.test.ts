import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestApp, type TestApp } from '../../helpers/app.ts';
import { testEngines } from '../../helpers/databases.ts';
import { createTestKey, type TestKey } from '../../helpers/test-keys.ts';

// During a key rotation an issuer publishes two keys of one algorithm; a token without `kid`
// then matches both, and the one that verifies it wins (README, "Tokens").
for (const engine of await testEngines()) {
  describe(`tokens without kid during a key rotation on ${engine}`, () => {
    let roster: TestApp;
    let keys: TestKey[];
    before(async () => {
      roster = await startTestApp(engine);
      const older = roster.issuer.currentKey();
      await roster.issuer.addKey('RS256');
      keys = [older, roster.issuer.currentKey()];
    });
    after(() => roster.close());
    const me = (token: string) => roster.request({ method: 'GET', url: '/api/users/me', token });

    test('signed by either published RS256 key (the old one or the new one): 200', async () => {
      for (const key of keys) {
        const response = await me(
          await roster.token({ sub: `rotation-${key.kid}` }, { key, header: { kid: undefined } }),
        );
        assert.equal(response.statusCode, 200, response.body);
      }
    });

    test('signed by a third, unpublished key: 401 InvalidToken', async () => {
      const stray = await createTestKey('RS256');
      const response = await me(
        await roster.token({ sub: 'rotation-stray' }, { key: stray, header: { kid: undefined } }),
      );
      assert.equal(response.statusCode, 401);
      assert.equal(response.json().error.code, 'InvalidToken');
    });
  });
}
