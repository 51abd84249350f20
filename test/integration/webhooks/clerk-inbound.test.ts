import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { Webhook } from 'svix';
import { startAdminTestApp, type AdminTestApp } from '../../helpers/admin.ts';
import { testEngines } from '../../helpers/databases.ts';
import { startReceiver, type TestReceiver } from './receiver.ts';

const CLERK_SECRET = `whsec_${randomBytes(32).toString('base64')}`;

/** A user record as Clerk sends it in `user.created`/`user.updated` events. */
function clerkUser(
  id: string,
  fields: {
    email: string;
    verified?: boolean;
    first?: string | null;
    last?: string | null;
    phone?: string | null;
    image?: string;
  },
) {
  const emailId = `idn_${randomBytes(8).toString('hex')}`;
  const phoneId = `idn_${randomBytes(8).toString('hex')}`;
  return {
    backup_code_enabled: false,
    banned: false,
    birthday: '',
    created_at: 1654012591514,
    email_addresses: [
      {
        email_address: fields.email,
        id: emailId,
        linked_to: [],
        object: 'email_address',
        reserved: false,
        verification: {
          attempts: null,
          expire_at: null,
          status: fields.verified === false ? 'unverified' : 'verified',
          strategy: 'email_code',
        },
      },
    ],
    external_accounts: [],
    external_id: null,
    first_name: fields.first ?? null,
    gender: '',
    id,
    image_url: fields.image ?? 'https://img.clerk.com/eyJ0eXBlIjoicHJveHkifQ',
    last_name: fields.last ?? null,
    last_sign_in_at: 1654012800000,
    object: 'user',
    password_enabled: true,
    phone_numbers: fields.phone
      ? [
          {
            id: phoneId,
            object: 'phone_number',
            phone_number: fields.phone,
            verification: { status: 'verified', strategy: 'phone_code' },
          },
        ]
      : [],
    primary_email_address_id: emailId,
    primary_phone_number_id: fields.phone ? phoneId : null,
    primary_web3_wallet_id: null,
    private_metadata: {},
    profile_image_url: 'https://www.gravatar.com/avatar?d=mp',
    public_metadata: {},
    two_factor_enabled: false,
    unsafe_metadata: {},
    updated_at: 1654012824306,
    username: null,
    web3_wallets: [],
  };
}

function clerkEvent(type: string, data: object) {
  return {
    data,
    event_attributes: { http_request: { client_ip: '192.0.2.1', user_agent: 'Mozilla/5.0' } },
    object: 'event',
    timestamp: Date.now(),
    type,
  };
}

/** Signs like Svix does for Clerk: the real `svix` package over the exact body. */
function signed(event: object, options: { id?: string; at?: Date; secret?: string } = {}) {
  const body = JSON.stringify(event);
  const id = options.id ?? `msg_${randomBytes(12).toString('hex')}`;
  const at = options.at ?? new Date();
  const signature = new Webhook(options.secret ?? CLERK_SECRET).sign(id, at, body);
  return {
    body,
    headers: {
      'svix-id': id,
      'svix-timestamp': String(Math.floor(at.getTime() / 1000)),
      'svix-signature': signature,
      'content-type': 'application/json',
    },
  };
}

