/** Oppgaver in a browser: the coordinator's start page, dismissing with htmx (focus and announcements), the badge, 320 px. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { logIn } from '../support/browser.ts';
import { useBrowserApp } from '../support/browser-app.ts';
import { testDrivers } from '../support/databases.ts';

const urgentInNav = async (page: Page) =>
  Number((await page.locator('#nav-oppgaver .nav-badge').textContent()) ?? 0);

async function announced(page: Page, region: '#live-status' | '#live-alert', pattern: RegExp): Promise<string> {
  await page.waitForFunction(([sel, src]) => new RegExp(src).test(document.querySelector(sel)?.textContent ?? ''), [region, pattern.source] as const);
  return (await page.locator(region).textContent())!;
}

describe.each(testDrivers)('Oppgaver in the browser on %s', (driver) => {
  const ctx = useBrowserApp(driver);

  it('when the coordinator logs in, then the morning starts on Oppgaver, and the navigation says how many items are urgent', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await logIn(page, ctx.app.server.url, 'koordinator');
    expect(new URL(page.url()).pathname).toBe('/oppgaver');
    await expect(page.getByRole('heading', { level: 1, name: 'Oppgaver' }).isVisible()).resolves.toBe(true);
    const link = page.getByRole('link', { name: /^Oppgaver \d+ som haster$/ });
    expect(await link.count()).toBe(1);
    for (const group of ['Forfalt', 'I dag', 'Snart', 'Rettinger']) expect(await page.getByRole('heading', { level: 2, name: new RegExp(`^${group} \\(\\d+\\)$`) }).count()).toBe(1);
    await page.screenshot({ path: `screenshots/oppgaver-${driver}.png`, fullPage: true });
    await page.close();
  });

  it('when an item is dismissed without and then with a reason, then focus and announcements follow, and the badge counts one less', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await logIn(page, ctx.app.server.url, 'koordinator');
    const before = await urgentInNav(page);
    const item = page.locator('[data-urgency="overdue"] .task-item').first();
    const name = (await item.locator('h3').textContent())!;
    await item.locator('summary').click();
    await item.getByRole('button', { name: 'Avvis oppgaven' }).click();
    await announced(page, '#live-alert', /Skriv hvorfor oppgaven avvises/);
    const field = page.locator('[aria-invalid="true"]');
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    await field.fill('Avklart med sykehuset på telefon');
    await page.keyboard.press('Enter');
    await page.locator('.ds-alert', { hasText: `Avvist: ${name}` }).waitFor();
    expect(await announced(page, '#live-status', /Avvist:/)).toContain(name);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('ds-alert'))).toBe(true);
    expect(await urgentInNav(page)).toBe(before - 1);
    await page.close();
  });

  it('when Oppgaver opens 320 px wide with every form unfolded, then it does not scroll sideways', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 320, height: 700 } });
    await logIn(page, ctx.app.server.url, 'koordinator');
    await page.goto(`${ctx.app.server.url}/oppgaver?avviste=ja`);
    await page.evaluate(() => { for (const details of document.querySelectorAll('details')) details.open = true; });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.screenshot({ path: `screenshots/oppgaver-320-${driver}.png` });
    await page.close();
  });
});
