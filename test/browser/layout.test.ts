import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { logIn } from '../support/browser.ts';
import { useBrowserApp } from '../support/browser-app.ts';

/** The pages whose layout issue 11 fixed, each opened as the role that uses it. */
interface Target { name: string; user: string; path: string }

// Layout does not depend on the database driver: one driver is enough.
describe('Page layout at phone, desk and wide widths in a real browser', () => {
  const ctx = useBrowserApp('pglite');
  const targets: Target[] = [];
  const sessions = new Map<string, Page>();

  async function session(user: string): Promise<Page> {
    if (!sessions.has(user)) {
      const page = await ctx.browser.newPage({ viewport: { width: 1440, height: 1000 } });
      page.setDefaultTimeout(30_000);
      await logIn(page, ctx.app.server.url, user);
      sessions.set(user, page);
    }
    return sessions.get(user)!;
  }

  async function open(target: Target, width: number): Promise<Page> {
    const page = await session(target.user);
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${ctx.app.server.url}${target.path}`);
    return page;
  }

  beforeAll(async () => {
    // Fill the pages as a working week would: a run with a decided proposal and a planned meeting.
    const page = await session('koordinator');
    const url = ctx.app.server.url;
    await page.goto(`${url}/forslag`);
    await page.getByRole('button', { name: 'Lag nye forslag' }).click();
    const proposal = page.locator('#proposals .proposal:not(:has(.proposal-blocked))').first();
    await proposal.waitFor();
    const personPath = (await proposal.locator('.proposal-head a').getAttribute('href'))!;
    const runPath = (await page.locator('#proposals a[href^="/forslag/kjoring/"]').getAttribute('href'))!;
    await proposal.getByRole('button', { name: 'Godta' }).click();
    await page.locator('#reserved li').first().waitFor();

    await page.goto(`${url}/tildelingsmote`);
    await page.getByLabel('Deltakere (ett navn per linje)').fill('Kari Koordinator\nOla Overlege');
    await page.getByRole('button', { name: 'Start møte' }).click();
    await page.waitForURL(/\/tildelingsmote\/\d+$/);
    const meetingPath = new URL(page.url()).pathname;
    // The meeting takes up the week's run.
    await page.locator('#meeting-proposals article.proposal').first().waitFor();

    targets.push(
      { name: 'Plasser', user: 'koordinator', path: '/plasser' },
      { name: 'Forslag', user: 'koordinator', path: '/forslag' },
      { name: 'planleggingskjøring', user: 'koordinator', path: runPath },
      { name: 'Tildelingsmøte', user: 'koordinator', path: meetingPath },
      { name: 'personside', user: 'koordinator', path: personPath },
      { name: 'Administrasjon', user: 'admin', path: '/admin' },
    );
  }, 180_000);

  // 640 is a 1280 px screen at 200 % zoom.
  it.each([320, 375, 640, 1280, 1440, 1920])('when a page opens %i px wide, then it does not scroll sideways', async (width) => {
    const wide: string[] = [];
    for (const target of targets) {
      const page = await open(target, width);
      const { scroll, inner } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
      if (scroll > inner) wide.push(`${target.name}: ${scroll} > ${inner}`);
    }
    expect(wide).toEqual([]);
  }, 60_000);

  it('when every form on the person page is unfolded 320 px wide, then the page still does not scroll sideways', async () => {
    const page = await open(targets[4]!, 320);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  it.each([1280, 1440, 1920])('when Plasser opens %i px wide, then every cell\'s content stays inside its cell and no table is cut', async (width) => {
    const page = await open(targets[0]!, width);
    await page.screenshot({ path: `screenshots/plasser-${width}.png`, fullPage: true });
    expect(await page.locator('.institution tbody tr').count()).toBeGreaterThan(10);
    expect(await page.evaluate(overprints, '.institution')).toEqual([]);
  });

  it.each([1280, 1440])('when the meeting opens %i px wide, then «Ledige plasser» is not cut', async (width) => {
    const page = await open(targets[3]!, width);
    await page.screenshot({ path: `screenshots/meeting-${width}.png` });
    expect(await page.evaluate(overprints, '#meeting-places')).toEqual([]);
  });

  it('when Plasser opens on a 375 px phone, then each unit is a card that fits the screen', async () => {
    const page = await open(targets[0]!, 375);
    await page.screenshot({ path: 'screenshots/plasser-phone.png', fullPage: true });
    expect(await page.evaluate(overprints, '.institution')).toEqual([]);
    const rows = await page.locator('.institution tbody tr').evaluateAll((trs) => trs.map((tr) => {
      const row = tr.getBoundingClientRect();
      return { unit: tr.getAttribute('data-unit'), width: row.width, right: row.right, height: row.height };
    }));
    for (const row of rows) expect(row.right, row.unit!).toBeLessThanOrEqual(375);
    // A card stacks its figures: taller than a table row, never as wide as a desk table.
    expect(Math.min(...rows.map((r) => r.height))).toBeGreaterThan(100);
  });

  it.each([375, 1440])('when /admin opens %i px wide, then its section cards line up', async (width) => {
    const page = await open(targets[5]!, width);
    const cards = await page.locator('main .ds-card').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
    expect(cards).toHaveLength(4); // Brukere, Enheter, Innstillinger, Logg
    if (width > 1000) { // side by side: one top edge, one height
      expect(new Set(cards.map((c) => Math.round(c.top))).size).toBe(1);
      expect(new Set(cards.map((c) => Math.round(c.height))).size).toBe(1);
    } else { // stacked: one left edge, one width
      expect(new Set(cards.map((c) => Math.round(c.left))).size).toBe(1);
      expect(new Set(cards.map((c) => Math.round(c.width))).size).toBe(1);
    }
  });
});

/**
 * Runs in the page: the cells under `root` whose content is wider than the cell or sticks out
 * of it, and the tables wider than the box they sit in (cut or scrolled away).
 */
function overprints(root: string): string[] {
  const found: string[] = [];
  const describe = (el: Element) => `${el.closest('tr')?.getAttribute('data-unit') ?? ''} «${(el.textContent ?? '').trim().slice(0, 40)}»`;
  for (const area of document.querySelectorAll(root)) {
    for (const table of area.querySelectorAll('table')) {
      const box = table.parentElement!;
      if (table.getBoundingClientRect().right > box.getBoundingClientRect().right + 1 || box.scrollWidth > box.clientWidth + 1) {
        found.push(`table cut: ${describe(table.querySelector('th') ?? table)}`);
      }
      for (const cell of table.querySelectorAll('th, td')) {
        const edge = cell.getBoundingClientRect();
        if (cell.scrollWidth > cell.clientWidth + 1) found.push(`overflows: ${describe(cell)}`);
        for (const child of cell.querySelectorAll('*')) {
          const r = child.getBoundingClientRect();
          if (r.width > 0 && (r.right > edge.right + 1 || r.left < edge.left - 1)) found.push(`sticks out: ${describe(child)}`);
        }
      }
    }
  }
  return found;
}