for (const engine of await testEngines()) {
  describe(`inbound Clerk events on ${engine}`, () => {
    let roster: AdminTestApp;
    let receiver: TestReceiver;

    before(async () => {
      roster = await startAdminTestApp(engine, {
        CLERK_WEBHOOK_SECRET: CLERK_SECRET,
        ROSTER_WEBHOOKS_ALLOW_INSECURE: 'true',
      });
      receiver = await startReceiver();
      receiver.useSecret(
        (
          await roster.create('/api/admin/webhooks', {
            url: receiver.url,
            events: ['user.updated', 'user.deleted', 'membership.deleted'],
          })
        ).secret,
      );
    });
    after(async () => {
      await roster.close();
      await receiver.close();
    });

    const post = (message: { body: string; headers: Record<string, string> }) =>
      roster.request({ method: 'POST', url: '/api/webhooks/clerk', headers: message.headers, payload: message.body });
    const clerkSignIn = async (email: string) => {
      const subject = `user_${randomBytes(10).toString('hex')}`;
      const token = await roster.token({ sub: subject, email, email_verified: true });
      const response = await roster.request({ method: 'GET', url: '/api/users/me', token });
      assert.equal(response.statusCode, 200);
      return { subject, id: response.json().data.id as string };
    };
    const adminUser = async (id: string) => roster.admin('GET', `/api/admin/users/${id}`);

    test('user.updated: names, avatar, phone, a verified email follow Clerk; actor identity-provider', async () => {
      const user = await clerkSignIn('frank@example.com');
      const event = clerkEvent(
        'user.updated',
        clerkUser(user.subject, {
          email: 'Frank.New@example.com',
          first: 'Frank',
          last: 'Castle',
          phone: '+14155550123',
          image: 'https://img.clerk.com/frank',
        }),
      );
      const response = await post(signed(event));
      assert.equal(response.statusCode, 204);
      const stored = (await adminUser(user.id)).json().data;
      assert.deepEqual(
        {
          firstName: stored.firstName,
          lastName: stored.lastName,
          phone: stored.phone,
          avatarUrl: stored.avatarUrl,
          email: stored.email,
          emailVerified: stored.emailVerified,
        },
        {
          firstName: 'Frank',
          lastName: 'Castle',
          phone: '+14155550123',
          avatarUrl: 'https://img.clerk.com/frank',
          email: 'Frank.New@example.com',
          emailVerified: true,
        },
      );
      const audit = (
        await roster.admin('GET', '/api/admin/audit-events?actor=identity-provider&action=user.updated')
      ).json().data;
      assert.ok(audit.some((entry: { target: { id: string } }) => entry.target.id === user.id));
      const delivered = await receiver.waitFor((events) =>
        events.some((e) => e.type === 'user.updated' && e.data.id === user.id),
      );
      assert.equal(delivered.find((e) => e.type === 'user.updated' && e.data.id === user.id)!.data.lastName, 'Castle');
      // The user's own view follows at once.
      const me = await roster.request({
        method: 'GET',
        url: '/api/users/me',
        token: await roster.token({ sub: user.subject }),
      });
      assert.equal(me.json().data.firstName, 'Frank');
    });

    test('the same svix-id twice has its effect once', async () => {
      const user = await clerkSignIn('gina@example.com');
      const message = signed(
        clerkEvent('user.updated', clerkUser(user.subject, { email: 'gina@example.com', first: 'Gina' })),
      );
      assert.equal((await post(message)).statusCode, 204);
      assert.equal(
        (await roster.admin('PATCH', `/api/admin/users/${user.id}`, { firstName: 'Admin-set' })).statusCode,
        200,
      );
      assert.equal((await post(message)).statusCode, 204);
      const again = signed(
        clerkEvent('user.updated', clerkUser(user.subject, { email: 'gina@example.com', first: 'Gina' })),
        { id: message.headers['svix-id'] },
      );
      assert.equal((await post(again)).statusCode, 204);
      assert.equal((await adminUser(user.id)).json().data.firstName, 'Admin-set');
    });

    test('an unverified primary email, or one another user holds, is not taken; the rest still follows', async () => {
      const user = await clerkSignIn('hank@example.com');
      await roster.create('/api/admin/users', { email: 'taken@example.com' });
      assert.equal(
        (
          await post(
            signed(
              clerkEvent(
                'user.updated',
                clerkUser(user.subject, { email: 'hank2@example.com', verified: false, first: 'Hank' }),
              ),
            ),
          )
        ).statusCode,
        204,
      );
      assert.deepEqual(
        [(await adminUser(user.id)).json().data.email, (await adminUser(user.id)).json().data.firstName],
        ['hank@example.com', 'Hank'],
      );
      assert.equal(
        (
          await post(
            signed(clerkEvent('user.updated', clerkUser(user.subject, { email: 'TAKEN@example.com', first: 'Henry' }))),
          )
        ).statusCode,
        204,
      );
      assert.deepEqual(
        [(await adminUser(user.id)).json().data.email, (await adminUser(user.id)).json().data.firstName],
        ['hank@example.com', 'Henry'],
      );
    });

    test('an unknown identity or another event type is a 204 that changes nothing', async () => {
      const count = async () => (await roster.admin('GET', '/api/admin/audit-events?limit=200')).json().data.length;
      const before = await count();
      assert.equal(
        (
          await post(
            signed(
              clerkEvent(
                'user.updated',
                clerkUser(`user_${randomUUID()}`, { email: 'ghost@example.com', first: 'Ghost' }),
              ),
            ),
          )
        ).statusCode,
        204,
      );
      assert.equal(
        (await post(signed(clerkEvent('user.deleted', { deleted: true, id: `user_${randomUUID()}`, object: 'user' }))))
          .statusCode,
        204,
      );
      const user = await clerkSignIn('ivy@example.com');
      const afterSignIn = await count();
      assert.equal(
        (
          await post(
            signed(
              clerkEvent('session.created', {
                id: 'sess_123',
                user_id: user.subject,
                object: 'session',
                status: 'active',
              }),
            ),
          )
        ).statusCode,
        204,
      );
      assert.equal(
        (
          await post(
            signed(clerkEvent('user.created', clerkUser(user.subject, { email: 'ivy@example.com', first: 'Changed' }))),
          )
        ).statusCode,
        204,
      );
      assert.equal((await adminUser(user.id)).json().data.firstName, null);
      assert.equal(afterSignIn - before, 1);
      assert.equal(await count(), afterSignIn);
    });

    test('a missing or wrong signature, or a timestamp over 5 minutes away: 401, nothing changes', async () => {
      const user = await clerkSignIn('jack@example.com');
      const event = clerkEvent('user.updated', clerkUser(user.subject, { email: 'jack@example.com', first: 'Forged' }));
      const good = signed(event);
      const cases = [
        { ...good, headers: { 'content-type': 'application/json' } },
        { ...good, headers: { ...good.headers, 'svix-signature': 'v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=' } },
        signed(event, { secret: `whsec_${randomBytes(32).toString('base64')}` }),
        signed(event, { at: new Date(Date.now() - 6 * 60_000) }),
        signed(event, { at: new Date(Date.now() + 6 * 60_000) }),
        { ...good, body: good.body.replace('Forged', 'Forgef') },
      ];
      for (const message of cases) {
        const response = await post(message);
        assert.equal(response.statusCode, 401);
        assert.equal(response.json().error.code, 'InvalidToken');
      }
      assert.equal((await adminUser(user.id)).json().data.firstName, null);
      // Several signatures, one of them right: accepted.
      const multi = {
        ...good,
        headers: {
          ...good.headers,
          'svix-signature': `v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA= ${good.headers['svix-signature']}`,
        },
      };
      assert.equal((await post(multi)).statusCode, 204);
      assert.equal((await adminUser(user.id)).json().data.firstName, 'Forged');
    });

    test('user.deleted removes the identity, and a user left with none with everything of theirs', async () => {
      const org = await roster.create('/api/admin/organizations', {
        name: 'Clerk Org',
        slug: `clerk-${randomBytes(3).toString('hex')}`,
      });
      const user = await clerkSignIn('kate@example.com');
      const membership = await roster.create(`/api/admin/organizations/${org.id}/members`, { userId: user.id });
      assert.equal(
        (await post(signed(clerkEvent('user.deleted', { deleted: true, id: user.subject, object: 'user' }))))
          .statusCode,
        204,
      );
      assert.equal((await adminUser(user.id)).statusCode, 404);
      assert.equal((await roster.admin('GET', `/api/admin/memberships/${membership.id}`)).statusCode, 404);
      const events = await receiver.waitFor((received) =>
        received.some((e) => e.type === 'user.deleted' && e.data.id === user.id),
      );
      assert.ok(events.some((e) => e.type === 'membership.deleted' && e.data.id === membership.id));
      const audit = (
        await roster.admin('GET', '/api/admin/audit-events?actor=identity-provider&action=user.deleted')
      ).json().data;
      assert.ok(audit.some((entry: { target: { id: string } }) => entry.target.id === user.id));

      const twice = await clerkSignIn('liam@example.com');
      await roster.database.db
        .insertInto('identities')
        .values({
          id: randomUUID(),
          userId: twice.id,
          issuer: 'https://other.example',
          subject: 'liam',
          createdAt: new Date().toISOString(),
        })
        .execute();
      assert.equal(
        (await post(signed(clerkEvent('user.deleted', { deleted: true, id: twice.subject, object: 'user' }))))
          .statusCode,
        204,
      );
      assert.equal((await adminUser(twice.id)).statusCode, 200);
      const left = await roster.database.db
        .selectFrom('identities')
        .select('issuer')
        .where('userId', '=', twice.id)
        .execute();
      assert.deepEqual(
        left.map((row) => row.issuer),
        ['https://other.example'],
      );
      // The removed identity no longer signs in as that user: it is a new user now.
      const fresh = await roster.request({
        method: 'GET',
        url: '/api/users/me',
        token: await roster.token({ sub: twice.subject }),
      });
      assert.notEqual(fresh.json().data.id, twice.id);
    });
  });

  describe(`without CLERK_WEBHOOK_SECRET on ${engine}`, () => {
    let roster: AdminTestApp;
    before(async () => {
      roster = await startAdminTestApp(engine);
    });
    after(() => roster.close());

    test('the route does not exist', async () => {
      const message = signed(clerkEvent('user.deleted', { deleted: true, id: 'user_1', object: 'user' }));
      const response = await roster.request({
        method: 'POST',
        url: '/api/webhooks/clerk',
        headers: message.headers,
        payload: message.body,
      });
      assert.equal(response.statusCode, 404);
    });
  });
}

describe('inbound Clerk events and the anonymous rate limit', () => {
  let roster: AdminTestApp;
  before(async () => {
    roster = await startAdminTestApp('sqlite', {
      CLERK_WEBHOOK_SECRET: CLERK_SECRET,
      ROSTER_RATE_LIMIT_ANONYMOUS: '2',
    });
  });
  after(() => roster.close());

  const post = (message: { body: string; headers: Record<string, string> }) =>
    roster.request({ method: 'POST', url: '/api/webhooks/clerk', headers: message.headers, payload: message.body });

  test('signed deliveries are never limited; failed signatures count against the address', async () => {
    const event = clerkEvent('user.updated', clerkUser('user_unknown', { email: 'nobody@example.com', first: 'N' }));
    for (let i = 0; i < 5; i += 1) assert.equal((await post(signed(event))).statusCode, 204);
    const forged = { ...signed(event), headers: { 'content-type': 'application/json' } };
    assert.equal((await post(forged)).statusCode, 401);
    assert.equal((await post(forged)).statusCode, 401);
    const limited = await post(forged);
    assert.equal(limited.statusCode, 429);
    assert.equal(limited.json().error.code, 'RateLimited');
    assert.equal((await post(signed(event))).statusCode, 204);
  });
});
