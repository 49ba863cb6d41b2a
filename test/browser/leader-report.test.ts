import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { logIn } from '../support/browser.ts';
import { useBrowserApp } from '../support/browser-app.ts';
import { testDrivers } from '../support/databases.ts';

const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
/** WCAG 2.5.5 / Apple HIG: a thumb needs about 44 CSS pixels. */
const THUMB = 44;

/** Controls on the leader's page smaller than a thumb (checkboxes and radios count by their label row). */
async function smallTargets(page: Page): Promise<string[]> {
  return page.locator('.leader-page').evaluate((root, min) => {
    const controls = root.querySelectorAll('button, a, summary, select, input:not([type=hidden]):not([type=checkbox]):not([type=radio]), label.tap-row');
    return [...controls].filter((el) => (el as HTMLElement).offsetParent !== null).flatMap((el) => {
      const box = el.getBoundingClientRect();
      return box.height < min || box.width < min ? [`${el.tagName.toLowerCase()} «${el.textContent?.trim().slice(0, 30)}» ${Math.round(box.width)}×${Math.round(box.height)}`] : [];
    });
  }, THUMB);
}

describe.each(testDrivers)('Leader reports from a phone on %s', (driver) => {
  const ctx = useBrowserApp(driver);

  it('when the leader confirms one unit and changes another, then the coordinator sees the new figures on Plasser', async () => {
    const context = await ctx.browser.newContext(PHONE);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await logIn(page, ctx.app.server.url, 'leder');
    expect(new URL(page.url()).pathname).toBe('/enheter');
    const cards = page.locator('section.leader-unit');
    expect(await cards.count()).toBe(2);
    await page.screenshot({ path: 'screenshots/leader-phone.png', fullPage: false, caret: 'initial' });
    expect(await smallTargets(page)).toEqual([]);

    // «Ingen endring»: one tap on the first card, timed from the loaded page to the confirmation.
    const first = cards.nth(0);
    let taps = 0;
    const started = performance.now();
    await first.getByRole('button', { name: 'Ingen endring' }).tap(); taps++;
    await first.getByText('meldt uten endring').waitFor();
    const seconds = (performance.now() - started) / 1000;
    console.log(`No-change report: ${taps} tap(s), ${seconds.toFixed(2)} s from the loaded page to the confirmation`);
    expect(taps).toBe(1);
    expect(seconds).toBeLessThan(30);

    // Another unit: open «Endre tall», change the free places, save.
    const second = page.locator('section.leader-unit').nth(1);
    const code = (await second.locator('.mono').first().textContent())!;
    await second.locator('summary', { hasText: 'Endre tall' }).tap();
    await second.getByLabel('Bemannede senger').fill('6');
    await second.getByLabel('Belagt').fill('3');
    await second.getByLabel('Ledige, tar imot').fill('3');
    await second.getByLabel('Reservert').fill('0');
    await page.screenshot({ path: 'screenshots/leader-phone-form.png', fullPage: false, caret: 'initial' });
    expect(await smallTargets(page)).toEqual([]);
    await second.getByRole('button', { name: 'Lagre melding' }).tap();
    await page.locator('section.leader-unit').nth(1).getByText('Dagens tall er meldt.').waitFor();
    await page.screenshot({ path: 'screenshots/leader-phone-saved.png', fullPage: false, caret: 'initial' });

    const desk = await ctx.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await logIn(desk, ctx.app.server.url, 'koordinator');
    await desk.goto(`${ctx.app.server.url}/plasser`);
    const row = desk.locator(`tr[data-unit="${code}"]`);
    // «Ledige nå» is the reported free places less those already reserved in Plassplan.
    const reserved = Number(await row.locator('td').nth(5).textContent());
    expect(await row.locator('td').nth(4).textContent()).toBe(String(3 - reserved));
    expect(await row.locator('td').nth(7).textContent()).toBe('akkurat nå');
    const firstCode = (await first.locator('.mono').first().textContent())!;
    expect(await desk.locator(`tr[data-unit="${firstCode}"] td`).nth(7).textContent()).toBe('akkurat nå');
    await desk.screenshot({ path: 'screenshots/plasser-after-leader.png', fullPage: false, caret: 'initial' });
    await desk.locator(`tr[data-unit="${code}"] a`).click();
    await desk.locator('svg[role="img"] circle').first().waitFor();
    await desk.screenshot({ path: 'screenshots/unit-history.png', fullPage: false, caret: 'initial' });
    expect(errors).toEqual([]);
    await context.close();
  });
});
