import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { syntheticFnr } from '../../db/fnr.ts';
import { logIn } from '../support/browser.ts';
import { useBrowserApp } from '../support/browser-app.ts';
import { testDrivers } from '../support/databases.ts';

describe.each(testDrivers)('Registering a hospital patient in a real browser on %s', (driver) => {
  const ctx = useBrowserApp(driver);

  it('when the coordinator registers a person, a korttid vedtak and a discharge-ready stay, then the person is in the queue with overliggerdøgn', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await logIn(page, ctx.app.server.url, 'koordinator');

    await page.getByRole('link', { name: 'Personer' }).click();
    await page.getByRole('link', { name: 'Registrer ny person' }).click();
    await page.getByLabel('Navn').fill('Ingrid Innlagt');
    await page.getByLabel('Fødselsnummer eller D-nummer').fill(syntheticFnr({ year: 1938, month: 3, day: 14 }, 412)!);
    await page.getByLabel('Bydel').fill('Sentrum');
    await page.getByRole('button', { name: 'Registrer' }).click();
    await page.getByRole('heading', { name: 'Ingrid Innlagt' }).waitFor();
    await page.locator('.ds-alert[data-color="success"]', { hasText: 'Ingrid Innlagt er registrert.' }).waitFor();

    await registerVedtak(page);
    await page.locator('.ds-alert', { hasText: 'Vedtaket er lagret.' }).waitFor();
    await page.locator('summary', { hasText: 'Melding om innlagt pasient' }).click();
    await page.locator('#innlagt-innlagt').fill('2026-11-12');
    await page.locator('#innlagt-utskrivningsklar').fill('2026-11-19');
    await page.getByRole('button', { name: 'Melding om innlagt pasient' }).click();
    await page.locator('.ds-alert', { hasText: 'Innleggelsen er registrert.' }).waitFor();
    expect(await page.locator('.person-head').textContent()).toMatch(/utskrivningsklar 19\.11\.2026 · 4 dager overliggerdøgn · [\d\s ]+ kr/);
    await page.screenshot({ path: 'screenshots/person-page.png', fullPage: true });

    await page.getByRole('link', { name: 'Ventelister' }).click();
    const row = page.locator('#queue-view tbody tr', { hasText: 'Ingrid Innlagt' });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/Sykehus, utskrivningsklar 19\.11\.2026.*4 dager · [\d\s ]+kr/);
    expect(errors).toEqual([]);
  });

  it('when the search and import pages open, then they render without console errors', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await logIn(page, ctx.app.server.url, 'koordinator');
    await page.goto(`${ctx.app.server.url}/personer?q=an`);
    expect(await page.locator('#person-hits tbody tr').count()).toBeGreaterThan(0);
    await page.screenshot({ path: 'screenshots/person-search.png' });
    await page.goto(`${ctx.app.server.url}/import`);
    await page.screenshot({ path: 'screenshots/import.png', fullPage: true });
  });
});

async function registerVedtak(page: Page): Promise<void> {
  await page.locator('summary', { hasText: 'Registrer nytt vedtak' }).click();
  await page.locator('#vedtak-mottatt').fill('2026-11-18');
  await page.locator('#vedtak-type').selectOption('korttid');
  await page.locator('#vedtak-utfall').selectOption('innvilget');
  await page.locator('#vedtak-vedtaksdato').fill('2026-11-20');
  await page.locator('#vedtak-prioritet').selectOption('1');
  await page.locator('#vedtak-prioritet_begrunnelse').fill('Utskrivningsklar, kan ikke reise hjem');
  await page.locator('#vedtak-begrunnelse').fill('Trenger korttidsopphold for rehabilitering etter hoftebrudd.');
  await page.getByRole('button', { name: 'Lagre vedtak' }).click();
}
