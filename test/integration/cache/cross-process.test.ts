import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import type { Change } from '../../../src/cache/change-bus.ts';
import { ADMIN_TOKEN, startAdminTestApp } from '../../helpers/admin.ts';
import { startTestApp, type TestApp } from '../../helpers/app.ts';
import { runCli } from '../../helpers/cli.ts';
import { testEngines } from '../../helpers/databases.ts';

type Any = Record<string, any>;

/** An organization `slug` whose role `analyst` grants `<slug>:read`, and a signed-in member holding it. */
async function memberWithPermission(roster: TestApp, slug: string) {
  const admin = async (method: 'POST' | 'GET', url: string, payload?: unknown) => {
    const response = await roster.request({
      method,
      url,
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      ...(payload ? { payload: payload as object } : {}),
    });
    assert.ok(response.statusCode < 300, `${method} ${url} → ${response.statusCode} ${response.body}`);
    return response.json().data as Any;
  };
  const organization = await admin('POST', '/api/admin/organizations', { name: slug, slug });
  await admin('POST', '/api/admin/permissions', { key: `${slug}:read` });
  await admin('POST', '/api/admin/roles', {
    key: 'analyst',
    name: 'Analyst',
    scope: 'organization',
    rank: 10,
    organizationId: organization.id,
    permissions: [`${slug}:read`],
  });
  const email = `${slug}@example.com`;
  const token = await roster.token({ email, email_verified: true });
  const me = async () => {
    const response = await roster.request({ method: 'GET', url: '/api/users/me', token });
    assert.equal(response.statusCode, 200, response.body);
    return response.json().data as Any;
  };
  const user = await me();
  const membership = await admin('POST', `/api/admin/organizations/${organization.id}/members`, {
    userId: user.id,
    roles: ['analyst'],
  });
  // Twice: the second answer comes from the caches.
  await me();
  const cached = await me();
  assert.equal(cached.tenantId, organization.id);
  assert.deepEqual(cached.permissions, [`${slug}:read`]);
  return { organization, membership, user, email, me };
}

describe('SQLite: a write by another process reaches the very next request, with no bus message', () => {
  let dir: string;
  let roster: TestApp;
  const file = () => join(dir, 'roster.db');
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'roster-cross-process-'));
    roster = await startTestApp('sqlite', {
      env: { ROSTER_ADMIN_TOKEN: ADMIN_TOKEN },
      database: { engine: 'sqlite', path: file() },
    });
  });
  after(async () => {
    await roster.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('a second connection removes a role from the membership: the permission is gone at once', async () => {
    const { membership, me } = await memberWithPermission(roster, 'raw-sqlite');
    const other = new BetterSqlite3(file());
    try {
      other.pragma('busy_timeout = 5000');
      assert.equal(other.prepare('delete from membership_roles where membership_id = ?').run(membership.id).changes, 1);
    } finally {
      other.close();
    }
    const next = await me();
    assert.deepEqual(next.permissions, []);
    assert.equal(next.role, null);
  });

  test('`roster member remove` in another process: the membership is gone at once', async () => {
    const { email, me } = await memberWithPermission(roster, 'cli-sqlite');
    const removed = await runCli(['member', 'remove', '--org', 'cli-sqlite', '--email', email], {
      DATABASE_URL: `sqlite:${file()}`,
      ROSTER_DATA_DIR: dir,
    });
    assert.equal(removed.code, 0, removed.stderr);
    const next = await me();
    assert.equal(next.tenantId, null);
    assert.deepEqual(next.permissions, []);
  });

  test('a user deleted by another process: the cached identity goes too, and the next request provisions anew', async () => {
    const token = await roster.token({ email: 'deleted-elsewhere@example.com', email_verified: true });
    const me = async () => (await roster.request({ method: 'GET', url: '/api/users/me', token })).json().data as Any;
    const first = await me();
    await me();
    const other = new BetterSqlite3(file());
    try {
      other.pragma('foreign_keys = ON');
      other.pragma('busy_timeout = 5000');
      assert.equal(other.prepare('delete from users where id = ?').run(first.id).changes, 1);
    } finally {
      other.close();
    }
    assert.notEqual((await me()).id, first.id);
  });
});

if ((await testEngines()).includes('postgres')) {
  describe('PostgreSQL: a CLI write is announced over NOTIFY to running servers', () => {
    test("`roster member remove` reaches the running server's next request", async () => {
      const roster = await startAdminTestApp('postgres');
      const dataDir = await mkdtemp(join(tmpdir(), 'roster-cli-notify-'));
      try {
        assert.equal(roster.databaseConfig.engine, 'postgres');
        const url = roster.databaseConfig.engine === 'postgres' ? roster.databaseConfig.url : '';
        const { user, email, me } = await memberWithPermission(roster, 'cli-postgres');
        let hear: (change: Change) => void = () => {};
        const heard = new Promise<Change>((resolve) => (hear = resolve));
        const unsubscribe = roster.changeBus.subscribe((change) => {
          unsubscribe();
          hear(change);
        });
        const removed = await runCli(['member', 'remove', '--org', 'cli-postgres', '--email', email], {
          DATABASE_URL: url,
          ROSTER_DATA_DIR: dataDir,
        });
        assert.equal(removed.code, 0, removed.stderr);
        // Counted from the CLI's exit: starting a CLI process takes seconds on a loaded machine.
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('no change heard within 10 s of the CLI exiting')), 10_000);
        });
        assert.deepEqual(await Promise.race([heard, late]).finally(() => clearTimeout(timer)), {
          scope: 'users',
          userIds: [user.id],
        });
        const next = await me();
        assert.equal(next.tenantId, null);
        assert.deepEqual(next.permissions, []);
      } finally {
        await roster.close();
        await rm(dataDir, { recursive: true, force: true });
      }
    });
  });
}
