// The admin API, called with the signed-in admin's access token (held in memory only).

let accessToken = null;

export function setToken(token) {
  accessToken = token;
}
export function hasToken() {
  return accessToken !== null;
}

/** An admin API answer that was not a success, carrying the API's own code, message and details. */
export class ApiError extends Error {
  constructor(status, body) {
    const error = body?.error ?? {};
    super(error.message ?? `The admin API answered ${status}`);
    this.status = status;
    this.code = error.code ?? `HTTP ${status}`;
    this.details = error.details;
    this.hint = hintFor(status, error.code);
  }
}

function hintFor(status, code) {
  if (status === 401) return 'Your sign-in has expired or was refused. Sign out and sign in again.';
  if (status === 403) return 'Your account is neither a platform admin nor a holder of roster:admin.';
  if (status === 429) return 'Too many requests: wait a moment and try again.';
  if (status === 503) return 'Roster cannot reach its database or the identity provider right now. Try again shortly.';
  if (code === 'ValidationFailed' || code === 'InvalidParameter')
    return 'Correct the fields named below and try again.';
  if (status === 409) return 'Something with that key, slug or email already exists. Choose another one.';
  return null;
}

/** Calls `/api/admin{path}`; returns the parsed body (null for 204) or throws ApiError. */
export async function admin(method, path, body) {
  if (!path.startsWith('/')) throw new TypeError('admin path must start with /');
  const headers = { authorization: `Bearer ${accessToken}` };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`/api/admin${path}`, {
    method,
    headers,
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  if (response.status === 204) return null;
  const parsed = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, parsed);
  return parsed;
}

/** Builds a query string from the defined, non-empty values. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Every page of a list (for small lookups such as roles and permissions). */
export async function listAll(path, params = {}) {
  let items = [];
  let cursor = null;
  do {
    const page = await admin('GET', `${path}${query({ ...params, limit: 200, cursor })}`);
    items = items.concat(page.data);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}
