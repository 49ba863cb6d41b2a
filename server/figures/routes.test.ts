import { describe, expect, it } from 'vitest';
import { computeFigures } from '../../db/figures/compute.ts';
import { clipPeriod, parsePeriod } from '../../db/figures/period.ts';
import { testDrivers } from '../../test/support/databases.ts';
import { TEST_TODAY, useDemoAppAs } from '../../test/support/demo-app.ts';
import { loginAs } from '../../test/support/http.ts';
import { formatNumber, formatPercent } from '../../views/format.ts';

const htmx = { 'hx-request': 'true' };
/** The figure in the «this period» column of the row named `label`. */
const cell = (html: string, label: string) => new RegExp(`<th scope="row">${label}</th><td data-label="[^"]+">([^<]*)</td>`).exec(html)?.[1];

describe.each(testDrivers)('Nøkkeltall over HTTP on %s', (driver) => {
  const ctx = useDemoAppAs(driver, 'koordinator', { history: true });

  it('when the coordinator opens Nøkkeltall without a period, then it shows the year so far against the same days of last year', async () => {
    const res = await ctx.client.get('/nokkeltall');
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('<h1 class="ds-heading" data-size="lg">Nøkkeltall</h1>');
    expect(html).toContain('Nøkkeltall for 2026 (til og med 22. november)');
    expect(html).toContain('Sammenlignet med 2025 (til og med 22. november)');
    expect(html).toContain('href="/nokkeltall/arsrapport?ar=2026"');
    expect(html).toMatch(/aria-current="page">Nøkkeltall<\/a>/);
  }, 60_000);

  it('when the period before starts before the first place report, then the page says the comparison is incomplete; a later month has no such warning', async () => {
    const since = (await ctx.client.get('/nokkeltall').then((r) => r.text())).match(/Plassplan har registreringer fra (\d\d\.\d\d\.\d{4})\. Tiden før mangler, så 2025 \(til og med 22\. november\) er ufullstendig/);
    // The simulated history begins 425 days before its last day (21.11.2026) with the first morning's reports.
    expect(since?.[1]).toBe('24.09.2025');
    expect(await ctx.client.get('/nokkeltall?periode=2026-10').then((r) => r.text())).not.toContain('records-notice');
    expect(await ctx.client.get('/nokkeltall/arsrapport?ar=2025').then((r) => r.text())).toContain('så 2025 er ufullstendig.');
  }, 60_000);

  it.each(['2026-10', '2026-T2', '2026'])('when period %s is asked for, then its figures are those computeFigures gives for it', async (id) => {
    const period = clipPeriod(parsePeriod(id)!, TEST_TODAY)!;
    const [res, figures] = await Promise.all([ctx.client.get(`/nokkeltall?periode=${id}`), computeFigures(ctx.app.database.db, period)]);
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain(`Nøkkeltall for ${period.label}`);
    expect(cell(html, 'Overliggerdøgn')).toBe(formatNumber(figures.overligger.days));
    expect(cell(html, 'Klager mottatt')).toBe(formatNumber(figures.appeals.received));
    expect(cell(html, 'Meldt utskrivningsklare')).toBe(formatNumber(figures.discharged.total));
    for (const row of figures.vedtak) expect(cell(html, `${row.kind[0]!.toUpperCase()}${row.kind.slice(1)}: i alt`), row.kind).toBe(formatNumber(row.total));
    const due = figures.guarantees.reduce((s, r) => s + r.due, 0);
    const breached = figures.guarantees.reduce((s, r) => s + r.breached, 0);
    expect(cell(html, 'Alle: andel brudd')).toBe(formatPercent(due === 0 ? null : (breached / due) * 100));
    // The charts: three, each an image with a title and a text alternative, and its table.
    expect(html.match(/<svg [^>]*role="img"/g)?.length).toBe(3);
    expect(html).toContain('Andel garantibrudd per måned');
    expect(figures.overligger.days).toBeGreaterThan(0);
  }, 60_000);

  it('when the month is chosen in the form, then the list offers months and the links go to the months before and after', async () => {
    const html = await (await ctx.client.get('/nokkeltall?periode=2026-10')).text();
    expect(html).toContain('<option value="month" selected>Måned</option>');
    expect(html).toContain('<option value="2026-10" selected>oktober 2026</option>');
    expect(html).toContain('href="/nokkeltall?periode=2026-09"');
    expect(html).toContain('href="/nokkeltall?periode=2026-11"');
    // The current month has no next.
    expect(await (await ctx.client.get('/nokkeltall?periode=2026-11')).text()).not.toContain('rel="next"');
  }, 60_000);

  it('when the kind is changed without JavaScript, then the period of that kind holding the chosen one is shown', async () => {
    const html = await (await ctx.client.get('/nokkeltall?type=tertial&periode=2026-06')).text();
    expect(html).toContain('Nøkkeltall for 2. tertial 2026');
  }, 60_000);

  it.each([
    ['periode=2026-13', 'Periode: «2026-13» er ikke en periode.', 'periode'],
    ['periode=2027', 'Periode: 2027 har ikke begynt ennå.', 'periode'],
    ['periode=2026-12', 'Periode: desember 2026 har ikke begynt ennå.', 'periode'],
    ['type=uke', 'Periodetype: velg måned, tertial eller år.', 'periode-type'],
  ])('when %s is asked for, then 400 with a Norwegian message at the field', async (query, message, field) => {
    for (const headers of [{}, htmx]) {
      const res = await ctx.client.get(`/nokkeltall?${query}`, headers);
      const html = await res.text();
      expect(res.status).toBe(400);
      expect(html).toContain(message);
      expect(html).toContain(`id="${field}" name="${field === 'periode' ? 'periode' : 'type'}" aria-invalid="true" aria-describedby="${field}-feil"`);
      expect(html).not.toContain('Nøkkeltall for ');
    }
  });

  it('when htmx asks, then only the content region comes back, with the heading to focus and the text to announce', async () => {
    const res = await ctx.client.get('/nokkeltall?periode=2026-T3', htmx);
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html.startsWith('<div id="nokkeltall" class="figures-region" hx-history="false">')).toBe(true);
    expect(html).not.toContain('<html');
    expect(html).not.toContain('Hovedmeny');
    expect(html).toContain('tabindex="-1" data-focus="true">Nøkkeltall for 3. tertial 2026 (til og med 22. november)</h2>');
    expect(html).toContain('data-announce="polite">Viser nøkkeltall for 3. tertial 2026 (til og med 22. november).</p>');
    // A history restore gets the whole page.
    const restore = await ctx.client.get('/nokkeltall?periode=2026-T3', { ...htmx, 'hx-history-restore-request': 'true' });
    expect(await restore.text()).toContain('<html');
  }, 60_000);

  it('when the office leader and the meeting room open it, then they get in; the institution leader and nobody do not', async () => {
    for (const username of ['kontorleder', 'mote']) {
      const client = await loginAs(ctx.app.server.url, username);
      const res = await client.get('/nokkeltall?periode=2026-10');
      expect(res.status, username).toBe(200);
    }
    const leader = await loginAs(ctx.app.server.url, 'leder');
    expect((await leader.get('/nokkeltall')).status).toBe(403);
    const anonymous = await fetch(`${ctx.app.server.url}/nokkeltall`, { redirect: 'manual' });
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe('/logg-inn?neste=%2Fnokkeltall');
  }, 60_000);

  it('when the office leader logs in, then it lands on Nøkkeltall, sees only Nøkkeltall in the menu, and may not see people, lists or tasks', async () => {
    const client = await loginAs(ctx.app.server.url, 'kontorleder');
    expect((await client.get('/')).headers.get('location')).toBe('/nokkeltall');
    const html = await (await client.get('/nokkeltall?periode=2026-10')).text();
    const nav = /<nav aria-label="Hovedmeny"[\s\S]*?<\/nav>/.exec(html)![0];
    expect(nav.match(/href="/g)?.length).toBe(1);
    expect(html).toContain('Kristin Kontorleder <small>(Leder for kontoret)</small>');
    for (const path of ['/ventelister', '/personer', '/personer/1', '/oppgaver', '/plasser', '/forslag', '/tildelingsmote', '/admin', '/enheter']) {
      expect((await client.get(path)).status, path).toBe(403);
    }
  }, 60_000);
});
