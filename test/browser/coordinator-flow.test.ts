import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { syntheticFnr } from '../../db/fnr.ts';
import { logIn } from '../support/browser.ts';
import { useBrowserApp } from '../support/browser-app.ts';
import { testDrivers } from '../support/databases.ts';

const NAME = 'Harald Hoftebrudd';

describe.each(testDrivers)('The coordinator from vedtak to admission, in a real browser on %s', (driver) => {
  const ctx = useBrowserApp(driver);

  it('when a hospital patient gets a vedtak, a proposal is accepted and the arrival marked, then queue, person and places reflect it', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1440, height: 1000 } });
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await logIn(page, ctx.app.server.url, 'koordinator');
    await registerHospitalPatient(page);

    await page.getByRole('link', { name: 'Forslag' }).click();
    await page.getByRole('button', { name: 'Lag nye forslag' }).click();
    await page.locator('#proposals .proposal').first().waitFor({ timeout: 30_000 });
    const ownProposal = () => page.locator('#proposals .proposal').filter({ has: page.locator('.proposal-head', { hasText: NAME }) });
    const proposal = ownProposal();
    expect(await proposal.count()).toBe(1); // a discharge-ready priority-1 patient is proposed a place
    const unitText = (await proposal.locator('.proposal-head').textContent())!;
    const unitCode = /\(([A-Z]{3}-[A-Z])\)/.exec(unitText)![1]!;
    expect(await proposal.locator('.proposal-why').textContent()).toMatch(/overliggerdøgn|får plass/);
    await proposal.locator('summary', { hasText: 'Overstyr' }).click(); // the form is fetched on opening
    await proposal.getByRole('button', { name: 'Lagre overstyring' }).waitFor();
    expect(await proposal.getByLabel('Person').locator('option').count()).toBeGreaterThan(1);
    await proposal.getByRole('button', { name: 'Godta' }).click();
    await ownProposal().getByText('Godtatt – plass reservert').waitFor();

    await page.goto(`${ctx.app.server.url}/plasser`);
    const reservedBefore = Number(await page.locator(`tr[data-unit="${unitCode}"] td`).nth(5).textContent());
    expect(reservedBefore).toBeGreaterThan(0);

    await page.goto(`${ctx.app.server.url}/forslag`);
    const reserved = page.locator('#reserved li', { hasText: NAME });
    await reserved.getByRole('button', { name: 'Innskrevet' }).click();
    // The tag, not the button: the button says «Innskrevet» too.
    await page.locator('#reserved li', { hasText: NAME }).locator('.ds-tag', { hasText: 'Innskrevet' }).waitFor();

    await page.goto(`${ctx.app.server.url}/ventelister?ko=korttid`);
    expect(await page.locator('#queue-view tbody tr', { hasText: NAME }).count()).toBe(0);
    await page.goto(`${ctx.app.server.url}/plasser`);
    expect(Number(await page.locator(`tr[data-unit="${unitCode}"] td`).nth(5).textContent())).toBe(reservedBefore - 1);
    await page.goto(`${ctx.app.server.url}/personer?q=${encodeURIComponent(NAME)}`);
    await page.getByRole('link', { name: NAME }).first().click();
    expect(await page.locator('main').textContent()).toMatch(/Innskrevet|innskrevet/);
    expect(errors).toEqual([]);
  });
});

async function registerHospitalPatient(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Personer' }).click();
  await page.getByRole('link', { name: 'Registrer ny person' }).click();
  await page.getByLabel('Navn').fill(NAME);
  await page.getByLabel('Fødselsnummer eller D-nummer').fill(syntheticFnr({ year: 1936, month: 5, day: 2 }, 415)!);
  await page.getByLabel('Bydel').fill('Sentrum');
  await page.getByRole('button', { name: 'Registrer' }).click();
  await page.getByRole('heading', { name: NAME }).waitFor();
  await page.locator('summary', { hasText: 'Registrer nytt vedtak' }).click();
  await page.locator('#vedtak-mottatt').fill('2026-11-19');
  await page.locator('#vedtak-type').selectOption('korttid');
  await page.locator('#vedtak-utfall').selectOption('innvilget');
  await page.locator('#vedtak-vedtaksdato').fill('2026-11-20');
  await page.locator('#vedtak-prioritet').selectOption('1');
  await page.locator('#vedtak-prioritet_begrunnelse').fill('Utskrivningsklar etter hoftebrudd');
  await page.locator('#vedtak-begrunnelse').fill('Trenger korttidsopphold med opptrening.');
  await page.getByRole('button', { name: 'Lagre vedtak' }).click();
  await page.locator('.ds-alert', { hasText: 'Vedtaket er lagret.' }).waitFor();
  await page.locator('summary', { hasText: 'Melding om innlagt pasient' }).click();
  await page.locator('#innlagt-innlagt').fill('2026-11-14');
  await page.locator('#innlagt-utskrivningsklar').fill('2026-11-18');
  await page.getByRole('button', { name: 'Melding om innlagt pasient' }).click();
  await page.locator('.ds-alert', { hasText: 'Innleggelsen er registrert.' }).waitFor();
}
