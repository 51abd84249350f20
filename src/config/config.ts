import { existsSync, readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';

export type DatabaseConfig = ({ engine: 'sqlite'; path: string } | { engine: 'postgres'; url: string }) & {
  /**
   * `DATABASE_TIMEOUT_MS`: the longest one statement, or one wait for a connection or a SQLite
   * lock, may take before it fails (answered 503). Default 5000.
   */
  readonly timeoutMs?: number;
};

/** Where tokens come from: Roster's own dev issuer, or an external OIDC issuer. */
export type AuthConfig =
  | { mode: 'dev' }
  | {
      mode: 'issuer';
      issuer: string;
      /** null = discover it (`jwks_uri`), falling back to `<issuer>/.well-known/jwks.json`. */
      jwksUrl: string | null;
    };

export type UserinfoSource = 'none' | 'oidc' | 'clerk';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** Bounds of the per-instance caches: identities, "me" snapshots (with their rendered answers), verified tokens. */
export interface CacheConfig {
  /** `ROSTER_CACHE_ENTRIES`: most entries each cache keeps; the least recently used go first. Default 10 000. */
  readonly entries: number;
  /** `ROSTER_CACHE_TTL_S` in ms: the safety net; an entry older than this is read again. Default 60 s. */
  readonly ttlMs: number;
}

/** Roster's whole configuration, parsed once from the environment and frozen. */
export interface Config {
  readonly port: number;
  readonly host: string;
  readonly database: DatabaseConfig;
  readonly dataDir: string;
  readonly auth: AuthConfig;
  readonly audience: readonly string[] | null;
  readonly authorizedParties: readonly string[] | null;
  readonly clockToleranceS: number;
  readonly userinfo: UserinfoSource;
  readonly clerk: { readonly apiUrl: string; readonly secretKey: string | null };
  /** null = metadata is ignored. */
  readonly metadataClaim: string | null;
  readonly provisioning: boolean;
  readonly defaultOrganizationId: string | null;
  readonly defaultRole: string;
  readonly adminToken: string | null;
  readonly profileSchemaPath: string | null;
  readonly logLevel: LogLevel;
  readonly production: boolean;
  /** The in-memory caches of each instance (see src/cache/README.md). */
  readonly cache: CacheConfig;

  // The front door: browsers, rate limits, proxies and token types.
  /** Exact origins allowed to call from a browser; null = no CORS headers at all. */
  readonly corsOrigins: readonly string[] | null;
  /** Requests a minute: per user on authenticated GETs and writes, per client IP without a valid token (0 = off). */
  readonly rateLimits: { readonly reads: number; readonly writes: number; readonly anonymous: number };
  /** Proxy addresses/CIDRs whose `X-Forwarded-For` names the client; null = trust none. */
  readonly trustProxy: readonly string[] | null;
  /** The `typ` header every access token must carry (`at+jwt`, RFC 9068); null = not checked. */
  readonly requireTokenType: string | null;
  readonly webhooks: WebhooksConfig;

  // The admin console.
  /** `ROSTER_CONSOLE_CLIENT_ID`: the console's public OAuth client at `AUTH_ISSUER`; null = sign-in not set up. */
  readonly consoleClientId: string | null;
}

/** Outbound webhooks and inbound provider events. */
export interface WebhooksConfig {
  /** `ROSTER_WEBHOOKS_ALLOW_INSECURE=true`: http and loopback/private destinations allowed (development). */
  readonly allowInsecure: boolean;
  /** `ROSTER_WEBHOOKS_RETRY_DELAYS_MS`: the wait before each retry; attempts = delays + 1. */
  readonly retryDelaysMs: readonly number[];
  /** `CLERK_WEBHOOK_SECRET` (`whsec_…`): enables `POST /api/webhooks/clerk`; null = the route is 404. */
  readonly clerkSecret: string | null;
}

/** 5 s, 30 s, 2 min, 10 min, 30 min, 1 h: seven attempts over about 1 h 43 min. */
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = Object.freeze([
  5_000, 30_000, 120_000, 600_000, 1_800_000, 3_600_000,
]);

/** A configuration value Roster cannot run with; the message names the variable. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/**
 * Parses and validates the environment into a frozen Config; throws ConfigError on the first
 * bad value. Pure: pass `readEnvironment()` for the process's own (with `.env`).
 */
export function loadConfig(env: Env): Config {
  const read = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === '' ? undefined : value;
  };
  const auth = parseAuth(read);
  const userinfo = oneOf('AUTH_USERINFO', read('AUTH_USERINFO') ?? 'none', ['none', 'oidc', 'clerk'] as const);
  if (userinfo === 'oidc' && auth.mode === 'dev') {
    throw new ConfigError('AUTH_USERINFO', 'oidc needs AUTH_ISSUER (the dev issuer has no userinfo endpoint)');
  }
  const clerkSecret = read('CLERK_SECRET_KEY') ?? null;
  if (userinfo === 'clerk' && !clerkSecret)
    throw new ConfigError('CLERK_SECRET_KEY', 'required when AUTH_USERINFO=clerk');
  const defaultOrganizationId = read('ROSTER_DEFAULT_ORGANIZATION_ID') ?? null;
  if (defaultOrganizationId && !UUID.test(defaultOrganizationId)) {
    throw new ConfigError('ROSTER_DEFAULT_ORGANIZATION_ID', `expected a UUID, got "${defaultOrganizationId}"`);
  }
  const production = read('NODE_ENV') === 'production';
  if (production && auth.mode === 'dev') {
    throw new ConfigError('AUTH_ISSUER', 'required when NODE_ENV=production (the dev issuer is for development only)');
  }
  const metadataClaim =
    env.AUTH_METADATA_CLAIM === undefined ? 'public_metadata' : (read('AUTH_METADATA_CLAIM') ?? null);
  return Object.freeze({
    port: integer('PORT', read('PORT') ?? '3000', 0, 65535),
    host: read('HOST') ?? '127.0.0.1',
    database: Object.freeze({
      ...parseDatabaseUrl(read('DATABASE_URL') ?? 'sqlite:./data/roster.db'),
      timeoutMs: integer('DATABASE_TIMEOUT_MS', read('DATABASE_TIMEOUT_MS') ?? '5000', 100, 600_000),
    }),
    dataDir: resolve(read('ROSTER_DATA_DIR') ?? './data'),
    cache: Object.freeze({
      entries: integer('ROSTER_CACHE_ENTRIES', read('ROSTER_CACHE_ENTRIES') ?? '10000', 1, 10_000_000),
      ttlMs: 1000 * integer('ROSTER_CACHE_TTL_S', read('ROSTER_CACHE_TTL_S') ?? '60', 1, 3600),
    }),
    auth: Object.freeze(auth),
    audience: list(read('AUTH_AUDIENCE')),
    authorizedParties: list(read('AUTH_AUTHORIZED_PARTIES')),
    clockToleranceS: integer('AUTH_CLOCK_TOLERANCE_S', read('AUTH_CLOCK_TOLERANCE_S') ?? '5', 0, 3600),
    userinfo,
    clerk: Object.freeze({
      apiUrl: url('CLERK_API_URL', read('CLERK_API_URL') ?? 'https://api.clerk.com').replace(/\/+$/, ''),
      secretKey: clerkSecret,
    }),
    metadataClaim,
    provisioning: oneOf('ROSTER_PROVISIONING', read('ROSTER_PROVISIONING') ?? 'on', ['on', 'off'] as const) === 'on',
    defaultOrganizationId: defaultOrganizationId?.toLowerCase() ?? null,
    defaultRole: read('ROSTER_DEFAULT_ROLE') ?? 'member',
    adminToken: read('ROSTER_ADMIN_TOKEN') ?? null,
    profileSchemaPath: read('ROSTER_PROFILE_SCHEMA') ?? null,
    logLevel: oneOf('LOG_LEVEL', read('LOG_LEVEL') ?? 'info', LOG_LEVELS),
    production,
    ...parseFrontDoor(read),
    webhooks: parseWebhooks(read),
    consoleClientId: read('ROSTER_CONSOLE_CLIENT_ID') ?? null,
  });
}

