import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serveBrowserApp, type BrowserAppServer } from '../../../examples/browser-app/serve.ts';
import { loadConfig } from '../../../src/config/config.ts';
import { loadDevIssuer } from '../../../src/identity/dev-issuer.ts';
import { openRoster, type Roster } from '../../../src/roster.ts';
import { seedDemo } from '../../../src/services/demo-seed.ts';
import { ADMIN_TOKEN } from '../../helpers/admin.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// `ROSTER_UPDATE_SCREENSHOT=1` also writes the README's screenshot.
const SCREENSHOT = join(ROOT, 'docs/images/browser-app.png');

/** Builds @roster/client to JavaScript with its own tsc and build config, as `npm run build -w @roster/client` does. */
async function buildClient(outDir: string): Promise<void> {
  const tsc = createRequire(join(ROOT, 'packages/client/package.json')).resolve('typescript/bin/tsc');
  await promisify(execFile)(process.execPath, [
    tsc,
    '-p',
    join(ROOT, 'packages/client/tsconfig.build.json'),
    '--outDir',
    outDir,
  ]);
}

describe('the browser app, in headless Chromium, on a second origin', () => {
  let workDir: string;
  let page: BrowserAppServer;
  let roster: Roster;
  let rosterUrl: string;
  let browser: Browser;
  let bobToken: string;
  let bobId: string;
  before(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'roster-browser-app-'));
    await buildClient(join(workDir, 'client'));
    page = await serveBrowserApp({ clientDir: join(workDir, 'client') });
    const config = loadConfig({
      DATABASE_URL: 'sqlite::memory:',
      ROSTER_DATA_DIR: join(workDir, 'data'),
      CORS_ORIGINS: page.origin,
      ROSTER_ADMIN_TOKEN: ADMIN_TOKEN,
      LOG_LEVEL: 'silent',
    });
    roster = await openRoster(config, pino({ level: 'silent' }));
    await roster.app.listen({ port: 0, host: '127.0.0.1' });
    rosterUrl = `http://127.0.0.1:${(roster.app.server.address() as AddressInfo).port}`;
    await seedDemo(
      { db: roster.database.db, changeBus: roster.changeBus, clock: () => new Date(), actor: 'test' },
      () => {},
    );
    // The dev issuer's token, as `npx roster token --email bob@example.com --sid browser` prints it.
    bobToken = await (await loadDevIssuer(config.dataDir)).sign({ email: 'bob@example.com', sessionId: 'browser' });
    bobId = (await admin('GET', '/api/admin/users?email=bob@example.com')).data[0].id;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  });
  after(async () => {
    await browser?.close();
    await roster?.app.close();
    await page?.close();
    await rm(workDir, { recursive: true, force: true });
  });

  async function admin(method: string, path: string, body?: object) {
    const response = await fetch(`${rosterUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    assert.ok(response.ok, `${method} ${path} → ${response.status}`);
    return response.status === 204 ? null : response.json();
  }

  const visibleActions = (tab: Page) =>
    tab.$$eval('#actions [data-permission]:not([hidden])', (buttons) =>
      buttons.map((button) => button.textContent?.trim()),
    );
  const checkedCount = (tab: Page) =>
    tab.$eval('#actions', (actions) => Number((actions as HTMLElement).dataset.checked));
  /** Clicks, then waits for the next round of permission checks to finish. */
  async function clickAndRecheck(tab: Page, selector: string): Promise<void> {
    const before = await checkedCount(tab);
    await tab.click(selector);
    await tab.waitForSelector(`#actions[data-checked="${before + 1}"]`);
  }

  test('signs in, shows the name and organizations, switches, and hides what a revoked grant allowed', async () => {
    const tab = await browser.newPage({ viewport: { width: 900, height: 760 } });
    const problems: string[] = [];
    tab.on('pageerror', (error) => problems.push(error.message));
    tab.on('console', (message) => void (message.type() === 'error' && problems.push(message.text())));
    const crossOrigin: string[] = [];
    tab.on(
      'request',
      (request) =>
        void (
          request.url().startsWith(rosterUrl) &&
          crossOrigin.push(`${request.method()} ${new URL(request.url()).pathname}`)
        ),
    );

    await tab.goto(`${page.origin}/?roster=${encodeURIComponent(rosterUrl)}`);
    await tab.fill('#token', bobToken);
    await tab.click('#sign-in button[type=submit]');
    await tab.waitForSelector('#actions[data-checked="1"]');
    assert.equal(await tab.textContent('#user-name'), 'Bob Smith');
    const organizations = () =>
      tab.$$eval('#organizations li', (items) =>
        items.map((item) => [
          item.querySelector('.name')?.textContent,
          item.querySelector('.role')?.textContent,
          item.getAttribute('aria-current'),
        ]),
      );
    assert.deepEqual(await organizations(), [
      ['Acme Learning', 'Learner', 'true'],
      ['Globex Coaching', 'Coach', 'false'],
    ]);
    assert.deepEqual(await visibleActions(tab), []);
    assert.equal(await tab.isVisible('#nothing-allowed'), true);

    await clickAndRecheck(tab, 'text=Switch to Globex Coaching');
    assert.deepEqual(await organizations(), [
      ['Acme Learning', 'Learner', 'false'],
      ['Globex Coaching', 'Coach', 'true'],
    ]);
    assert.deepEqual(await visibleActions(tab), ['Grade submissions']);

    const grant = (
      await admin('POST', `/api/admin/users/${bobId}/resource-grants`, {
        resourceType: 'project',
        resourceId: 'apollo',
        role: 'project-owner',
      })
    ).data;
    await admin('POST', `/api/admin/users/${bobId}/permissions`, { key: 'reports:read' });
    await clickAndRecheck(tab, '#check-again');
    assert.deepEqual(await visibleActions(tab), ['Grade submissions', 'Read reports', 'Edit project Apollo']);
    const shot = join(workDir, 'browser-app.png');
    await tab.screenshot({ path: shot, fullPage: true });
    assert.deepEqual([...(await readFile(shot)).subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
    if (process.env.ROSTER_UPDATE_SCREENSHOT === '1') await copyFile(shot, SCREENSHOT);

    await admin('DELETE', `/api/admin/users/${bobId}/resource-grants/${grant.id}`);
    await clickAndRecheck(tab, '#check-again');
    assert.deepEqual(await visibleActions(tab), ['Grade submissions', 'Read reports']);
    await admin('DELETE', `/api/admin/users/${bobId}/permissions/reports:read`);
    await clickAndRecheck(tab, '#check-again');
    assert.deepEqual(await visibleActions(tab), ['Grade submissions']);

    await clickAndRecheck(tab, 'text=Switch to Acme Learning');
    assert.deepEqual(await visibleActions(tab), []);
    assert.deepEqual(problems, [], 'no script error and no blocked request in the page');
    assert.ok(crossOrigin.includes('GET /api/me/permissions/check'), crossOrigin.join(', '));
    assert.ok(crossOrigin.includes('POST /api/me/switch-organization'));
  });

  test("a bad token shows Roster's error, and no Roster answer reaches a page of an origin not allowed", async () => {
    const tab = await browser.newPage();
    await tab.goto(`${page.origin}/?roster=${encodeURIComponent(rosterUrl)}`);
    await tab.fill('#token', `${bobToken}x`);
    await tab.click('#sign-in button[type=submit]');
    await tab.waitForSelector('#error:not([hidden])');
    assert.match(String(await tab.textContent('#error')), /^InvalidToken: /);

    // The same page served from another origin (localhost is not 127.0.0.1 to a browser) is refused by CORS.
    const stranger = await browser.newPage();
    await stranger.goto(`${page.origin.replace('127.0.0.1', 'localhost')}/?roster=${encodeURIComponent(rosterUrl)}`);
    await stranger.fill('#token', bobToken);
    await stranger.click('#sign-in button[type=submit]');
    await stranger.waitForSelector('#error:not([hidden])');
    assert.match(String(await stranger.textContent('#error')), /TypeError|Failed to fetch/);
    assert.equal(await stranger.isVisible('#signed-in'), false);
  });
});
