import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as oauth from 'oauth4webapi';
import { pino } from 'pino';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadConfig } from '../../../src/config/config.ts';
import { openRoster, type Roster } from '../../../src/roster.ts';
import { ADMIN_TOKEN } from '../../helpers/admin.ts';
import { launchChromium, seriousAxeViolations, watchProblems } from './console-browser-helpers.ts';
import { startOidcIssuer, type OidcIssuer } from './oidc-issuer.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const AUDIENCE = 'https://roster.test/api';
const CONSOLE_CLIENT = 'roster-console';
const APP_CLIENT = 'test-app';
// `ROSTER_UPDATE_SCREENSHOTS=1` also writes the README's screenshots.
const SCREENSHOTS = process.env.ROSTER_UPDATE_SCREENSHOTS === '1' ? join(ROOT, 'docs/images') : null;
const insecure = { [oauth.allowInsecureRequests]: true };

describe('the console against a real OpenID provider, in headless Chromium', () => {
  let workDir: string;
  let roster: Roster;
  let rosterUrl: string;
  let issuer: OidcIssuer;
  let browser: Browser;
  let appCallback: Server;
  let appCallbackUrl: string;

  before(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'roster-console-oidc-'));
    // Roster's port must be known before the issuer registers the console's redirect URI, and
    // the issuer's URL before Roster is configured: reserve Roster's port first.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    rosterUrl = `http://127.0.0.1:${port}`;
    appCallback = createServer((_request, response) => response.end('signed in'));
    await new Promise<void>((resolve) => appCallback.listen(0, '127.0.0.1', resolve));
    appCallbackUrl = `http://127.0.0.1:${(appCallback.address() as AddressInfo).port}/callback`;
    issuer = await startOidcIssuer({
      audience: AUDIENCE,
      clients: [
        { clientId: CONSOLE_CLIENT, redirectUris: [`${rosterUrl}/console`] },
        { clientId: APP_CLIENT, redirectUris: [appCallbackUrl] },
      ],
    });
    const config = loadConfig({
      DATABASE_URL: 'sqlite::memory:',
      ROSTER_DATA_DIR: join(workDir, 'data'),
      AUTH_ISSUER: issuer.url,
      AUTH_AUDIENCE: AUDIENCE,
      ROSTER_CONSOLE_CLIENT_ID: CONSOLE_CLIENT,
      ROSTER_ADMIN_TOKEN: ADMIN_TOKEN,
      LOG_LEVEL: 'silent',
    });
    roster = await openRoster(config, pino({ level: 'silent' }));
    await roster.app.listen({ port, host: '127.0.0.1' });
    browser = await launchChromium();
    if (SCREENSHOTS) await mkdir(SCREENSHOTS, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await roster?.app.close();
    await issuer?.close();
    appCallback?.close();
    await rm(workDir, { recursive: true, force: true });
  });

  async function api(method: string, path: string, token: string, body?: object) {
    const response = await fetch(`${rosterUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    assert.ok(response.ok, `${method} ${path} → ${response.status} ${await response.clone().text()}`);
    return response.status === 204 ? null : response.json();
  }
  const asAdminToken = (method: string, path: string, body?: object) => api(method, path, ADMIN_TOKEN, body);

  /** Logs in at the provider's dev interaction pages (login, then consent when asked). */
  async function logInAtIssuer(page: Page, login: string): Promise<void> {
    await page.waitForSelector('input[name=login]');
    await page.fill('input[name=login]', login);
    await page.fill('input[name=password]', 'any');
    await page.click('button[type=submit]');
    const consent = await page
      .waitForSelector('button[autofocus], button[type=submit]', { timeout: 5000 })
      .catch(() => null);
    if (consent && page.url().startsWith(issuer.url)) await consent.click();
  }

  /** A real access token for `login`, through the provider's code flow with PKCE, as an app would get it. */
  async function appToken(context: BrowserContext, login: string): Promise<string> {
    const issuerUrl = new URL(issuer.url);
    const as = await oauth.processDiscoveryResponse(issuerUrl, await oauth.discoveryRequest(issuerUrl, insecure));
    const client = { client_id: APP_CLIENT };
    const verifier = oauth.generateRandomCodeVerifier();
    const state = oauth.generateRandomState();
    const authorize = new URL(as.authorization_endpoint!);
    authorize.search = new URLSearchParams({
      client_id: APP_CLIENT,
      redirect_uri: appCallbackUrl,
      response_type: 'code',
      scope: 'openid email profile',
      code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      resource: AUDIENCE,
    }).toString();
    const page = await context.newPage();
    await page.goto(authorize.href);
    await logInAtIssuer(page, login);
    await page.waitForURL((url) => url.href.startsWith(appCallbackUrl));
    const params = oauth.validateAuthResponse(as, client, new URL(page.url()), state);
    const response = await oauth.authorizationCodeGrantRequest(
      as,
      client,
      oauth.None(),
      params,
      appCallbackUrl,
      verifier,
      {
        ...insecure,
        additionalParameters: { resource: AUDIENCE },
      },
    );
    const result = await oauth.processAuthorizationCodeResponse(as, client, response);
    await page.close();
    return result.access_token;
  }

  async function shoot(page: Page, name: string): Promise<void> {
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, `console-${name}.png`), fullPage: true });
  }

  test('signs in with PKCE, creates an organization, adds a member, sees as them and watches a revoke', async () => {
    // The admin and the member sign in to an app first, which provisions them; the admin is then made a platform admin.
    const admin = await appToken(await browser.newContext(), 'admin@example.com');
    const adminId = (await api('GET', '/api/users/me', admin)).data.id;
    await asAdminToken('PUT', `/api/admin/users/${adminId}/platform-admin`);
    const memberContext = await browser.newContext();
    const member = await appToken(memberContext, 'mia@example.com');
    const before = (await api('GET', '/api/users/me', member)).data;
    assert.equal(before.role, null);
    await asAdminToken('POST', '/api/admin/permissions', { key: 'projects:edit' });
    await asAdminToken('POST', '/api/admin/permissions', { key: 'reports:read' });
    await asAdminToken('POST', '/api/admin/roles', {
      key: 'editor',
      name: 'Editor',
      rank: 40,
      color: '#1565C0',
      scope: 'organization',
      permissions: ['projects:edit'],
    });
    await asAdminToken('POST', `/api/admin/users/${before.id}/permissions`, { key: 'reports:read' });

    const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
    const page = await context.newPage();
    const problems = watchProblems(page, rosterUrl);
    const adminCalls: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === rosterUrl && url.pathname.startsWith('/api/')) adminCalls.push(url.pathname);
    });
    await page.goto(`${rosterUrl}/console`);
    await page.click('#sign-in');
    await logInAtIssuer(page, 'admin@example.com');
    await page.waitForSelector('#nav:not([hidden])');
    assert.match(String(await page.textContent('#who-name')), /admin@example\.com/);
    assert.equal(new URL(page.url()).search, '', 'the code leaves the address bar');
    assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length]), [0, 0]);

    // Create an organization.
    await page.fill('#create-organization input[name=name]', 'Initech Labs');
    assert.equal(await page.inputValue('#create-organization input[name=slug]'), 'initech-labs');
    await page.click('#create-organization button[type=submit]');
    await page.waitForSelector('h2:has-text("Initech Labs")');
    const organizationId = page.url().split('/').pop()!;

    // Add the member with a role (its rank and colour shown); their very next /me request sees it.
    await page.fill('#member-who', 'mia@example.com');
    await page.check('#add-member label:has-text("Editor · rank 40") input');
    await page.click('#add-member button[type=submit]');
    await page.waitForSelector('table:has-text("mia@example.com") .role-badge:has-text("Editor")');
    const after = (await api('GET', '/api/users/me', member)).data;
    assert.equal(after.tenantId, organizationId);
    assert.equal(after.role, 'editor');
    assert.ok(after.permissions.includes('projects:edit'));
    assert.deepEqual(await seriousAxeViolations(page), []);
    await shoot(page, 'organization');

    // "See as this user": their organizations and the permission check with its source.
    await page.click('a:has-text("mia@example.com")');
    await page.waitForSelector('#see-as');
    await shoot(page, 'user');
    await page.click('#see-as');
    await page.waitForSelector('#access-organizations section[aria-label="Initech Labs"]');
    assert.match(String(await page.textContent('#access-organizations')), /projects:edit/);
    const check = async (permission: string) => {
      await page.fill('#check-permission', permission);
      await page.click('#check-form button[type=submit]');
      await page.waitForSelector(`#check-results tr:has-text("${permission}")`);
      return page.$eval(`#check-results tbody tr:first-child`, (row) => [
        row.querySelector('[data-allowed]')?.getAttribute('data-allowed'),
        row.querySelector('[data-source]')?.getAttribute('data-source') ?? null,
      ]);
    };
    assert.deepEqual(await check('projects:edit'), ['true', 'organization']);
    assert.deepEqual(await check('reports:read'), ['true', 'global']);
    assert.deepEqual(await check('billing:manage'), ['false', null]);
    assert.deepEqual(await seriousAxeViolations(page), []);
    await shoot(page, 'see-as-user');

    // Revoke the global grant from the user's page (confirmed in a dialog); the check turns false.
    await page.goto(`${rosterUrl}/console#/users/${before.id}`);
    await page.click('button:has-text("Revoke reports:read")');
    await page.waitForSelector('dialog#confirm[open]');
    await page.click('#confirm-ok');
    await page.waitForSelector('text=No global permissions.');
    await page.goto(`${rosterUrl}/console#/users/${before.id}/access`);
    await page.waitForSelector('#check-form');
    assert.deepEqual(await check('reports:read'), ['false', null]);
    assert.equal((await api('GET', '/api/users/me', member)).data.permissions.includes('reports:read'), false);

    // The other screens render; the list and matrix too, for the README.
    for (const [hash, ready, name] of [
      ['#/organizations', 'text=Initech Labs', 'organizations'],
      ['#/roles', 'table.matrix', 'roles'],
      ['#/audit', 'text=membership.created', 'audit'],
    ] as const) {
      await page.goto(`${rosterUrl}/console${hash}`);
      await page.waitForSelector(ready);
      assert.deepEqual(await seriousAxeViolations(page), [], name);
      await shoot(page, name);
    }
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(`${rosterUrl}/console#/organizations/${organizationId}`);
    await page.waitForSelector('table:has-text("mia@example.com")');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.ok(overflow <= 0, `no sideways scrolling at phone width (${overflow}px)`);
    await shoot(page, 'phone');

    assert.deepEqual(problems, [], 'no script error or CSP refusal');
    assert.ok(
      adminCalls.length > 0 && adminCalls.every((path) => path.startsWith('/api/admin/')),
      adminCalls.join(', '),
    );
  });
});
