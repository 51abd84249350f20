import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the fake knows about one Clerk user, in Clerk's own terms. */
export interface ClerkUserSeed {
  id: string;
  email?: string;
  emailVerified?: boolean;
  firstName?: string | null;
  lastName?: string | null;
  imageUrl?: string;
  phone?: string;
  publicMetadata?: Record<string, unknown>;
  unsafeMetadata?: Record<string, unknown>;
}

/** A loopback fake of Clerk's Backend API `GET /v1/users/{id}`, answering Clerk's real JSON shape. */
export interface ClerkServer {
  /** Use as CLERK_API_URL. */
  url: string;
  secretKey: string;
  setUser(user: ClerkUserSeed): void;
  /** While down, every request gets 503 (`'status'`) or a dropped connection (`'reset'`). */
  setDown(down: boolean, how?: 'status' | 'reset'): void;
  /** Paths requested so far. */
  requests(): string[];
  close(): Promise<void>;
}

export async function startClerkServer(secretKey = 'sk_test_roster'): Promise<ClerkServer> {
  const users = new Map<string, ClerkUserSeed>();
  const seen: string[] = [];
  let down: false | 'status' | 'reset' = false;
  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    seen.push(req.url ?? '');
    if (down === 'reset') return void req.socket.destroy();
    if (down === 'status') return send(res, 503, { errors: [{ message: 'unavailable', code: 'service_unavailable' }] });
    if (req.headers.authorization !== `Bearer ${secretKey}`) {
      return send(res, 401, {
        errors: [
          {
            message: 'Unauthorized',
            long_message: 'The provided secret key is invalid',
            code: 'authentication_invalid',
          },
        ],
      });
    }
    const match = /^\/v1\/users\/([^/?]+)$/.exec(req.url ?? '');
    const user = match ? users.get(decodeURIComponent(match[1] as string)) : undefined;
    if (!user)
      return send(res, 404, {
        errors: [{ message: 'not found', long_message: 'User not found', code: 'resource_not_found' }],
      });
    return send(res, 200, clerkUser(user));
  };
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    secretKey,
    setUser: (user) => void users.set(user.id, user),
    setDown: (isDown, how = 'status') => void (down = isDown ? how : false),
    requests: () => [...seen],
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function clerkUser(user: ClerkUserSeed) {
  const created = 1_700_000_000_000;
  const emails = user.email
    ? [
        {
          id: 'idn_other',
          object: 'email_address',
          email_address: `old-${user.email}`,
          reserved: false,
          verification: { status: 'verified', strategy: 'email_code', attempts: 1, expire_at: null },
          linked_to: [],
        },
        {
          id: 'idn_primary',
          object: 'email_address',
          email_address: user.email,
          reserved: false,
          verification: {
            status: user.emailVerified === false ? 'unverified' : 'verified',
            strategy: 'email_code',
            attempts: 1,
            expire_at: null,
          },
          linked_to: [],
        },
      ]
    : [];
  const phones = user.phone
    ? [
        {
          id: 'idn_phone',
          object: 'phone_number',
          phone_number: user.phone,
          reserved_for_second_factor: false,
          default_second_factor: false,
          verification: { status: 'verified', strategy: 'phone_code' },
          linked_to: [],
        },
      ]
    : [];
  return {
    id: user.id,
    object: 'user',
    username: null,
    first_name: user.firstName ?? null,
    last_name: user.lastName ?? null,
    image_url: user.imageUrl ?? 'https://img.clerk.com/default.png',
    has_image: Boolean(user.imageUrl),
    primary_email_address_id: user.email ? 'idn_primary' : null,
    primary_phone_number_id: user.phone ? 'idn_phone' : null,
    primary_web3_wallet_id: null,
    password_enabled: false,
    two_factor_enabled: false,
    totp_enabled: false,
    backup_code_enabled: false,
    email_addresses: emails,
    phone_numbers: phones,
    web3_wallets: [],
    external_accounts: [],
    saml_accounts: [],
    public_metadata: user.publicMetadata ?? {},
    private_metadata: {},
    unsafe_metadata: user.unsafeMetadata ?? {},
    external_id: null,
    last_sign_in_at: created,
    banned: false,
    locked: false,
    created_at: created,
    updated_at: created,
  };
}
