import type { FastifyPluginAsync } from 'fastify';
import type { Config } from '../../../config/config.ts';
import { RosterError } from '../../../domain/roster-error.ts';
import type { DevIssuer } from '../../../identity/dev-issuer.ts';
import type { Callers } from '../../callers.ts';
import { loadConsoleAssets } from './console-assets.ts';
import { consoleCsp } from './console-csp.ts';
import { devTokenRoute } from './dev-token-route.ts';

export interface ConsoleRoutesOptions {
  config: Config;
  devIssuer: DevIssuer | null;
  /** Provisions the demo user a dev-issuer sign-in names, as their first request anywhere would. */
  callers: Callers;
}

/** What the page needs to sign in; served as JSON because the console runs no inline script. */
export interface ConsoleSettings {
  mode: 'dev' | 'issuer';
  issuer: string | null;
  clientId: string | null;
  /** Sent as `resource` (RFC 8707) so the issuer mints an access token for Roster's audience. */
  resource: string | null;
  scope: string;
}

const pageSchema = { tags: ['console'], summary: 'The admin console (HTML)' } as const;
const assetSchema = { tags: ['console'], summary: "The console's scripts and styles" } as const;
const settingsSchema = {
  tags: ['console'],
  summary: 'What the console needs to sign in: mode, issuer, client id, resource',
} as const;

/**
 * The admin console at `/console`: static ES modules and CSS (no build step), its settings, and —
 * in dev-issuer mode only — the demo sign-in. The console itself calls only the admin API.
 */
export const consoleRoutes: FastifyPluginAsync<ConsoleRoutesOptions> = async (app, { config, devIssuer, callers }) => {
  const assets = await loadConsoleAssets();
  const csp = consoleCsp(config.auth.mode === 'issuer' ? config.auth.issuer : null);
  const settings: ConsoleSettings = {
    mode: config.auth.mode,
    issuer: config.auth.mode === 'issuer' ? config.auth.issuer : null,
    clientId: config.consoleClientId,
    resource: config.audience?.[0] ?? null,
    scope: 'openid profile email',
  };

  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('content-security-policy', csp);
    return payload;
  });

  const send = (name: string) => {
    const asset = assets.get(name);
    if (!asset) throw new RosterError('NotFound', `No console file ${name}`);
    return asset;
  };
  app.get('/console', { schema: pageSchema }, async (_request, reply) => {
    const page = send('index.html');
    return reply.type(page.contentType).header('cache-control', 'no-cache').send(page.body);
  });
  app.get<{ Params: { '*': string } }>('/console/assets/*', { schema: assetSchema }, async (request, reply) => {
    const asset = send(request.params['*']);
    return reply.type(asset.contentType).header('cache-control', 'no-cache').send(asset.body);
  });
  app.get('/console/settings.json', { schema: settingsSchema }, async (_request, reply) => {
    reply.header('cache-control', 'no-cache');
    return settings;
  });
  if (devIssuer) await app.register(devTokenRoute, { devIssuer, metadataClaim: config.metadataClaim, callers });
};
