import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { syntheticFnr } from '../../db/fnr.ts';
import { logIn } from '../support/browser.ts';
import { useBrowserApp } from '../support/browser-app.ts';
import { testDrivers } from '../support/databases.ts';

const NAME = 'Ingrid Ventetid';
const WAITING = 'Korttid i påvente av langtidsplass';

describe.each(testDrivers)('A langtid hospital patient waits on korttid, in a real browser on %s', (driver) => {
  const ctx = useBrowserApp(driver);

  it('when the vedtak lets the patient wait on korttid, then the plan proposes the interim stay and the later place, and after accept and arrival they wait in the korttid bed', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1440, height: 1000 } });
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await logIn(page, ctx.app.server.url, 'koordinator');
    await registerLangtidPatient(page);

    await page.getByRole('link', { name: 'Forslag' }).click();
    await page.getByRole('button', { name: 'Lag nye forslag' }).click();
    const interimRow = () => page.locator('#proposals .interim-stays .proposal').filter({ has: page.locator('.proposal-head', { hasText: NAME }) });
    await interimRow().waitFor({ timeout: 30_000 });
    const head = (await interimRow().locator('.proposal-head').textContent())!;
    const korttid = /venter på (.+?) \(([A-Z]{3}-[A-Z])\) fra/.exec(head)!;
    expect(head).toMatch(/til plass på .+ \([A-Z]{3}-[A-Z]\) fra \d\d\.\d\d\.\d{4}/); // the later langtid admission
    expect(await interimRow().getByRole('link', { name: NAME }).getAttribute('href')).toMatch(/^\/personer\/\d+$/);
    await page.locator('#proposals .interim-stays').screenshot({ path: `screenshots/interim-forslag-${driver}.png` });

    await interimRow().getByRole('button', { name: 'Godta' }).click();
    await interimRow().locator('.ds-tag', { hasText: 'Godtatt' }).waitFor();

    await page.goto(`${ctx.app.server.url}/forslag`);
    const reserved = () => page.locator('#reserved li', { hasText: NAME });
    expect(await reserved().locator('.ds-tag', { hasText: WAITING }).count()).toBe(1);
    await reserved().getByRole('button', { name: 'Innskrevet' }).click();
    await reserved().locator('.ds-tag', { hasText: 'Innskrevet på korttid' }).waitFor();

    await page.goto(`${ctx.app.server.url}/personer?q=${encodeURIComponent(NAME)}`);
    await page.getByRole('link', { name: NAME }).first().click();
    await page.getByRole('heading', { name: NAME }).waitFor();
    expect(await page.locator('main .ds-tag', { hasText: WAITING }).first().textContent()).toContain(korttid[1]);
    await page.goto(`${ctx.app.server.url}/ventelister?ko=langtid`);
    const queued = page.locator('#queue-view tbody tr', { hasText: NAME });
    expect(await queued.count()).toBe(1); // still waiting for the own place, in the korttid bed
    expect(await queued.textContent()).toContain(korttid[1]);
    expect(errors).toEqual([]);
  }, 180_000);
});

async function registerLangtidPatient(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Personer' }).click();
  await page.getByRole('link', { name: 'Registrer ny person' }).click();
  await page.getByLabel('Navn').fill(NAME);
  await page.getByLabel('Fødselsnummer eller D-nummer').fill(syntheticFnr({ year: 1934, month: 3, day: 9 }, 512)!);
  await page.getByLabel('Bydel').fill('Sentrum');
  await page.getByRole('button', { name: 'Registrer' }).click();
  await page.getByRole('heading', { name: NAME }).waitFor();
  await page.locator('summary', { hasText: 'Registrer nytt vedtak' }).click();
  await page.locator('#vedtak-mottatt').fill('2026-09-21');
  await page.locator('#vedtak-type').selectOption('langtid');
  expect(await page.locator('#vedtak-kan_vente').isChecked()).toBe(true); // on by default for langtid
  await page.locator('#vedtak-utfall').selectOption('innvilget');
  await page.locator('#vedtak-vedtaksdato').fill('2026-09-28');
  await page.locator('#vedtak-prioritet').selectOption('1');
  await page.locator('#vedtak-prioritet_begrunnelse').fill('Kan ikke bo hjemme etter hjerneslag');
  await page.locator('#vedtak-begrunnelse').fill('Trenger heldøgns omsorg; kan vente på korttid til egen plass.');
  await page.getByRole('button', { name: 'Lagre vedtak' }).click();
  await page.locator('.ds-alert', { hasText: 'Vedtaket er lagret.' }).waitFor();
  await page.locator('summary', { hasText: 'Melding om innlagt pasient' }).click();
  await page.locator('#innlagt-innlagt').fill('2026-11-10');
  await page.locator('#innlagt-utskrivningsklar').fill('2026-11-16');
  await page.getByRole('button', { name: 'Melding om innlagt pasient' }).click();
  await page.locator('.ds-alert', { hasText: 'Innleggelsen er registrert.' }).waitFor();
}
