/**
 * Issue 14's coordinator flow: an application registered before its vedtak shows up in
 * Oppgaver once its dates come (the app's clock moves), a foreløpig svar takes its item
 * away, and the vedtak takes the rest.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { syntheticFnr } from '../../db/fnr.ts';
import { logIn } from '../support/browser.ts';
import { useBrowserApp } from '../support/browser-app.ts';
import { testDrivers } from '../support/databases.ts';
import { TEST_NOW } from '../support/demo-app.ts';

const NAME = 'Halvard Klokkestad';

describe.each(testDrivers)('The case clock in Oppgaver in a real browser on %s', (driver) => {
  let now = TEST_NOW;
  const ctx = useBrowserApp(driver, () => now);
  const items = (page: Page, urgency: string, rule: string) =>
    page.locator(`section[data-urgency="${urgency}"] li[data-rule="${rule}"]`, { hasText: NAME });
  const allItems = (page: Page) => page.locator('li.task-item', { hasText: NAME });

  it('when the target date passes, then the application is in Oppgaver; a foreløpig svar and then the vedtak take its items away', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    // A step that waits in vain fails with its locator, well inside the test's own time.
    page.setDefaultTimeout(10_000);
    const url = ctx.app.server.url;
    await logIn(page, url, 'koordinator');

    // Monday 23.11.2026: an application received on Friday 20.11. Langtid's target (30 days)
    // ends Sunday 20.12.; the foreløpig svar is due a month after receipt, moved to Monday 21.12.
    await page.goto(`${url}/personer/ny`);
    await page.getByLabel('Navn').fill(NAME);
    await page.getByLabel('Fødselsnummer eller D-nummer').fill(syntheticFnr({ year: 1938, month: 2, day: 14 }, 473)!);
    await page.getByLabel('Bydel').fill('Sentrum');
    await page.getByRole('button', { name: 'Registrer' }).click();
    await page.getByRole('heading', { name: NAME }).waitFor();
    const personUrl = page.url();
    await page.locator('summary', { hasText: 'Registrer søknad mottatt' }).click();
    await page.getByLabel('Dato søknaden kom inn').fill('2026-11-20');
    await page.getByLabel('Søker om').selectOption('langtid');
    await page.getByLabel('Hvor er personen nå').selectOption('hjemme');
    await page.getByRole('button', { name: 'Registrer søknad' }).click();
    await page.locator('.ds-alert', { hasText: 'Søknaden er registrert.' }).waitFor();

    await page.goto(`${url}/oppgaver`);
    await page.getByRole('heading', { name: 'Oppgaver', level: 1 }).waitFor();
    expect(await allItems(page).count()).toBe(0);

    // Four weeks on: the session has long gone idle, so the coordinator logs in again.
    now = new Date('2026-12-21T08:00:00Z');
    await logIn(page, url, 'koordinator');
    await page.goto(`${url}/oppgaver`);
    await items(page, 'overdue', 'saksbehandlingstid').waitFor();
    await items(page, 'today', 'foreløpig-svar').waitFor();
    expect(await page.getByRole('navigation', { name: 'Hovedmeny' }).textContent()).toMatch(/\d+ som haster/);
    await page.screenshot({ path: 'screenshots/oppgaver-case-clock.png', fullPage: true });

    await items(page, 'today', 'foreløpig-svar').getByRole('link', { name: /Løs saken/ }).click();
    const card = page.locator('article[id^="soknad-"]');
    await card.waitFor();
    await card.locator('summary', { hasText: 'Registrer foreløpig svar' }).click();
    await card.getByLabel('Foreløpig svar sendt').fill('2026-12-21');
    await card.getByLabel('Vedtak ventet').fill('2027-01-08');
    await card.getByRole('button', { name: 'Registrer foreløpig svar' }).click();
    await page.locator('.ds-alert', { hasText: 'Foreløpig svar er registrert.' }).waitFor();

    await page.goto(`${url}/oppgaver`);
    await items(page, 'overdue', 'saksbehandlingstid').waitFor();
    expect(await page.locator('li[data-rule="foreløpig-svar"]', { hasText: NAME }).count()).toBe(0);

    await page.goto(personUrl);
    await page.getByRole('link', { name: 'Fatt vedtak' }).click();
    await page.locator('summary', { hasText: 'Fatt vedtak på søknaden mottatt 20.11.2026' }).waitFor();
    await page.locator('#vedtak-utfall').selectOption('ventelistevedtak');
    await page.locator('#vedtak-vedtaksdato').fill('2026-12-21');
    await page.locator('#vedtak-prioritet_begrunnelse').fill('Bor alene, faller om natten');
    await page.locator('#vedtak-begrunnelse').fill('Kan ikke bo forsvarlig hjemme om natten.');
    await page.getByRole('button', { name: 'Lagre vedtak' }).click();
    await page.locator('.ds-alert', { hasText: 'Vedtaket er lagret.' }).waitFor();

    await page.goto(`${url}/oppgaver`);
    await page.getByRole('heading', { name: 'Oppgaver', level: 1 }).waitFor();
    expect(await allItems(page).count()).toBe(0);
    expect(errors).toEqual([]);
  }, 90_000);
});
