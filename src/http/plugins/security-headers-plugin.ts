import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/**
 * Helmet's defaults, tightened for a JSON API: nothing may be framed, fetched or run from an
 * answer (`default-src 'none'`, `frame-ancestors 'none'` and `X-Frame-Options: DENY`), and no
 * `Referer` leaves a page. `nosniff` and the absence of `X-Powered-By` are Helmet's own defaults.
 */
const HELMET_OPTIONS = {
  contentSecurityPolicy: {
    useDefaults: false as const,
    directives: {
      'default-src': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
      'frame-ancestors': ["'none'"],
    },
  },
  frameguard: { action: 'deny' as const },
  referrerPolicy: { policy: 'no-referrer' as const },
};

/**
 * The CSP of the `/docs` page (Swagger UI): its own scripts, styles and images, and still never
 * framed. Pass it as `@fastify/swagger-ui`'s `staticCSP`, which replaces the API's CSP there.
 */
export const DOCS_CSP = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'font-src': ["'self'", 'data:'],
  'frame-ancestors': ["'none'"],
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'form-action': ["'self'"],
};

const BEARER_TOKEN = /^\s*bearer\s+\S/i;

const applyHelmet = helmet(HELMET_OPTIONS);

/**
 * The headers Helmet sets with {@link HELMET_OPTIONS}, read once by running it against a
 * recording response. They depend on the options alone, so every answer gets this same set;
 * running Helmet on each request (as `@fastify/helmet` does, rebuilding its middleware from the
 * options every time) cost a tenth of a warm `/me` request's CPU.
 */
const HELMET_HEADERS: Readonly<Record<string, string>> = (() => {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: string) => {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader: () => {},
  };
  applyHelmet({} as IncomingMessage, recorder as unknown as ServerResponse, () => {});
  return Object.freeze(headers);
})();

/**
 * Security headers on every answer (Helmet's, see {@link HELMET_HEADERS}; Node sends no
 * `X-Powered-By`), `Cache-Control: no-store` on every 401 and 403, and the
 * `WWW-Authenticate: Bearer realm="roster"` challenge on every 401 — with
 * `error="invalid_token"` when the request presented a bearer token (RFC 6750, section 3).
 * A route family with a page of its own (the console, `/docs`) sets its own CSP over this one.
 */
export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(HELMET_HEADERS);
    done();
  });
  app.addHook('onSend', (request, reply, payload, done) => {
    const status = reply.statusCode;
    if (status === 401 || status === 403) reply.header('cache-control', 'no-store');
    if (status === 401) {
      const error = presentsBearerToken(request.raw.rawHeaders) ? ', error="invalid_token"' : '';
      reply.header('www-authenticate', `Bearer realm="roster"${error}`);
    }
    done(null, payload);
  });
}

function presentsBearerToken(rawHeaders: readonly string[]): boolean {
  for (let index = 0; index < rawHeaders.length; index += 2) {
    if (rawHeaders[index]!.toLowerCase() === 'authorization' && BEARER_TOKEN.test(rawHeaders[index + 1]!)) return true;
  }
  return false;
}

/** The same headers on an answer written outside the hooks (Fastify's framework errors). */
export function applySecurityHeaders(_request: IncomingMessage, response: ServerResponse): void {
  for (const [name, value] of Object.entries(HELMET_HEADERS)) response.setHeader(name, value);
}
