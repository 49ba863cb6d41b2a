import { describe, expect, it } from 'vitest';
import { logIn } from '../support/browser.ts';
import { useBrowserApp } from '../support/browser-app.ts';
import { testDrivers } from '../support/databases.ts';

describe.each(testDrivers)('Ventelister in a real browser on %s', (driver) => {
  const ctx = useBrowserApp(driver);

  it('when the coordinator logs in and picks a queue, then demo people are listed and the queue swaps in place', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await logIn(page, ctx.app.server.url, 'koordinator');
    await expect(page.getByRole('heading', { name: 'Ventelister' })).toBeTruthy();
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
});
