import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logIn } from '../support/browser.ts';
import { type DemoApp, startDemoApp } from '../support/demo-app.ts';
import { HOSTILE_NAME, insertHostilePerson } from '../support/hostile-person.ts';

describe('hostile names and reasoning in a real browser', () => {
  let app: DemoApp;
  let browser: Browser;
  let personId: number;
  beforeAll(async () => {
    [app, browser] = await Promise.all([startDemoApp('pglite'), launchBrowser()]);
    ({ personId } = await insertHostilePerson(app.database.db));
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  /** A page that records every dialog (alert) and every injected element. */
  async function watchedPage(): Promise<{ page: Page; dialogs: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss(); });
    return { page, dialogs };
  }

  it('when the coordinator opens Ventelister and the person page, then no script runs and the texts are visible as written', async () => {
    const { page, dialogs } = await watchedPage();
    await logIn(page, app.server.url, 'koordinator');
    await page.goto(`${app.server.url}/ventelister?ko=korttid`);
    await expect(page.getByRole('cell', { name: HOSTILE_NAME }).isVisible()).resolves.toBe(true);

    await page.goto(`${app.server.url}/personer/${personId}`);
    await expect(page.getByText('<b id="injected">fet</b>', { exact: false }).first().isVisible()).resolves.toBe(true);
    expect(await page.locator('#injected').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('when the admin reads the log of the person, then no script runs and the name is visible', async () => {
    const { page, dialogs } = await watchedPage();
    await logIn(page, app.server.url, 'admin');
    await page.goto(`${app.server.url}/admin/logg?person=${personId}`);
    await expect(page.getByText(HOSTILE_NAME).first().isVisible()).resolves.toBe(true);
    // The changed fields are listed on the page itself (no «Vis» to open since the log reads as Norwegian).
    expect(await page.locator('#injected').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });
});
