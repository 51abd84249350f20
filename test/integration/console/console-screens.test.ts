import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import type { Browser, Page } from 'playwright-core';
import { loadConfig } from '../../../src/config/config.ts';
import { openRoster, type Roster } from '../../../src/roster.ts';
import { seedDemo } from '../../../src/services/demo-seed.ts';
import { ADMIN_TOKEN } from '../../helpers/admin.ts';
import { launchChromium, seriousAxeViolations, watchProblems } from './console-browser-helpers.ts';

describe('the console screens, driven from the keyboard and the mouse (dev issuer, headless Chromium)', () => {
  let workDir: string;
  let roster: Roster;
  let url: string;
  let browser: Browser;
  let receiver: Server;
  let receiverUrl: string;
  let page: Page;
  let problems: string[];
  before(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'roster-console-screens-'));
    receiver = createServer((_request, response) => response.end('ok'));
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
    const config = loadConfig({
      DATABASE_URL: 'sqlite::memory:',
      ROSTER_DATA_DIR: join(workDir, 'data'),
      ROSTER_ADMIN_TOKEN: ADMIN_TOKEN,
      ROSTER_WEBHOOKS_ALLOW_INSECURE: 'true',
      ROSTER_WEBHOOKS_RETRY_DELAYS_MS: '1000',
      LOG_LEVEL: 'silent',
    });
    roster = await openRoster(config, pino({ level: 'silent' }));
    await roster.app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(roster.app.server.address() as AddressInfo).port}`;
    await seedDemo(
      { db: roster.database.db, changeBus: roster.changeBus, clock: () => new Date(), actor: 'test' },
      () => {},
    );
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    problems = watchProblems(page, url);
    // Keyboard only: the email field is focused by Tab, Enter submits.
    await page.goto(`${url}/console`);
    await page.focus('#dev-email');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#nav:not([hidden])');
  });
  after(async () => {
    await browser?.close();
    await roster?.app.close();
    receiver?.close();
    await rm(workDir, { recursive: true, force: true });
  });

  async function admin(method: string, path: string, body?: object) {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    assert.ok(response.ok, `${method} ${path} → ${response.status}`);
    return response.status === 204 ? null : response.json();
  }
  const organizationBySlug = async (slug: string) =>
    (await admin('GET', '/api/admin/organizations?limit=200')).data.find((org: { slug: string }) => org.slug === slug);

  test('organizations paginate with "Load more", search the loaded pages, and confirm before suspending', async () => {
    for (let index = 0; index < 26; index += 1) {
      await admin('POST', '/api/admin/organizations', {
        name: `Tenant ${String(index).padStart(2, '0')}`,
        slug: `tenant-${index}`,
      });
    }
    await page.goto(`${url}/console#/organizations`);
    await page.waitForSelector('text=Acme Learning');
    const rows = () => page.$$eval('main table tbody tr', (trs) => trs.length);
    assert.equal(await rows(), 25);
    await page.click('button:has-text("Load more")');
    await page.waitForFunction(() => document.querySelectorAll('main table tbody tr').length === 28);
    assert.equal(await page.isVisible('button:has-text("Load more")'), false);
    await page.fill('#organization-search', 'globex');
    assert.equal(await rows(), 1);
    await page.fill('#organization-search', '');

    // Cancel leaves it alone (Escape closes the dialog); confirm suspends it.
    await page.click('button:has-text("Suspend Globex Coaching")');
    await page.waitForSelector('dialog#confirm[open]');
    assert.match(String(await page.textContent('#confirm-text')), /Suspend Globex Coaching\?/);
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog#confirm:not([open])', { state: 'attached' });
    assert.equal((await organizationBySlug('globex')).status, 'active');
    await page.click('button:has-text("Suspend Globex Coaching")');
    await page.click('#confirm-ok');
    await page.waitForSelector('button:has-text("Reactivate Globex Coaching")');
    assert.equal((await organizationBySlug('globex')).status, 'suspended');
    assert.deepEqual(await seriousAxeViolations(page), []);
  });

  test("a failed create shows the API's code, message and what to do, and changes nothing", async () => {
    await page.goto(`${url}/console#/organizations`);
    await page.waitForSelector('#create-organization');
    await page.fill('#create-organization input[name=name]', 'Acme again');
    await page.fill('#create-organization input[name=slug]', 'acme');
    await page.click('#create-organization button[type=submit]');
    await page.waitForSelector('.error');
    const text = String(await page.textContent('.error'));
    assert.match(text, /^Conflict: /);
    assert.match(text, /Choose another one/);
    assert.equal(
      (await admin('GET', '/api/admin/organizations?limit=200')).data.filter(
        (o: { name: string }) => o.name === 'Acme again',
      ).length,
      0,
    );
  });

  test('members: change roles, suspend and remove (confirmed)', async () => {
    const acme = await organizationBySlug('acme');
    await page.goto(`${url}/console#/organizations/${acme.id}`);
    await page.waitForSelector('table:has-text("bob@example.com")');
    await page.click('summary:has-text("Change roles of bob@example.com")');
    const row = page.locator('tr', { hasText: 'bob@example.com' });
    await row.getByRole('checkbox', { name: 'Admin · rank 60', exact: true }).check();
    await row.locator('button:has-text("Save roles")').click();
    await page.waitForSelector('tr:has-text("bob@example.com") .role-badge:has-text("Admin")');
    const members = async () => (await admin('GET', `/api/admin/organizations/${acme.id}/members`)).data;
    const bob = async () => {
      const bobId = (await admin('GET', '/api/admin/users?email=bob@example.com')).data[0].id;
      return (await members()).find((m: { userId: string }) => m.userId === bobId);
    };
    assert.ok((await bob()).roles.some((role: { key: string }) => role.key === 'admin'));
    await page.click('button:has-text("Suspend bob@example.com")');
    await page.click('#confirm-ok');
    await page.waitForSelector('button:has-text("Reactivate bob@example.com")');
    assert.equal((await bob()).status, 'suspended');
    await page.click('button:has-text("Remove bob@example.com")');
    await page.click('#confirm-ok');
    await page.waitForSelector('table:not(:has-text("bob@example.com"))');
    assert.equal(await bob(), undefined);
  });

  test("an organization's page invites by email with a role", async () => {
    const globex = await organizationBySlug('globex');
    await page.goto(`${url}/console#/organizations/${globex.id}`);
    await page.waitForSelector('#invite-member');
    await page.fill('#invite-email', 'hank@example.com');
    await page.selectOption('#invite-role', 'coach');
    await page.click('#invite-member button[type=submit]');
    await page.waitForSelector('text=Invited hank@example.com');
    const [invitation] = (await admin('GET', '/api/admin/invitations?email=hank@example.com')).data;
    assert.deepEqual([invitation.organizationId, invitation.role], [globex.id, 'coach']);
  });

  test('the role matrix gives and takes a permission with one click', async () => {
    await page.goto(`${url}/console#/roles`);
    await page.waitForSelector('table.matrix');
    const box = page.getByRole('checkbox', { name: 'Learner may reports:read' });
    assert.equal(await box.isChecked(), false);
    await box.check();
    await page.waitForSelector('text=Learner now has reports:read.');
    const learner = (await admin('GET', '/api/admin/roles?limit=200')).data.find(
      (r: { key: string }) => r.key === 'learner',
    );
    assert.ok(learner.permissions.includes('reports:read'));
    await box.uncheck();
    await page.waitForSelector('text=Learner no longer has reports:read.');
    assert.deepEqual(await seriousAxeViolations(page), []);
  });

  test('invitations: create, list and revoke', async () => {
    await page.goto(`${url}/console#/invitations`);
    await page.waitForSelector('form[aria-label="Invite someone"]');
    await page.fill('form[aria-label="Invite someone"] input[name=email]', 'gina@example.com');
    await page.fill('form[aria-label="Invite someone"] input[name=role]', 'learner');
    await page.click('form[aria-label="Invite someone"] button[type=submit]');
    await page.waitForSelector('button:has-text("Revoke gina@example.com")');
    await page.click('button:has-text("Revoke gina@example.com")');
    await page.click('#confirm-ok');
    await page.waitForSelector('text=Revoked.');
    const left = (await admin('GET', '/api/admin/invitations?email=gina@example.com')).data;
    assert.deepEqual(left, []);
    assert.deepEqual(await seriousAxeViolations(page), []);
  });

  test('webhooks: add one, see its secret once and its deliveries', async () => {
    await page.goto(`${url}/console#/webhooks`);
    await page.waitForSelector('form[aria-label="Add a webhook"]');
    await page.fill('form[aria-label="Add a webhook"] input[name=url]', receiverUrl);
    await page.fill('form[aria-label="Add a webhook"] input[name=events]', 'organization.created');
    await page.click('form[aria-label="Add a webhook"] button[type=submit]');
    await page.waitForSelector('text=Signing secret');
    assert.match(String(await page.textContent('.notice code')), /^whsec_/);
    await admin('POST', '/api/admin/organizations', { name: 'Hooked', slug: 'hooked' });
    await page.waitForFunction(
      async () => {
        const buttons = [...document.querySelectorAll<HTMLButtonElement>('main button')];
        buttons.find((button) => button.textContent === 'Deliveries')?.click();
        await new Promise((resolve) => setTimeout(resolve, 200));
        return document.querySelector('main section')?.textContent?.includes('organization.created') ?? false;
      },
      undefined,
      { polling: 500, timeout: 20_000 },
    );
    assert.match(String(await page.textContent('main')), /Deliveries to/);
  });

  test('the audit log filters by action', async () => {
    await page.goto(`${url}/console#/audit`);
    await page.waitForSelector('table');
    await page.fill('#audit-action', 'organization.updated');
    await page.click('form[aria-label="Filter the audit log"] button[type=submit]');
    await page.waitForSelector('main table tbody tr');
    const actions = await page.$$eval('main table tbody tr td:nth-child(3)', (cells) => [
      ...new Set(cells.map((cell) => cell.textContent)),
    ]);
    assert.deepEqual(actions, ['organization.updated']);
    assert.deepEqual(await seriousAxeViolations(page), []);
    assert.deepEqual(
      problems.filter((problem) => !/status of (409)/.test(problem)),
      [],
      'no script error or CSP refusal',
    );
  });
});