function parseWebhooks(read: (name: string) => string | undefined): WebhooksConfig {
  const insecure = read('ROSTER_WEBHOOKS_ALLOW_INSECURE') ?? 'false';
  const allowInsecure = oneOf('ROSTER_WEBHOOKS_ALLOW_INSECURE', insecure, ['true', 'false'] as const) === 'true';
  const delays = read('ROSTER_WEBHOOKS_RETRY_DELAYS_MS');
  const retryDelaysMs =
    delays === undefined
      ? DEFAULT_RETRY_DELAYS_MS
      : delays.split(',').map((part) => integer('ROSTER_WEBHOOKS_RETRY_DELAYS_MS', part.trim(), 1, 86_400_000));
  const clerkSecret = read('CLERK_WEBHOOK_SECRET') ?? null;
  if (clerkSecret !== null && !/^whsec_[A-Za-z0-9+/]+={0,2}$/.test(clerkSecret)) {
    throw new ConfigError('CLERK_WEBHOOK_SECRET', 'expected the whsec_… signing secret of the Clerk webhook endpoint');
  }
  return Object.freeze({ allowInsecure, retryDelaysMs: Object.freeze(retryDelaysMs), clerkSecret });
}

/** The process environment, with a `.env` file in the working directory beneath it (the real environment wins). */
export function readEnvironment(cwd = process.cwd()): Env {
  const file = resolve(cwd, '.env');
  const fromFile = existsSync(file) ? parseEnv(readFileSync(file, 'utf8')) : {};
  return { ...fromFile, ...process.env };
}

