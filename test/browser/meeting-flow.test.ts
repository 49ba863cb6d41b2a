import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { logIn } from '../support/browser.ts';
import { useBrowserApp } from '../support/browser-app.ts';
import { testDrivers } from '../support/databases.ts';

describe.each(testDrivers)('Tildelingsmøte in a real browser on %s', (driver) => {
  const ctx = useBrowserApp(driver);

  const open = (page: Page) => page.locator('article.proposal[data-status="proposed"]:not(:has(.proposal-blocked))').first();
  async function decided(page: Page, proposal: Locator, status: string): Promise<void> {
    const id = await proposal.getAttribute('id');
    await page.locator(`#${id}[data-status="${status}"]`).waitFor();
  }

  it('when a meeting plans, accepts two, overrides one with a reason and issues the minutes, then the minutes print on A4', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1920, height: 1080 } });
    page.setDefaultTimeout(15_000);
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(e.message));
    await logIn(page, ctx.app.server.url, 'koordinator');

    await page.getByRole('link', { name: 'Tildelingsmøte' }).click();
    await page.getByLabel('Deltakere (ett navn per linje)').fill('Kari Koordinator\nOla Overlege\nSiri Sykepleier');
    await page.getByRole('button', { name: 'Start møte' }).click();
    await page.waitForURL(/\/tildelingsmote\/\d+$/);
    await page.getByRole('button', { name: 'Planlegg nå' }).click();
    await open(page).waitFor({ timeout: 30_000 });

    for (let i = 0; i < 2; i++) {
      const proposal = open(page);
      const id = await proposal.getAttribute('id');
      await proposal.getByRole('button', { name: 'Godta' }).click();
      await decided(page, page.locator(`#${id}`), 'reserved');
    }
    const toOverride = open(page);
    const overrideId = await toOverride.getAttribute('id');
    await toOverride.locator('summary', { hasText: 'Overstyr' }).click();
    await toOverride.getByLabel('Begrunnelse (påkrevd)').fill('Pårørende ønsker Solbakken, nærmere familien');
    await toOverride.getByRole('button', { name: 'Lagre overstyring' }).click();
    await decided(page, page.locator(`#${overrideId}`), 'rejected');
    expect(await page.locator('#meeting-places').count()).toBe(1);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: 'screenshots/meeting.png' });
    await page.screenshot({ path: 'screenshots/meeting-full.png', fullPage: true });

    await page.goto(`${page.url()}?visning=projektor`);
    await page.screenshot({ path: 'screenshots/meeting-projector.png' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);

    await page.getByRole('link', { name: 'Referat' }).click();
    await page.getByRole('button', { name: 'Fastsett referat' }).click();
    await page.getByText('Fastsatt – vises slik det ble fastsatt').waitFor();
    const minutes = await page.locator('.minutes').innerText();
    expect(minutes).toContain('Ola Overlege');
    expect(minutes).toContain('Overstyrt: Pårørende ønsker Solbakken, nærmere familien');
    expect(minutes).toMatch(/Tildelte plasser \(3\)/);

    const pdf = await page.pdf({ path: 'screenshots/referat.pdf', format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = readFileSync('screenshots/referat.pdf', 'latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    const text = execFileSync('pdftotext', ['-layout', 'screenshots/referat.pdf', '-'], { encoding: 'utf8' });
    for (let n = 1; n <= pages.length; n++) expect(text).toContain(`Side ${n} av ${pages.length}`);
    expect(text).toMatch(/Referatet ble fastsatt [\d.]+,? [\d:]+ av Kari Koordinator\./);
    expect(errors).toEqual([]);
  }, 120_000);
});
