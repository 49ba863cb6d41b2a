import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logIn } from '../support/browser.ts';
import { type DemoApp, startDemoApp } from '../support/demo-app.ts';

describe('Ventelister in a real browser', () => {
  let app: DemoApp;
  let browser: Browser;
  beforeAll(async () => {
    [app, browser] = await Promise.all([startDemoApp('pglite'), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('when the coordinator logs in and picks a queue, then demo people are listed and the queue swaps in place', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await logIn(page, app.server.url, 'koordinator');
    await expect(page.getByRole('heading', { name: 'Ventelister' })).toBeTruthy();
    const firstRows = await page.locator('#queue-view tbody tr').count();
    expect(firstRows).toBeGreaterThan(5);

    await page.getByRole('link', { name: /^Langtid/ }).click();
    await page.waitForURL(/ko=langtid/);
    await page.locator('h2', { hasText: 'Langtid:' }).waitFor();
    const langtidRows = await page.locator('#queue-view tbody tr').count();
    expect(langtidRows).toBeGreaterThan(5);
    expect(await page.locator('#queue-view .ds-tag[data-color="danger"]').count()).toBeGreaterThan(0);

    mkdirSync('screenshots', { recursive: true });
    await page.screenshot({ path: 'screenshots/ventelister.png', fullPage: false });
    expect(errors).toEqual([]);
  });
});
