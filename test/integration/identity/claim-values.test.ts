import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { startTestApp, type TestApp } from '../../helpers/app.ts';
import { testEngines } from '../../helpers/databases.ts';
import { fixtures } from '../../helpers/fixtures.ts';

// Claims are outside input like any request body: what is stored from them obeys the attribute
// rules of every other write (README, "Tokens"), and nothing in them may crash a database —
// PostgreSQL text cannot hold NUL, SQLite can.
for (const engine of await testEngines()) {
  describe(`values learned from token claims on ${engine}`, () => {
    let roster: TestApp;
    let metaOrg: string;
    const me = async (claims: Record<string, unknown>) =>
      roster.request({ method: 'GET', url: '/api/users/me', token: await roster.token(claims) });
    const sub = () => `claims-${randomUUID()}`;

    before(async () => {
      roster = await startTestApp(engine);
      metaOrg = await fixtures(roster.database.db).organization({ name: 'Meta' });
    });
    after(() => roster.close());

    test('a sub with a NUL (or any control character) is an invalid token, not a 500', async () => {
      for (const bad of ['nul2\u0000x', 'tab\tsub', 'del\u007F', 'c1\u0085']) {
        const response = await me({ sub: bad });
        assert.equal(response.statusCode, 401, JSON.stringify(bad));
        assert.equal(response.json().error.code, 'InvalidToken');
        assert.doesNotMatch(
          response.json().error.message,
          /sub|control|character/i,
          'the message never says which check failed',
        );
      }
    });

    test('a sid with a control character is an invalid token', async () => {
      const response = await me({ sub: sub(), sid: 'sess\u0000ion' });
      assert.equal(response.statusCode, 401);
      assert.equal(response.json().error.code, 'InvalidToken');
    });

    test('an email with a NUL is no email: the user is provisioned without one', async () => {
      const response = await me({ sub: 'nul1', email: 'a\u0000b@example.com', email_verified: true });
      assert.equal(response.statusCode, 200);
      assert.equal(response.json().data.email, null);
      assert.equal(response.json().data.emailVerified, false);
    });

    test('a name with a NUL is dropped', async () => {
      const response = await me({ sub: 'nul4', given_name: 'A\u0000B' });
      assert.equal(response.statusCode, 200);
      assert.equal(response.json().data.firstName, null);
    });

    test('a picture with a NUL is dropped', async () => {
      const response = await me({ sub: 'nul5', picture: 'https://x.com/\u0000' });
      assert.equal(response.statusCode, 200);
      assert.equal(response.json().data.avatarUrl, null);
    });

    test('metadata values with a NUL count as absent', async () => {
      const response = await me({
        sub: sub(),
        public_metadata: { organizationId: `${metaOrg}\u0000`, role: 'ad\u0000min' },
      });
      assert.equal(response.statusCode, 200);
      assert.equal(response.json().data.tenantId, null);
    });

    test('a family_name with control characters is not stored', async () => {
      const response = await me({ sub: sub(), given_name: 'Ada', family_name: 'Love\u0007lace' });
      assert.equal(response.statusCode, 200);
      assert.equal(response.json().data.firstName, 'Ada');
      assert.equal(response.json().data.lastName, null);
    });

    test('an http:// picture is not stored as the avatarUrl (it must be https)', async () => {
      const response = await me({ sub: sub(), picture: 'http://img.example.com/a.png' });
      assert.equal(response.statusCode, 200);
      assert.equal(response.json().data.avatarUrl, null);
      const https = await me({ sub: sub(), picture: 'https://img.example.com/a.png' });
      assert.equal(https.json().data.avatarUrl, 'https://img.example.com/a.png');
    });

    test('a name over 100 characters is cut to 100 characters, never inside one', async () => {
      const response = await me({ sub: sub(), given_name: '😀'.repeat(150), family_name: `  ${'b'.repeat(120)}  ` });
      assert.equal(response.statusCode, 200);
      assert.equal(response.json().data.firstName, '😀'.repeat(100));
      assert.equal(response.json().data.lastName, 'b'.repeat(100));
    });

    test('an invalid phone and an implausible email are dropped, valid ones kept', async () => {
      const bad = await me({ sub: sub(), phone_number: '555-1234', email: 'not an email', email_verified: true });
      assert.equal(bad.statusCode, 200);
      assert.equal(bad.json().data.phone, null);
      assert.equal(bad.json().data.email, null);
      const address = `ok-${randomUUID().slice(0, 8)}@example.com`;
      const good = await me({ sub: sub(), phone_number: '+14155550123', email: address, email_verified: true });
      assert.equal(good.json().data.phone, '+14155550123');
      assert.equal(good.json().data.email, address);
      assert.equal(good.json().data.emailVerified, true);
    });
  });
}
