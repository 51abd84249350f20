import type {
  AuthMe,
  CurrentOrganization,
  MeOrganizations,
  PermissionCheck,
  PermissionCheckResult,
  ProfilePatch,
  SwitchedOrganization,
  UsersMe,
} from './api-types.js';
import { EtagMemory } from './etag-memory.js';
import type { PersonDocument, PersonFieldsets, PersonIncludePath } from './person-document.js';
import { toRosterApiError } from './roster-api-error.js';

/** A bearer token, or a function that gives the current one (an identity provider's `getToken`). */
export type TokenSource = string | (() => string | Promise<string>);

export interface RosterClientOptions {
  /** Where Roster answers, e.g. `https://roster.example.com` (no trailing path needed). */
  baseUrl: string;
  /** The user's access token from your identity provider, or a function returning it (sync or async). */
  token: TokenSource;
  /** The fetch to use; default the global one (browsers, Node 20). */
  fetch?: typeof fetch;
}

/** Where a permission is asked about: an organization (default: the current one), a resource. */
export interface CanOptions {
  organizationId?: string;
  resource?: { type: string; id: string };
}

export interface PersonOptions {
  include?: PersonIncludePath[];
  fields?: PersonFieldsets;
}

/**
 * The client's operations. `Custom` types the custom profile attributes of your
 * `ROSTER_PROFILE_SCHEMA`, which appear beside the built-in ones.
 */
export interface RosterClient<Custom extends object = Record<never, never>> {
  /** `data` of `GET /api/users/me`. */
  usersMe(): Promise<UsersMe & Partial<Custom>>;
  /** `data` of `GET /api/auth/me`. */
  authMe(): Promise<AuthMe>;
  /** `{ organizations, currentOrganizationId }` of `GET /api/me/organizations`. */
  organizations(): Promise<MeOrganizations>;
  /** The session's current organization, or null. */
  currentOrganization(): Promise<CurrentOrganization>;
  /** Makes `organizationId` the current organization of this session; `NotAMember` (403) otherwise. */
  switchOrganization(organizationId: string): Promise<SwitchedOrganization>;
  /** Changes the user's own profile; answers the updated `usersMe()` data. */
  updateProfile(patch: ProfilePatch & Partial<Custom>): Promise<UsersMe & Partial<Custom>>;
  /** The JSON:API document of `GET /api/v1/me`, with `include` and sparse `fields`. */
  person(options?: PersonOptions): Promise<PersonDocument<Custom>>;
  /** May the user do `permission` — here (an organization, a resource)? */
  can(permission: string, options?: CanOptions): Promise<boolean>;
  /** 1–100 checks in one request; the answers come in the same order. */
  checkPermissions(checks: PermissionCheck[]): Promise<PermissionCheckResult[]>;
}

interface Call {
  method: 'GET' | 'POST' | 'PATCH';
  path: string;
  query?: URLSearchParams;
  body?: unknown;
  accept?: string;
}

/**
 * Creates a Roster client. Every non-2xx answer throws a {@link RosterApiError}; every GET
 * remembers its ETag and body per URL and token and revalidates with `If-None-Match`, so an
 * unchanged answer costs a 304 and no parsing.
 *
 * @example
 * const roster = createRosterClient({ baseUrl: 'https://roster.example.com', token: () => auth.getAccessToken() });
 * if (await roster.can('projects:edit', { resource: { type: 'project', id } })) showEditButton();
 */
export function createRosterClient<Custom extends object = Record<never, never>>(
  options: RosterClientOptions,
): RosterClient<Custom> {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const fetchImpl = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const memory = new EtagMemory();

  const tokenNow = async (): Promise<string> => {
    const token = typeof options.token === 'function' ? await options.token() : options.token;
    if (typeof token !== 'string' || token === '') throw new TypeError('The Roster client needs a non-empty token');
    return token;
  };

  const call = async <T>({ method, path, query, body, accept = 'application/json' }: Call): Promise<T> => {
    const token = await tokenNow();
    const search = query?.toString();
    const url = `${baseUrl}${path}${search ? `?${search}` : ''}`;
    const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept };
    const remembered = method === 'GET' ? memory.get(token, url) : undefined;
    if (remembered) headers['if-none-match'] = remembered.etag;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetchImpl(url, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (response.status === 304 && remembered) return structuredClone(remembered.body) as T;
    if (!response.ok) throw await toRosterApiError(response);
    const parsed: unknown = await response.json();
    const etag = response.headers.get('etag');
    if (method === 'GET' && etag) memory.set(token, url, etag, structuredClone(parsed));
    return parsed as T;
  };
  const dataOf = async <T>(request: Call): Promise<T> => (await call<{ data: T }>(request)).data;

  return {
    usersMe: () => dataOf({ method: 'GET', path: '/api/users/me' }),
    authMe: () => dataOf({ method: 'GET', path: '/api/auth/me' }),
    organizations: () => dataOf({ method: 'GET', path: '/api/me/organizations' }),
    currentOrganization: () => dataOf({ method: 'GET', path: '/api/me/current-organization' }),
    switchOrganization: (organizationId) =>
      dataOf({ method: 'POST', path: '/api/me/switch-organization', body: { organizationId } }),
    updateProfile: (patch) => dataOf({ method: 'PATCH', path: '/api/users/me', body: patch }),
    person: ({ include, fields } = {}) => {
      const query = new URLSearchParams();
      if (include) query.set('include', include.join(','));
      for (const [type, names] of Object.entries(fields ?? {}))
        if (names) query.set(`fields[${type}]`, names.join(','));
      return call({ method: 'GET', path: '/api/v1/me', query, accept: 'application/vnd.api+json' });
    },
    can: async (permission, { organizationId, resource } = {}) => {
      const query = new URLSearchParams({ permission });
      if (organizationId !== undefined) query.set('organizationId', organizationId);
      if (resource) {
        query.set('resourceType', resource.type);
        query.set('resourceId', resource.id);
      }
      return (await dataOf<PermissionCheckResult>({ method: 'GET', path: '/api/me/permissions/check', query })).allowed;
    },
    checkPermissions: async (checks) =>
      (
        await dataOf<{ results: PermissionCheckResult[] }>({
          method: 'POST',
          path: '/api/me/permissions/check',
          body: { checks },
        })
      ).results,
  };
}
