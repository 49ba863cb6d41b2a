/**
 * The accessibility audit in the suite: axe-core (WCAG 2.0/2.1 A and AA) on every page each
 * role can open, the leader on a phone, the meeting in projector mode, a page after an htmx
 * swap and forms in error; none may have a critical or serious violation. Every page run
 * also checks reflow (WCAG 1.4.10): at 320 CSS pixels nothing scrolls the page sideways.
 * Pages come from the app's route table with real demo ids, so a new page is audited
 * without anyone adding it here. PGlite only: this audits views, not the database.
 */
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../db/schema.ts';
import { audit, pageWidthAt } from '../support/axe.ts';
import { failures, type Known, REFLOW_WIDTH, type Run, staleKnown, summary } from '../support/axe-report.ts';
import { logIn } from '../support/browser.ts';
import { useBrowserApp } from '../support/browser-app.ts';
import { loginAs } from '../support/http.ts';
import { demoIds, type Ids, ROLE_USERS, substitute } from '../support/route-ids.ts';

// Reduced motion: axe measures contrast mid-transition otherwise (a fading label once read as failing).
const DESK: BrowserContextOptions = { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' };
const PHONE: BrowserContextOptions = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, reducedMotion: 'reduce' };

/** Known and not yet fixed; delete an entry when it is (a stale one fails). */
const KNOWN: readonly Known[] = [];

/** GET routes that answer an htmx fragment, not a page: audited inside the page that fetches them. */
const FRAGMENTS = ['/forslag/:id/overstyr'];

/** Forms sent with bad input: each comes back with its messages at the fields. */
const FORMS_IN_ERROR: { name: string; role: Role; path: string; button: string; fill?: [label: string, value: string]; phone?: boolean }[] = [
  { name: 'the vedtak form sent empty', role: 'koordinator', path: '/personer/:id', button: 'Lagre vedtak' },
  { name: 'the registration sent empty', role: 'koordinator', path: '/personer/ny', button: 'Registrer' },
  { name: 'an application registered without a date', role: 'koordinator', path: '/personer/:id', button: 'Registrer søknad', fill: ['Dato søknaden kom inn', ''] },
  { name: "the leader's report with a negative figure (375×812)", role: 'institusjonsleder', path: '/enheter', button: 'Lagre melding', fill: ['Bemannede senger', '-1'], phone: true },
  { name: 'a new user sent empty', role: 'admin', path: '/admin/brukere', button: 'Opprett bruker' },
  { name: 'a respite series sent empty', role: 'koordinator', path: '/plasser/enhet/:korttidUnit/avlastning', button: 'Hold av plass' },
  { name: 'a booked stay moved without a reason', role: 'koordinator', path: '/plasser/enhet/:korttidUnit/avlastning', button: 'Flytt oppholdet' },
  { name: 'an Oppgaver item dismissed without a reason', role: 'koordinator', path: '/oppgaver', button: 'Avvis oppgaven' },
];

/** htmx answers swapped into a coordinator's page: each `act` does it and waits for the new content. */
const HTMX_SWAPS: { name: string; path: string; act(page: Page): Promise<void> }[] = [
  { name: 'another queue tab', path: '/ventelister', act: async (page) => {
    await page.getByRole('button', { name: /^Langtid/ }).click();
    await page.locator('.queue-tabs [aria-current="true"]', { hasText: 'Langtid' }).waitFor();
  } },
  { name: 'an accepted proposal', path: '/forslag', act: async (page) => {
    // The person of a proposal may have been given a place already (beforeAll accepts one of an earlier run): then the next.
    for (let i = 0; i < 5; i++) {
      const proposal = page.locator('article.proposal[data-status="proposed"]:not(:has(.proposal-blocked))').nth(i);
      const id = await proposal.getAttribute('id');
      const answer = page.waitForResponse((r) => r.url().endsWith(`/${id!.replace('proposal-', '')}/godta`));
      await proposal.getByRole('button', { name: 'Godta' }).click();
      if ((await answer).ok()) return void await page.locator(`#${id}[data-status="reserved"]`).waitFor();
    }
    throw new Error('no proposal could be accepted');
  } },
  { name: 'a klage registered on a vedtak', path: '/personer/:id', act: async (page) => {
    await page.locator('summary', { hasText: 'Registrer klage' }).first().click();
    await page.getByRole('button', { name: 'Registrer klage' }).first().click();
    await page.locator('.ds-alert', { hasText: 'Klagen er registrert.' }).waitFor();
  } },
  { name: 'an Oppgaver item dismissed', path: '/oppgaver?avviste=ja', act: async (page) => {
    const item = page.locator('.task-item').first();
    await item.locator('summary').click();
    await item.getByLabel('Begrunnelse (påkrevd)').fill('Avklart');
    await item.getByRole('button', { name: 'Avvis oppgaven' }).click();
    await page.locator('.ds-alert', { hasText: 'Avvist:' }).waitFor();
  } },
  { name: 'the fødselsnummer shown', path: '/personer/:id', act: async (page) => {
    await page.getByRole('button', { name: 'Vis fødselsnummer' }).click();
    await page.getByText('(visningen er logget)').waitFor();
  } },
];

