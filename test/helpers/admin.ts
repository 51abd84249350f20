import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { startTestApp, type TestApp } from './app.ts';
import type { Engine } from './databases.ts';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';

/** A test app with `ROSTER_ADMIN_TOKEN` set, and a shortcut for admin-token requests. */
export interface AdminTestApp extends TestApp {
  /** A request with the admin token; `payload` is sent as JSON. */
  admin(
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    payload?: unknown,
  ): Promise<LightMyRequestResponse>;
  /** POSTs and returns `data` of a 201, failing loudly otherwise. */
  create<T = Record<string, any>>(url: string, payload: unknown): Promise<T>;
}

export async function startAdminTestApp(engine: Engine, env: Record<string, string> = {}): Promise<AdminTestApp> {
  const roster = await startTestApp(engine, { env: { ROSTER_ADMIN_TOKEN: ADMIN_TOKEN, ...env } });
  const admin = adminRequests(roster.app);
  return { ...roster, admin, create: creating(admin) };
}

/** Admin-token requests to `app` (see {@link AdminTestApp.admin}). */
export function adminRequests(app: FastifyInstance): AdminTestApp['admin'] {
  return (method, url, payload) =>
    app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
}

/** {@link AdminTestApp.create} over admin-token requests. */
export function creating(admin: AdminTestApp['admin']): AdminTestApp['create'] {
  return async (url, payload) => {
    const response = await admin('POST', url, payload);
    if (response.statusCode !== 201) throw new Error(`POST ${url} → ${response.statusCode} ${response.body}`);
    return response.json().data;
  };
}
