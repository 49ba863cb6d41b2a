import { describe, expect, it } from 'vitest';
import { syntheticFnr } from '../../db/fnr.ts';
import { logIn } from '../support/browser.ts';
import { useBrowserApp } from '../support/browser-app.ts';
import { testDrivers } from '../support/databases.ts';

describe.each(testDrivers)('An application before its vedtak in a real browser on %s', (driver) => {
  const ctx = useBrowserApp(driver);

  it('when the coordinator registers an application, records a foreløpig svar and decides it, then it leaves «Søknader under behandling»', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    // A step that waits in vain fails with its locator, well inside the test's own time.
    page.setDefaultTimeout(10_000);
    await logIn(page, ctx.app.server.url, 'koordinator');

    await page.goto(`${ctx.app.server.url}/personer/ny`);
    await page.getByLabel('Navn').fill('Sigrid Søker');
    await page.getByLabel('Fødselsnummer eller D-nummer').fill(syntheticFnr({ year: 1941, month: 6, day: 9 }, 517)!);
    await page.getByLabel('Bydel').fill('Sentrum');
    await page.getByRole('button', { name: 'Registrer' }).click();
    await page.getByRole('heading', { name: 'Sigrid Søker' }).waitFor();

    await page.locator('summary', { hasText: 'Registrer søknad mottatt' }).click();
    await page.getByLabel('Dato søknaden kom inn').fill('2026-11-02');
    await page.getByLabel('Søker om').selectOption('langtid');
    await page.getByLabel('Hvor er personen nå').selectOption('hjemme');
    await page.getByRole('button', { name: 'Registrer søknad' }).click();
    await page.locator('.ds-alert', { hasText: 'Søknaden er registrert.' }).waitFor();
    const card = page.locator('article[id^="soknad-"]');
    expect(await card.textContent()).toContain('21 dager (mål 30 dager, 02.12.2026)');
    expect(await card.textContent()).toContain('Frist 02.12.2026');

    await card.locator('summary', { hasText: 'Registrer foreløpig svar' }).click();
    await card.getByLabel('Foreløpig svar sendt').fill('2026-11-20');
    await card.getByLabel('Vedtak ventet').fill('2026-12-15');
    await card.getByRole('button', { name: 'Registrer foreløpig svar' }).click();
    await page.locator('.ds-alert', { hasText: 'Foreløpig svar er registrert.' }).waitFor();
    expect(await page.locator('article[id^="soknad-"]').textContent()).toContain('Sendt 20.11.2026, vedtak ventet 15.12.2026');
    await page.screenshot({ path: 'screenshots/application-pending.png', fullPage: true });

    await page.goto(`${ctx.app.server.url}/soknader`);
    await page.locator('tbody tr', { hasText: 'Sigrid Søker' }).waitFor();
    await page.screenshot({ path: 'screenshots/applications-list.png', fullPage: true });
    await page.locator('tbody tr', { hasText: 'Sigrid Søker' }).getByRole('link').click();

    await page.getByRole('link', { name: 'Fatt vedtak' }).click();
    await page.locator('summary', { hasText: 'Fatt vedtak på søknaden mottatt 02.11.2026' }).waitFor();
    expect(await page.locator('#vedtak-type').inputValue()).toBe('langtid');
    await page.locator('#vedtak-utfall').selectOption('ventelistevedtak');
    await page.locator('#vedtak-vedtaksdato').fill('2026-11-20');
    await page.locator('#vedtak-prioritet_begrunnelse').fill('Bor alene, faller om natten');
    await page.locator('#vedtak-begrunnelse').fill('Kan ikke bo forsvarlig hjemme om natten.');
    await page.getByRole('button', { name: 'Lagre vedtak' }).click();
    await page.locator('.ds-alert', { hasText: 'Vedtaket er lagret.' }).waitFor();
    expect(await page.locator('article[id^="soknad-"]').count()).toBe(0);
    expect(await page.locator('.vedtak-card', { hasText: 'Ventelistevedtak' }).count()).toBe(1);

    await page.goto(`${ctx.app.server.url}/soknader`);
    expect(await page.locator('tbody tr', { hasText: 'Sigrid Søker' }).count()).toBe(0);
    expect(errors).toEqual([]);
  }, 90_000);
});