function parseAuth(read: (name: string) => string | undefined): AuthConfig {
  const issuer = read('AUTH_ISSUER');
  const jwksUrl = read('AUTH_JWKS_URL');
  if (!issuer) {
    if (jwksUrl)
      throw new ConfigError('AUTH_JWKS_URL', 'set AUTH_ISSUER too (the JWKS alone does not say whose tokens to trust)');
    return { mode: 'dev' };
  }
  url('AUTH_ISSUER', issuer);
  return { mode: 'issuer', issuer, jwksUrl: jwksUrl ? url('AUTH_JWKS_URL', jwksUrl) : null };
}

type FrontDoorConfig = Pick<Config, 'corsOrigins' | 'rateLimits' | 'trustProxy' | 'requireTokenType'>;

const MAX_REQUESTS_A_MINUTE = 1_000_000;
// proxy-addr's names for the loopback, link-local and unique-local ranges, as Fastify's trustProxy takes them.
const PROXY_RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

function parseFrontDoor(read: (name: string) => string | undefined): FrontDoorConfig {
  const corsOrigins = list(read('CORS_ORIGINS'));
  for (const origin of corsOrigins ?? []) {
    if (origin.includes('*') || !URL.canParse(origin) || new URL(origin).origin !== origin) {
      throw new ConfigError('CORS_ORIGINS', `expected exact origins such as https://app.example.com, got "${origin}"`);
    }
  }
  const trustProxy = list(read('TRUST_PROXY'));
  for (const entry of trustProxy ?? []) {
    if (!isAddressOrCidr(entry) && !PROXY_RANGE_NAMES.includes(entry)) {
      throw new ConfigError('TRUST_PROXY', `expected IP addresses or CIDRs (e.g. 10.0.0.0/8), got "${entry}"`);
    }
  }
  const requireTokenType = read('AUTH_REQUIRE_TOKEN_TYPE') ?? null;
  if (requireTokenType !== null && !/^[A-Za-z0-9!#$&^_.+-]+(?:\/[A-Za-z0-9!#$&^_.+-]+)?$/.test(requireTokenType)) {
    throw new ConfigError('AUTH_REQUIRE_TOKEN_TYPE', `expected a token type such as at+jwt, got "${requireTokenType}"`);
  }
  const perMinute = (name: string, fallback: string) => integer(name, read(name) ?? fallback, 0, MAX_REQUESTS_A_MINUTE);
  return {
    corsOrigins,
    rateLimits: Object.freeze({
      reads: perMinute('ROSTER_RATE_LIMIT_READS', '1200'),
      writes: perMinute('ROSTER_RATE_LIMIT_WRITES', '120'),
      anonymous: perMinute('ROSTER_RATE_LIMIT_ANONYMOUS', '300'),
    }),
    trustProxy,
    requireTokenType,
  };
}

function isAddressOrCidr(value: string): boolean {
  const [address = '', prefix, ...rest] = value.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

function parseDatabaseUrl(value: string): DatabaseConfig {
  if (value.startsWith('sqlite:')) {
    const path = value.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (path === '')
      throw new ConfigError('DATABASE_URL', 'sqlite: needs a path, e.g. sqlite:./data/roster.db or sqlite::memory:');
    return { engine: 'sqlite', path: path === ':memory:' ? path : resolve(path) };
  }
  if (/^postgres(ql)?:\/\//.test(value)) {
    try {
      new URL(value);
    } catch {
      throw new ConfigError('DATABASE_URL', 'not a valid postgres:// URL');
    }
    return { engine: 'postgres', url: value };
  }
  const scheme = value.includes(':') ? value.slice(0, value.indexOf(':')) : value;
  throw new ConfigError('DATABASE_URL', `unknown scheme "${scheme}" (expected sqlite: or postgres://)`);
}

function integer(name: string, value: string, min: number, max: number): number {
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new ConfigError(name, `expected an integer from ${min} to ${max}, got "${value}"`);
  }
  return Number(value);
}

function url(name: string, value: string): string {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ConfigError(name, `expected an http(s) URL, got "${value}"`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new ConfigError(name, `expected an http(s) URL, got "${value}"`);
  }
  return value;
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ConfigError(name, `expected one of ${allowed.join(', ')}, got "${value}"`);
  }
  return value as T;
}

function list(value: string | undefined): readonly string[] | null {
  if (!value) return null;
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  return items.length === 0 ? null : Object.freeze(items);
}
