import assert from 'node:assert/strict';
import { sql } from 'kysely';
import pg from 'pg';
import { after, before, describe, test } from 'node:test';
import { startTestApp, type TestApp } from '../../helpers/app.ts';
import { testEngines } from '../../helpers/databases.ts';

const engines = await testEngines();

describe('PostgreSQL change bus across two instances', {
  skip: !engines.includes('postgres') && 'PostgreSQL not reachable',
}, () => {
  let a: TestApp;
  let b: TestApp;
  before(async () => {
    a = await startTestApp('postgres');
    b = await startTestApp('postgres', { issuer: a.issuer, database: a.databaseConfig });
  });
  after(async () => {
    await b.close();
    await a.close();
  });

  const firstName = async (app: TestApp, token: string) =>
    (await app.request({ method: 'GET', url: '/api/users/me', token })).json().data.firstName;
  const until = async (check: () => Promise<boolean>) => {
    for (let i = 0; i < 100; i += 1) {
      if (await check()) return true;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return false;
  };

  test("a write published on A's bus invalidates B's cached snapshot", async () => {
    const token = await a.token({ email: 'bus@example.com', email_verified: true, given_name: 'Before' });
    assert.equal(await firstName(a, token), 'Before');
    assert.equal(await firstName(b, token), 'Before');
    const user = await a.database.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'bus@example.com')
      .executeTakeFirstOrThrow();
    await a.database.db.updateTable('users').set({ firstName: 'After' }).where('id', '=', user.id).execute();
    assert.equal(await firstName(b, token), 'Before', 'B serves its cache until told');
    await a.changeBus.publish({ scope: 'users', userIds: [user.id] });
    assert.ok(await until(async () => (await firstName(b, token)) === 'After'));
  });

  test("a PATCH on B is seen by A's next request", async () => {
    const token = await a.token({ email: 'patch-bus@example.com', email_verified: true, given_name: 'One' });
    assert.equal(await firstName(a, token), 'One');
    const patched = await b.request({ method: 'PATCH', url: '/api/users/me', token, payload: { firstName: 'Two' } });
    assert.equal(patched.statusCode, 200);
    assert.equal(await firstName(a, token), 'Two', 'the very next request, not eventually');
  });

  test('write on one instance, read on the other at once: fresh every time, in both directions', async () => {
    const token = await a.token({ email: 'ping-pong@example.com', email_verified: true, given_name: 'Start' });
    assert.equal(await firstName(a, token), 'Start');
    assert.equal(await firstName(b, token), 'Start');
    for (let round = 0; round < 40; round += 1) {
      const [writer, reader] = round % 2 === 0 ? [a, b] : [b, a];
      const name = `Round${round}`;
      const patched = await writer.request({
        method: 'PATCH',
        url: '/api/users/me',
        token,
        payload: { firstName: name },
      });
      assert.equal(patched.statusCode, 200);
      assert.equal(await firstName(reader, token), name, `round ${round}`);
    }
  });

  test('a numbered change whose NOTIFY never arrives still reaches the next request (after a short wait)', async () => {
    const token = await a.token({ email: 'lost-notify@example.com', email_verified: true, given_name: 'Kept' });
    assert.equal(await firstName(b, token), 'Kept');
    const user = await a.database.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'lost-notify@example.com')
      .executeTakeFirstOrThrow();
    await a.database.db.updateTable('users').set({ firstName: 'Changed' }).where('id', '=', user.id).execute();
    await sql`select nextval('roster_change_seq')`.execute(a.database.db);
    assert.equal(await firstName(b, token), 'Changed');
  });

  test('when the listening connection drops, the bus reconnects and drops everything cached', async () => {
    const token = await a.token({ email: 'reconnect@example.com', email_verified: true, given_name: 'Old' });
    assert.equal(await firstName(b, token), 'Old');
    const user = await a.database.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'reconnect@example.com')
      .executeTakeFirstOrThrow();
    const admin = new pg.Client({
      connectionString: a.databaseConfig.engine === 'postgres' ? a.databaseConfig.url : '',
    });
    await admin.connect();
    try {
      await admin.query(
        "select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and application_name = 'roster-change-listener'",
      );
      // Written while no one listens: the notification is missed, the reconnect must make up for it.
      await admin.query('update users set first_name = $1 where id = $2', ['New', user.id]);
    } finally {
      await admin.end();
    }
    assert.ok(await until(async () => (await firstName(b, token)) === 'New'));
    await a.database.db.updateTable('users').set({ firstName: 'Newer' }).where('id', '=', user.id).execute();
    await a.changeBus.publish({ scope: 'users', userIds: [user.id] });
    assert.ok(await until(async () => (await firstName(b, token)) === 'Newer'), 'B listens again after reconnecting');
  });
});