const openAllDetails = (page: Page) => page.evaluate(() => { for (const details of document.querySelectorAll('details')) details.open = true; });

describe('Accessibility audit (axe-core, WCAG 2.1 AA) on pglite', () => {
  const ctx = useBrowserApp('pglite');
  const runs: Run[] = [];
  let ids: Ids;
  beforeAll(async () => {
    ids = await demoIds(ctx.app);
    // The pages as a meeting sees them: the meeting has its proposals, Forslag a reserved place.
    const coordinator = await loginAs(ctx.app.server.url, 'koordinator');
    for (const path of ['/tildelingsmote/:id/planlegg', '/forslag/:id/godta']) {
      const res = await coordinator.post(substitute(path, ids), {});
      if (res.status >= 400) throw new Error(`${path}: ${res.status}`);
    }
  }, 120_000);
  afterAll(() => { if (runs.length) console.log(summary(runs, KNOWN)); });

  /** The HTML pages the role may open: every GET route it is allowed, less JSON downloads and redirects; the meeting also as projector. */
  function pagesFor(role: Role): string[] {
    const pages = ctx.app.server.routes.specs
      .filter((s) => s.method === 'get' && s.path !== '/' && s.path !== '/logg-inn' && !s.path.endsWith('.json') && !s.path.endsWith('.csv'))
      .filter((s) => !FRAGMENTS.includes(s.path))
      .filter((s) => s.allow !== 'anyone' && s.allow.includes(role))
      .map((s) => substitute(s.path, ids));
    const meeting = substitute('/tildelingsmote/:id', ids);
    // The coordinator's booking page of a korttid unit, with its forms (the route's own id may be another kind of unit).
    // And the person page of one of a couple, with its partner link («Ønsker å bo sammen med»).
    const booked = role === 'koordinator' ? [substitute('/plasser/enhet/:korttidUnit/avlastning', ids), substitute('/personer/:couple', ids)] : [];
    return [...pages, ...(pages.includes(meeting) ? [`${meeting}?visning=projektor`] : []), ...booked];
  }

  async function session(options: BrowserContextOptions, role?: Role): Promise<{ context: BrowserContext; page: Page }> {
    const context = await ctx.browser.newContext(options);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    if (role) await logIn(page, ctx.app.server.url, ROLE_USERS[role]);
    return { context, page };
  }

  /** Audits the page with every <details> open (axe skips hidden content) and, unless told not to, its width at 320 px. */
  async function check(page: Page, name: string, reflow = true): Promise<Run> {
    await openAllDetails(page);
    const run: Run = { name, violations: await audit(page), width: reflow ? await pageWidthAt(page, REFLOW_WIDTH) : undefined };
    runs.push(run);
    return run;
  }

  /** Opens and checks each page; `status` is the answer expected (any success if not given). */
  async function walk(page: Page, label: string, paths: string[], status?: number): Promise<Run[]> {
    const done: Run[] = [];
    for (const path of paths) {
      const res = await page.goto(`${ctx.app.server.url}${path}`);
      if (status) expect(res?.status(), `${label} ${path}`).toBe(status);
      else expect(res?.status(), `${label} ${path}`).toBeLessThan(400);
      done.push(await check(page, `${label} ${path}${status ? ` (${status})` : ''}`));
    }
    return done;
  }

  it('when nobody is logged in, then the login page has no critical or serious violation and reflows at 320 px', async () => {
    const { context, page } = await session(DESK);
    expect(failures(await walk(page, 'anonym', ['/logg-inn']), KNOWN)).toEqual([]);
    await context.close();
  });

  it.each(['koordinator', 'institusjonsleder', 'mote', 'admin', 'kontorleder'] as Role[])(
    'when %s opens every page it may at a desk, then none has a critical or serious violation and none scrolls sideways at 320 px',
    async (role) => {
      const { context, page } = await session(DESK, role);
      expect(failures(await walk(page, ROLE_USERS[role], pagesFor(role)), KNOWN)).toEqual([]);
      await context.close();
    }, 120_000);

  it('when the leader opens its pages on a phone (375×812), then none has a critical or serious violation', async () => {
    const { context, page } = await session(PHONE, 'institusjonsleder');
    expect(failures(await walk(page, 'leder (375×812)', pagesFor('institusjonsleder')), KNOWN)).toEqual([]);
    await context.close();
  });

  it.each(HTMX_SWAPS)('when $name has been swapped in by htmx, then the page has no critical or serious violation', async (swap) => {
    const { context, page } = await session(DESK, 'koordinator');
    await page.goto(`${ctx.app.server.url}${substitute(swap.path, ids)}`);
    await swap.act(page);
    expect(failures([await check(page, `koordinator ${swap.path}: ${swap.name} (htmx)`)], KNOWN)).toEqual([]);
    await context.close();
  });

  it.each(FORMS_IN_ERROR)('when $name comes back with errors, then the form has no critical or serious violation', async (form) => {
    const { context, page } = await session(form.phone ? PHONE : DESK, form.role);
    await page.goto(`${ctx.app.server.url}${substitute(form.path, ids)}`);
    await openAllDetails(page);
    if (form.fill) await page.getByLabel(form.fill[0], { exact: true }).first().fill(form.fill[1]);
    await page.getByRole('button', { name: form.button }).first().click();
    await page.locator('[aria-invalid="true"]').first().waitFor();
    expect(failures([await check(page, `${ROLE_USERS[form.role]} ${form.path}: ${form.name}`, false)], KNOWN)).toEqual([]);
    await context.close();
  });

  it.each(['koordinator', 'admin'] as Role[])('when %s opens a page whose id does not exist, then the error page has no critical or serious violation', async (role) => {
    const { context, page } = await session(DESK, role);
    const missing = [...new Set(pagesFor(role).filter((p) => /\/\d+/.test(p) && !p.includes('?')).map((p) => p.replace(/\/\d+/g, '/999999')))];
    expect(failures(await walk(page, ROLE_USERS[role], missing, 404), KNOWN)).toEqual([]);
    await context.close();
  });

  it('when the meeting room opens a page it may not, then the refusal has no critical or serious violation', async () => {
    const { context, page } = await session(DESK, 'mote');
    expect(failures(await walk(page, 'mote', [substitute('/personer/:id', ids)], 403), KNOWN)).toEqual([]);
    await context.close();
  });

  // Last but one: issuing the minutes ends the meeting's decisions.
  it('when the minutes are issued, then the meeting and its minutes have no critical or serious violation', async () => {
    const coordinator = await loginAs(ctx.app.server.url, 'koordinator');
    expect((await coordinator.post(substitute('/tildelingsmote/:id/referat/fastsett', ids), {})).status).toBeLessThan(400);
    const { context, page } = await session(DESK, 'koordinator');
    const meeting = substitute('/tildelingsmote/:id', ids);
    expect(failures(await walk(page, 'koordinator (fastsatt)', [meeting, `${meeting}/referat`]), KNOWN)).toEqual([]);
    await context.close();
  });

  it('when a known failure no longer occurs, then its entry is gone from KNOWN (run the whole file)', () => {
    expect(runs.length).toBeGreaterThan(30);
    expect(staleKnown(runs, KNOWN).map((k) => `${k.rule} ${k.page ?? ''} ${k.target ?? ''} (${k.owner})`)).toEqual([]);
  });
});
