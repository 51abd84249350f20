import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import type { FastifySwaggerUiOptions } from '@fastify/swagger-ui';
import { documentRoute } from './route-documentation.ts';

const DESCRIPTION = [
  'Who is this user, which organizations are they in, and what may they do there?',
  '',
  'Every `/api/*` route takes an access token from your identity provider as `Authorization: Bearer <token>`.',
  'The `/me` families answer for the caller; `/api/admin/*` manages everyone (a platform admin, a holder of',
  '`roster:admin`, or `ROSTER_ADMIN_TOKEN`). Errors come in the shape of each family; see the README.',
].join('\n');

/** The tags in the order a reader meets them: the caller's own routes first, admin, then operations. */
const TAGS = [
  { name: 'users-me', description: '`/api/users/me`: the current user as one plain JSON object' },
  { name: 'auth', description: '`/api/auth/me`: the current user with platform standing and memberships' },
  { name: 'me', description: "`/api/me/*`: the caller's organizations and the session's current one" },
  { name: 'json-api', description: '`/api/v1/*`: the caller as a JSON:API 1.1 document (include, sparse fieldsets)' },
  { name: 'admin', description: '`/api/admin/*`: organizations, roles, permissions, users, memberships, grants…' },
  { name: 'operations', description: 'Health, readiness, metrics and the dev issuer keys (no token needed)' },
];

/** @fastify/swagger: an OpenAPI 3.1 document of every route, with {@link documentRoute} applied. */
export function openapiOptions(version: string): FastifyDynamicSwaggerOptions {
  return {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Roster API', version, description: DESCRIPTION, license: { name: 'MIT', identifier: 'MIT' } },
      tags: TAGS,
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    },
    transform: ({ schema, url, route }) => {
      const method = (Array.isArray(route.method) ? route.method[0] : route.method) ?? 'GET';
      const family = route.config?.errorFamily ?? 'plain';
      const documented = documentRoute(method, url, schema as Record<string, unknown> | undefined, family);
      return { schema: documented as typeof schema, url };
    },
  };
}

const LOGO = `<svg xmlns="http://www.w3.org/2000/svg" width="150" height="40" viewBox="0 0 150 40">
<rect x="2" y="6" width="28" height="28" rx="6" fill="#3F51B5"/>
<path d="M9 14h14M9 20h14M9 26h9" stroke="#fff" stroke-width="3" stroke-linecap="round"/>
<text x="38" y="28" font-family="system-ui, sans-serif" font-size="22" font-weight="600" fill="#fff">Roster API</text>
</svg>`;

const ICON = `<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32">
<rect width="32" height="32" rx="7" fill="#3F51B5"/>
<path d="M8 11h16M8 16h16M8 21h10" stroke="#fff" stroke-width="3" stroke-linecap="round"/>
</svg>`;

/** @fastify/swagger-ui: the /docs page under Roster's name. */
export const docsPageOptions: FastifySwaggerUiOptions = {
  routePrefix: '/docs',
  theme: {
    title: 'Roster API',
    favicon: [{ filename: 'roster.svg', rel: 'icon', type: 'image/svg+xml', sizes: 'any', content: Buffer.from(ICON) }],
  },
  logo: { type: 'image/svg+xml', content: Buffer.from(LOGO), href: '/docs', target: '_self' },
  uiConfig: { docExpansion: 'list', deepLinking: true, tryItOutEnabled: false, displayOperationId: true },
};
