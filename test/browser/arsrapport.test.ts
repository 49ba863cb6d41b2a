import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { audit, pageWidthAt } from '../support/axe.ts';
import { logIn } from '../support/browser.ts';
import { useBrowserApp } from '../support/browser-app.ts';
import { testDrivers } from '../support/databases.ts';

/** A4 is 210 mm wide; app.css prints with 16 mm margins left and right: 178 mm in CSS pixels (96 per inch). */
const A4_CONTENT_PX = Math.floor((178 / 25.4) * 96);
const hasPoppler = existsSync('/usr/bin/pdftoppm');

describe.each(testDrivers)('Årsrapport printed to PDF on %s', (driver) => {
  const ctx = useBrowserApp(driver, undefined, { history: true });

  it('when the coordinator opens the Årsrapport and prints it, then it passes axe, every table fits A4 and the PDF has a sensible number of pages', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await logIn(page, ctx.app.server.url, 'koordinator');
    await page.goto(`${ctx.app.server.url}/nokkeltall/arsrapport?ar=2026`);
    await page.getByRole('heading', { name: 'Årsrapport 2026 – Tildelingskontoret', level: 1 }).waitFor();
    expect(await page.locator('table.report-table').count()).toBe(8);

    const serious = (await audit(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious).toEqual([]);
    await page.screenshot({ path: 'screenshots/arsrapport.png', fullPage: true });
    // WCAG 1.4.10: at 320 px the page does not scroll sideways (wide tables scroll in their own box).
    expect(await pageWidthAt(page, 320)).toBeLessThanOrEqual(320);

    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: A4_CONTENT_PX, height: 1000 });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.locator('.annual-report-tools').isVisible()).toBe(false);
    // Each table's narrowest width (min-content): what it needs, not the 100 % it is given.
    const widths = await page.locator('table.report-table').evaluateAll((tables) => tables.map((t) => {
      const given = Math.ceil(t.getBoundingClientRect().width);
      t.style.width = 'min-content';
      const needed = Math.ceil(t.getBoundingClientRect().width);
      t.style.width = '';
      return { table: t.querySelector('caption')?.textContent ?? '', given, needed, scroll: t.scrollWidth };
    }));
    for (const w of widths) expect(Math.max(w.given, w.needed, w.scroll), w.table).toBeLessThanOrEqual(A4_CONTENT_PX);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(A4_CONTENT_PX);
    const colours = await page.locator('table.report-table td').first().evaluate((td) => [getComputedStyle(td).color, getComputedStyle(td).backgroundColor]);
    expect(colours[0]).toBe('rgb(0, 0, 0)');

    const pdf = await page.pdf({ path: 'screenshots/arsrapport.pdf', format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = readFileSync('screenshots/arsrapport.pdf', 'latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? [];
    console.log(`Årsrapport 2026 on ${driver}: ${pages.length} A4 pages; widest table needs ${Math.max(...widths.map((w) => w.needed))} of ${A4_CONTENT_PX} px`);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.length).toBeLessThanOrEqual(8);
    if (hasPoppler) {
      const text = execFileSync('pdftotext', ['-layout', 'screenshots/arsrapport.pdf', '-'], { encoding: 'utf8' });
      expect(text).toContain('Årsrapport 2026 – Tildelingskontoret');
      expect(text).toContain('Slik regnes tallene');
      expect(text).not.toContain('Hovedmeny');
      expect(text).not.toContain('Last ned');
      execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '2', 'screenshots/arsrapport.pdf', 'screenshots/arsrapport-pdf']);
    }
    expect(errors).toEqual([]);
  }, 120_000);
});
