/** Nøkkeltall in a browser: the office leader's page, switching period with htmx (focus, live region), axe, 320 px, print. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { audit } from '../support/axe.ts';
import { logIn } from '../support/browser.ts';
import { useBrowserApp } from '../support/browser-app.ts';
import { testDrivers } from '../support/databases.ts';

const serious = async (page: Page) => (await audit(page)).filter((v) => v.impact === 'critical' || v.impact === 'serious');

describe.each(testDrivers)('Nøkkeltall in the browser on %s', (driver) => {
  const ctx = useBrowserApp(driver, undefined, { history: true });

  it('when the office leader logs in and switches to a month with the form, then the figures swap in, the heading has focus and the change is announced', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await logIn(page, ctx.app.server.url, 'kontorleder');
    expect(new URL(page.url()).pathname).toBe('/nokkeltall');
    await page.getByRole('heading', { level: 2, name: 'Nøkkeltall for 2026 (til og med 22. november)' }).waitFor();
    await page.screenshot({ path: 'screenshots/nokkeltall.png', fullPage: true });

    await page.evaluate(() => { (window as unknown as { marker: boolean }).marker = true; });
    await page.getByLabel('Periodetype').selectOption('month');
    await page.getByRole('button', { name: 'Vis' }).click();
    await page.waitForURL(/type=month/);
    await page.getByRole('heading', { level: 2, name: 'Nøkkeltall for november 2026 (til og med 22. november)' }).waitFor();
    await page.getByLabel('Periode', { exact: true }).selectOption('2026-09');
    await page.getByRole('button', { name: 'Vis' }).click();
    await page.waitForURL(/periode=2026-09/);
    const heading = page.getByRole('heading', { level: 2, name: 'Nøkkeltall for september 2026' });
    await heading.waitFor();
    expect(await heading.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.waitForFunction(() => document.getElementById('live-status')?.textContent === 'Viser nøkkeltall for september 2026.');
    expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker)).toBe(true); // swapped, not reloaded

    await page.getByRole('link', { name: /Forrige: august 2026/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Nøkkeltall for august 2026' }).waitFor();
    expect(new URL(page.url()).search).toBe('?periode=2026-08');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('nokkeltall-tittel');
    await page.goBack();
    await page.getByRole('heading', { level: 2, name: 'Nøkkeltall for september 2026' }).waitFor();
    expect(errors).toEqual([]);
    // Last: axe leaves empty style attributes behind, which htmx's history snapshot would carry back in.
    expect(await serious(page)).toEqual([]);
    await page.close();
  }, 120_000);

  it('when Nøkkeltall opens 320 px wide with every formula open, then it does not scroll sideways and has no serious violation', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 320, height: 800 } });
    await logIn(page, ctx.app.server.url, 'koordinator');
    await page.goto(`${ctx.app.server.url}/nokkeltall?periode=2026-T3`);
    await page.evaluate(() => { for (const details of document.querySelectorAll('details')) details.open = true; });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await serious(page)).toEqual([]);
    await page.screenshot({ path: 'screenshots/nokkeltall-320.png' });
    await page.locator('#graf-garantibrudd-caption').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'screenshots/nokkeltall-320-chart.png' });
    await page.close();
  }, 120_000);

  it('when it is printed on A4, then the menu and the form are gone and each chart is whole on one page', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await logIn(page, ctx.app.server.url, 'mote');
    await page.goto(`${ctx.app.server.url}/nokkeltall?periode=2026`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.locator('.period-form').isVisible()).toBe(false);
    expect(await page.locator('.month-chart').count()).toBe(3);
    expect(await page.locator('.month-chart').evaluateAll((els) => els.map((el) => getComputedStyle(el).breakInside))).toEqual(['avoid', 'avoid', 'avoid']);
    const pdf = await page.pdf({ path: 'screenshots/nokkeltall.pdf', format: 'A4', printBackground: true });
    expect(pdf.length).toBeGreaterThan(10_000);
    await page.close();
  }, 120_000);
});
