import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { logIn } from '../support/browser.ts';
import { useBrowserApp } from '../support/browser-app.ts';
import { testDrivers } from '../support/databases.ts';

/** Whether the focused element is `locator`'s element or inside it. */
async function focusIsIn(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el.contains(document.activeElement));
}

/** What the page's polite (status) or assertive (alert) live region says, once it says something. */
async function announced(page: Page, region: 'status' | 'alert', pattern: RegExp): Promise<string> {
  const id = region === 'status' ? '#live-status' : '#live-alert';
  await page.waitForFunction(([sel, src]) => new RegExp(src).test(document.querySelector(sel)?.textContent ?? ''), [id, pattern.source] as const);
  return (await page.locator(id).textContent())!;
}

const focusedTag = (page: Page) => page.evaluate(() => {
  const el = document.activeElement!;
  return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}`;
});

describe.each(testDrivers)('Focus and announcements after htmx swaps on %s', (driver) => {
  const ctx = useBrowserApp(driver);
  const url = (path: string) => `${ctx.app.server.url}${path}`;

  it('when the coordinator changes queue by click and by Space, then focus stays on the chosen queue and its count is announced', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await logIn(page, ctx.app.server.url, 'koordinator');
    await page.goto(url('/ventelister'));
    await page.getByRole('button', { name: /^Langtid/ }).click();
    await page.waitForURL(/ko=langtid/);
    expect(await announced(page, 'status', /Langtid: \d+ venter/)).toMatch(/Langtid/);
    expect(await focusedTag(page)).toBe('button#ko-langtid');

    await page.getByRole('button', { name: /^Korttid/ }).focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/ko=korttid/);
    await announced(page, 'status', /Korttid: \d+ venter/);
    expect(await focusedTag(page)).toBe('button#ko-korttid');
    expect(await page.evaluate(() => window.scrollY)).toBe(0); // Space chose, it did not scroll
  });

  it('when the coordinator plans, accepts, rejects and overrides on Forslag, then focus stays on the control or its row and each result is announced', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.setDefaultTimeout(30_000);
    await logIn(page, ctx.app.server.url, 'koordinator');
    await page.goto(url('/forslag'));
    expect(await page.locator('#plan-progress').isVisible()).toBe(false); // out of the accessibility tree when idle
    const plan = page.getByRole('button', { name: 'Lag nye forslag' });
    await plan.click();
    await page.locator('#proposals .proposal').first().waitFor();
    expect(await announced(page, 'status', /Planlagt/)).toMatch(/Planlagt/);
    expect(await focusIsIn(plan)).toBe(true);
    expect(await page.locator('#proposals').getAttribute('aria-busy')).toBeNull();

    const open = () => page.locator('#proposals article.proposal[data-status="proposed"]:not(:has(.proposal-blocked))');
    const first = page.locator(`#${await open().first().getAttribute('id')}`);
    await first.getByRole('button', { name: 'Godta' }).click();
    await announced(page, 'status', /Godtatt – plass reservert/);
    expect(await focusIsIn(first)).toBe(true);

    const second = page.locator(`#${await open().first().getAttribute('id')}`);
    await second.getByLabel('Begrunnelse for avvisning (valgfri)').fill('Ønsker å vente');
    await second.getByRole('button', { name: 'Avvis' }).click();
    await announced(page, 'status', /Avvist/);
    expect(await focusIsIn(second)).toBe(true);

    const third = page.locator(`#${await open().first().getAttribute('id')}`);
    await third.locator('summary', { hasText: 'Overstyr' }).click();
    await third.getByRole('button', { name: 'Lagre overstyring' }).click(); // no reason given
    const message = await announced(page, 'alert', /\S/);
    const focused = await page.evaluate(() => {
      const el = document.activeElement!;
      return { invalid: el.getAttribute('aria-invalid'), described: document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent };
    });
    expect(focused.invalid).toBe('true');
    expect(message).toContain(focused.described);
  });

  it('when the coordinator shows a fødselsnummer and saves a vedtak with errors, then focus goes to the number and to the first error', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await logIn(page, ctx.app.server.url, 'koordinator');
    await page.goto(url('/ventelister'));
    page.setDefaultTimeout(10_000);
    await page.locator('#queue-view tbody tr a').first().click();
    await page.waitForURL(/\/personer\/\d+$/); // loaded, so htmx has set up the page's buttons
    await page.getByRole('button', { name: 'Vis fødselsnummer' }).click();
    // The number takes focus once the swap has settled (htmx settles 20 ms after swapping).
    await page.waitForFunction(() => /^\d{11}$/.test(document.activeElement?.textContent ?? ''), null, { timeout: 5_000 });
    expect(await focusIsIn(page.locator('#fnr'))).toBe(true);

    await page.locator('summary', { hasText: 'Registrer nytt vedtak' }).click();
    // The form must be sent by htmx (a plain submit answers with a whole page and its error summary instead).
    await page.waitForLoadState('networkidle');
    const sent = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/vedtak'));
    await page.getByRole('button', { name: 'Lagre vedtak' }).click();
    expect((await sent).headers()['hx-request']).toBe('true');
    const message = await announced(page, 'alert', /\S/);
    const first = await page.evaluate(() => {
      const el = document.activeElement!;
      return { invalid: el.getAttribute('aria-invalid'), first: el === document.querySelector('#person-view [aria-invalid="true"]') };
    });
    expect(first).toEqual({ invalid: 'true', first: true });
    expect(message.length).toBeGreaterThan(5);
  });

  it('when a full-page form comes back with errors, then its error summary has focus and links to the fields', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await logIn(page, ctx.app.server.url, 'koordinator');
    await page.goto(url('/personer/ny'));
    await page.getByRole('button', { name: 'Registrer' }).click();
    await page.locator('[data-error-summary]').waitFor();
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-error-summary'))).toBe(true);
    await page.locator('[data-error-summary] a').first().click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
  });

  it('when the meeting plans, then focus follows to «Planlegg på nytt», the indicator is busy only while planning, and the result is announced', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.setDefaultTimeout(30_000);
    await logIn(page, ctx.app.server.url, 'koordinator');
    await page.goto(url('/tildelingsmote'));
    await page.getByLabel('Deltakere (ett navn per linje)').fill('Kari Koordinator');
    await page.getByRole('button', { name: 'Start møte' }).click();
    await page.waitForURL(/\/tildelingsmote\/\d+$/);
    const busy = page.waitForSelector('#meeting-proposals[aria-busy="true"]', { state: 'attached' });
    await page.locator('#meeting-plan').click(); // «Planlegg nå», or «… på nytt» when the meeting took today's run
    await busy;
    expect(await announced(page, 'status', /Planlegger/)).toMatch(/Planlegger/);
    await page.locator('#meeting-proposals:not([aria-busy])').getByRole('button', { name: 'Planlegg på nytt' }).waitFor();
    await announced(page, 'status', /Forslag \(\d+ denne uka\)/);
    expect(await focusedTag(page)).toBe('button#meeting-plan');
    expect(await page.locator('#meeting-proposals').getAttribute('aria-busy')).toBeNull();
  });

  it('when the leader reports no change and then a departure row with a bad count, then focus goes to the confirmation and to «Antall»', async () => {
    const context = await ctx.browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await logIn(page, ctx.app.server.url, 'leder');
    const card = page.locator('section.leader-unit').first();
    const cardId = await card.getAttribute('id');
    await card.getByRole('button', { name: 'Ingen endring' }).tap();
    expect(await announced(page, 'status', /meldt uten endring/)).toMatch(/meldt uten endring/);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/meldt uten endring/);

    const again = page.locator(`#${cardId}`);
    await again.locator('summary', { hasText: 'Endre tall' }).tap();
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await again.locator('[name="avreise_dato_0"]').fill(tomorrow);
    await again.locator('[name="avreise_antall_0"]').fill('0');
    await again.getByRole('button', { name: 'Lagre melding' }).tap();
    expect(await announced(page, 'alert', /Skriv antall/)).toMatch(/Skriv antall/);
    const focused = await page.evaluate(() => {
      const el = document.activeElement!;
      return { name: el.getAttribute('name'), described: document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent };
    });
    expect(focused).toEqual({ name: 'avreise_antall_0', described: 'Skriv antall (1 eller mer).' });
    expect(await page.locator(`#${cardId} [name="avreise_dato_0"]`).getAttribute('aria-invalid')).toBeNull();

    await page.locator(`#${cardId} [name="avreise_antall_0"]`).fill('1');
    await page.locator(`#${cardId}`).getByRole('button', { name: 'Lagre melding' }).tap();
    expect(await announced(page, 'status', /Dagens tall er meldt\.$/)).toBe('Takk! Dagens tall er meldt.');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/Dagens tall er meldt/);
    await context.close();
  });
});
