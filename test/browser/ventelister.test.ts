import { describe, expect, it } from 'vitest';
import { logIn } from '../support/browser.ts';
import { useBrowserApp } from '../support/browser-app.ts';
import { testDrivers } from '../support/databases.ts';

describe.each(testDrivers)('Ventelister in a real browser on %s', (driver) => {
  const ctx = useBrowserApp(driver);

  it('when the coordinator goes from Oppgaver to Ventelister and picks a queue, then demo people are listed and the queue swaps in place', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await logIn(page, ctx.app.server.url, 'koordinator');
    // The coordinator's day starts on Oppgaver; the navigation leads on to the queues.
    expect(new URL(page.url()).pathname).toBe('/oppgaver');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Ventelister' }).click();
    await page.getByRole('heading', { name: 'Ventelister', level: 1 }).waitFor();
    const firstRows = await page.locator('#queue-view tbody tr').count();
    expect(firstRows).toBeGreaterThan(5);

    await page.getByRole('button', { name: /^Langtid/ }).click();
    await page.waitForURL(/ko=langtid/);
    await page.locator('h2', { hasText: 'Langtid:' }).waitFor();
    const langtidRows = await page.locator('#queue-view tbody tr').count();
    expect(langtidRows).toBeGreaterThan(5);
    expect(await page.locator('#queue-view .ds-tag[data-color="danger"]').count()).toBeGreaterThan(0);

    await page.screenshot({ path: 'screenshots/ventelister.png', fullPage: false });
    expect(errors).toEqual([]);
  });

  it('when the coordinator filters and sorts with JavaScript on, then the table swaps in place and the URL holds the choice', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await logIn(page, ctx.app.server.url, 'koordinator');
    await page.goto(`${ctx.app.server.url}/ventelister?ko=korttid`);
    await page.evaluate(() => { (window as unknown as { marker: boolean }).marker = true; });
    await page.getByLabel('Er nå').selectOption('sykehus');
    await page.getByRole('button', { name: 'Vis utvalget' }).click();
    await page.waitForURL(/sted=sykehus/);
    await page.locator('.queue-selection', { hasText: 'på sykehus' }).waitFor();
    const places = await page.locator('#queue-view .queue-table tbody tr td:nth-child(9)').allTextContents();
    expect(places.length).toBeGreaterThan(0);
    expect(places.every((p) => p.startsWith('Sykehus'))).toBe(true);

    await page.getByRole('link', { name: 'Navn' }).click();
    await page.waitForURL(/sted=sykehus&sorter=navn&retning=stigende/);
    await page.locator('th[aria-sort="ascending"]').waitFor();
    expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker)).toBe(true); // swapped, not reloaded
    await page.screenshot({ path: '/tmp/ventelister-filtered.png', fullPage: true });
    expect(errors).toEqual([]);
  });

  it('when the list is printed, then the PDF holds the table and the filter words but not the menu or the filter form', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await logIn(page, ctx.app.server.url, 'koordinator');
    await page.goto(`${ctx.app.server.url}/ventelister?ko=langtid&garanti=over`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.queue-filters').isVisible()).toBe(false);
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.locator('.queue-table').isVisible()).toBe(true);
    expect(await page.locator('.queue-selection').textContent()).toContain('over garantidato');
    await page.pdf({ path: '/tmp/ventelister.pdf', format: 'A4', landscape: true });
  });
});
