import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import type { Browser } from 'playwright-core';
import { loadConfig } from '../../../src/config/config.ts';
import { openRoster, type Roster } from '../../../src/roster.ts';
import { seedDemo } from '../../../src/services/demo-seed.ts';
import { ADMIN_TOKEN } from '../../helpers/admin.ts';
import { launchChromium, seriousAxeViolations, watchProblems } from './console-browser-helpers.ts';

describe('the console in dev-issuer mode, in headless Chromium', () => {
  let workDir: string;
  let roster: Roster;
  let url: string;
  let browser: Browser;
  before(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'roster-console-dev-'));
    const config = loadConfig({
      ROSTER_ADMIN_TOKEN: ADMIN_TOKEN,
      DATABASE_URL: 'sqlite::memory:',
      ROSTER_DATA_DIR: join(workDir, 'data'),
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
  });
  after(async () => {
    await browser?.close();
    await roster?.app.close();
    await rm(workDir, { recursive: true, force: true });
  });

  test('one click signs in the demo platform admin, who sees the organizations', async () => {
    const page = await browser.newPage();
    const problems = watchProblems(page, url);
    await page.goto(`${url}/console`);
    assert.equal(await page.inputValue('#dev-email'), 'root@example.com');
    await page.click('#dev-sign-in button[type=submit]');
    await page.waitForSelector('#nav:not([hidden])', { timeout: 5000 }).catch(async (e) => {
      console.log(await page.textContent('main'), problems);
      throw e;
    });
    await page.waitForSelector('text=Acme Learning');
    assert.match(String(await page.textContent('#who-name')), /root@example\.com/);
    assert.deepEqual(await seriousAxeViolations(page), []);
    assert.deepEqual(problems, []);
  });

  test('a demo user who is not an admin is told why and how to get access', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}/console`);
    await page.fill('#dev-email', 'bob@example.com');
    await page.click('#dev-sign-in button[type=submit]');
    await page.waitForSelector('#no-access');
    const text = String(await page.textContent('#no-access'));
    assert.match(text, /roster:admin/);
    assert.match(text, /npx roster admin grant --email bob@example\.com/);
    assert.equal(await page.isVisible('#nav'), false);
  });

  test('a holder of the global permission roster:admin gets in too', async () => {
    const headers = { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' };
    const carol = (await (await fetch(`${url}/api/admin/users?email=carol@example.com`, { headers })).json()).data[0];
    const grant = await fetch(`${url}/api/admin/users/${carol.id}/permissions`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ key: 'roster:admin' }),
    });
    assert.equal(grant.status, 201);
    const page = await browser.newPage();
    await page.goto(`${url}/console`);
    await page.fill('#dev-email', 'carol@example.com');
    await page.click('#dev-sign-in button[type=submit]');
    await page.waitForSelector('#nav:not([hidden])');
    await page.waitForSelector('text=Globex Coaching');
  });

  test('an invalid email is refused with the API message and nothing signs in', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}/console`);
    await page.fill('#dev-email', 'not-an-email');
    await page.$eval('#dev-sign-in', (form) => ((form as HTMLFormElement).noValidate = true));
    await page.click('#dev-sign-in button[type=submit]');
    await page.waitForSelector('.error');
    assert.match(String(await page.textContent('.error')), /ValidationFailed/);
    assert.equal(await page.isVisible('#nav'), false);
  });
});
