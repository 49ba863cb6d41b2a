import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeFigures } from '../../db/figures/compute.ts';
import { clipPeriod, yearPeriod } from '../../db/figures/period.ts';
import type { Figures } from '../../db/figures/types.ts';
import { listKprRegistrations } from '../../db/queries/kpr-registrations.ts';
import { auditLog, users } from '../../db/schema.ts';
import { testDrivers } from '../../test/support/databases.ts';
import { TEST_TODAY, useDemoAppAs } from '../../test/support/demo-app.ts';
import { loginAs } from '../../test/support/http.ts';
import { REPORT_TABLE_IDS } from '../../views/figures/report-tables.ts';

/** A CSV body as records of fields (no field in these files holds a `;` or a quote). */
function records(body: string): string[][] {
  expect(body.startsWith('\uFEFF'), 'UTF-8 BOM').toBe(true);
  return body.slice(1).split('\r\n').filter(Boolean).map((line) => line.split(';'));
}
/** The record whose first field is `header`, by column name. */
function row(csv: string[][], header: string): Record<string, string> {
  const found = csv.find((r) => r[0] === header);
  expect(found, header).toBeDefined();
  return Object.fromEntries(csv[0]!.map((column, i) => [column, found![i]!]));
}
/** The body as sent: fetch's text() would drop the byte-order mark. */
const bodyOf = async (res: Response) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
const num = (value: number, decimals = 0) => value.toFixed(decimals).replace('.', ',');
const sum = <T>(rows: readonly T[], pick: (r: T) => number) => rows.reduce((s, r) => s + pick(r), 0);

describe.each(testDrivers)('Årsrapport over HTTP on %s', (driver) => {
  const ctx = useDemoAppAs(driver, 'koordinator', { history: true });
  const db = () => ctx.app.database.db;
  const period = clipPeriod(yearPeriod(2026), TEST_TODAY)!;
  let figures: Figures;
  const csvs = new Map<string, { res: Response; body: string }>();
  beforeAll(async () => {
    figures = await computeFigures(db(), period);
    for (const id of REPORT_TABLE_IDS) {
      const res = await ctx.client.get(`/nokkeltall/arsrapport/${id}.csv?ar=2026`);
      csvs.set(id, { res, body: await bodyOf(res) });
    }
  }, 120_000);
  const csv = (id: string) => records(csvs.get(id)!.body);

  it('when the coordinator opens the Årsrapport for the running year, then it is titled, says how far it reads, and has every table with its CSV link and the definitions', async () => {
    const res = await ctx.client.get('/nokkeltall/arsrapport?ar=2026');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<h1 class="ds-heading" data-size="lg">Årsrapport 2026 – Tildelingskontoret</h1>');
    expect(html).toContain('til og med 22.11.2026');
    for (const id of REPORT_TABLE_IDS) expect(html).toContain(`href="/nokkeltall/arsrapport/${id}.csv?ar=2026"`);
    for (const caption of ['Vedtak 2026', 'Klager og klagesaksbehandling 2026', 'Overliggerdøgn 2026', 'Venteliste ved årets slutt 2026']) expect(html).toContain(`<caption class="ds-sr-only">${caption}</caption>`);
    expect(html).toContain('Slik regnes tallene');
    expect(html).toContain('Beleggsprosent (SSB/KOSTRA)');
    expect(html).toContain('href="/nokkeltall/arsrapport/kpr.csv?ar=2026"');
    expect(html).toContain('/static/annual-report.css');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(html.replace(/<[^>]+>/g, ' '), 'no ISO dates in the text').not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
  }, 60_000);

  it('when the year is left out, then it is the year so far; an ended year reads the whole year', async () => {
    expect(await (await ctx.client.get('/nokkeltall/arsrapport')).text()).toContain('Årsrapport 2026 – Tildelingskontoret');
    const whole = await (await ctx.client.get('/nokkeltall/arsrapport?ar=2025')).text();
    expect(whole).toContain('Hele året: 01.01.2025–31.12.2025.');
  }, 60_000);

  it('when every table is downloaded, then it is a CSV for Norwegian Excel with its year in the file name', () => {
    for (const id of REPORT_TABLE_IDS) {
      const { res, body } = csvs.get(id)!;
      expect(res.status, id).toBe(200);
      expect(res.headers.get('content-type'), id).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('cache-control'), id).toBe('no-store');
      expect(res.headers.get('content-disposition'), id).toMatch(new RegExp(`^attachment; filename="?arsrapport-2026-${id}\\.csv"?$`));
      const lines = records(body);
      expect(lines.length, id).toBeGreaterThan(1);
      for (const line of lines) expect(line.length, `${id}: ${line.join(';')}`).toBe(lines[0]!.length);
      // Numbers are plain: no thousands grouping, a decimal comma (labels in the first column may say «1 000»).
      for (const line of lines.slice(1)) for (const field of line.slice(1)) if (/^[\d-]/.test(field)) expect(field, `${id}: ${line.join(';')}`).toMatch(/^-?\d+(,\d)?$/);
    }
  });

  it('when the vedtak and appeals files are read, then their numbers are computeFigures\' for the year', () => {
    const vedtak = csv('vedtak');
    for (const v of figures.vedtak) {
      const r = row(vedtak, v.kind.charAt(0).toUpperCase() + v.kind.slice(1));
      expect([r['Antall vedtak'], r['Herav innvilget'], r['Avslag'], r['Ventelistevedtak']]).toEqual([v.total, v.innvilget, v.avslag, v.ventelistevedtak].map((n) => num(n)));
    }
    expect(row(vedtak, 'Sum')['Antall vedtak']).toBe(num(sum(figures.vedtak, (v) => v.total)));
    expect(sum(figures.vedtak, (v) => v.total)).toBeGreaterThan(100);
    const klager = csv('klager');
    expect(row(klager, 'Antall klager')['Antall']).toBe(num(figures.appeals.received));
    expect(row(klager, 'Statsforvalteren stadfester kommunens vedtak')['Antall']).toBe(num(figures.appeals.stadfestet));
    expect(row(klager, 'Klagesaksbehandling hos Statsforvalteren, totalt')['Antall'])
      .toBe(num(figures.appeals.stadfestet + figures.appeals.opphevet + figures.appeals.omgjort));
  });

  it('when the hospital files are read, then utskrivningsklare and overliggerdøgn are computeFigures\', with a decimal comma per 1 000 innbyggere', () => {
    expect(row(csv('utskrivningsklare'), 'Utskrivningsklare pasienter totalt')['Antall']).toBe(num(figures.discharged.total));
    expect(figures.discharged.total).toBeGreaterThan(0);
    const overligger = csv('overliggerdogn');
    const total = row(overligger, 'Sum');
    expect([total['Overliggerdøgn'], total['Kostnad (kr)']]).toEqual([num(figures.overligger.days), num(figures.overligger.nok)]);
    const per1000 = row(overligger, 'Døgn per 1 000 innbyggere')['Overliggerdøgn'];
    expect(per1000).toBe(num(figures.overligger.per1000, 1));
    expect(per1000).toMatch(/^\d+,\d$/);
    expect(overligger.length).toBe(1 + figures.overligger.byMonth.length + 2);
    expect(row(overligger, 'Mars')['Overliggerdøgn']).toBe(num(figures.overligger.byMonth.find((m) => m.month === '2026-03')!.days));
  });

  it('when the result files are read, then targets, waiting time, occupancy and the waiting list are computeFigures\'', () => {
    const langtidCase = figures.caseTime.find((c) => c.kind === 'langtid')!;
    const goal = row(csv('mal-og-resultater'), 'Saksbehandlingstid langtid, median (dager)');
    expect([goal['Måltall'], goal['Resultat'], goal['Grunnlag (antall)']]).toEqual([num(langtidCase.targetDays), num(langtidCase.medianDays!, 1), num(langtidCase.count)]);
    const breach = figures.guarantees.find((g) => g.kind === 'langtid')!;
    const breachRow = row(csv('mal-og-resultater'), 'Brudd på garantien, langtid (%)');
    expect([breachRow['Måltall'], breachRow['Resultat']]).toEqual([num(figures.targets.guaranteeBreachPct, 1), breach.breachPct === null ? '' : num(breach.breachPct, 1)]);
    const waitAll = figures.waitingTime.find((w) => w.kind === 'langtid' && w.priority === null)!;
    const waitRow = csv('ventetid').find((r) => r[0] === 'Langtid' && r[1] === 'Alle')!;
    expect(waitRow.slice(2)).toEqual([num(waitAll.count), waitAll.medianDays === null ? '' : num(waitAll.medianDays, 1), waitAll.p90Days === null ? '' : num(waitAll.p90Days, 1)]);
    const korttid = figures.occupancy.find((o) => o.kind === 'korttid')!;
    const belegg = row(csv('belegg'), 'Korttid');
    expect([belegg['Plasser'], belegg['Oppholdsdøgn'], belegg['Belegg (%)'], belegg['Sirkulasjon (opphold per bruker)']])
      .toEqual([num(korttid.places), num(korttid.stayDays), num(korttid.occupancyPct!, 1), num(korttid.turnover!, 1)]);
    const langtidWaiting = figures.waitingAtEnd.find((w) => w.kind === 'langtid')!;
    const venteliste = row(csv('venteliste'), 'Langtid');
    expect([venteliste['Hjemme'], venteliste['På korttidsplass'], venteliste['På sykehus'], venteliste['Totalt']])
      .toEqual([langtidWaiting.hjemme, langtidWaiting.korttid, langtidWaiting.sykehus, langtidWaiting.total].map((n) => num(n)));
  });

  it('when the page and a CSV file show the same table, then they show the same numbers', async () => {
    const html = (await (await ctx.client.get('/nokkeltall/arsrapport?ar=2026')).text()).replaceAll('\u00a0', '');
    const section = html.split('id="tabell-overliggerdogn"')[1]!.split('</table>')[0]!;
    // As numbers: the page writes 8 where the file writes 8,0.
    const value = (text: string) => (text === '' || text === '–' ? null : Number(text.replace(',', '.')));
    const cells = [...section.matchAll(/<td class="num">([^<]*)<\/td>/g)].map((m) => value(m[1]!));
    const fromCsv = csv('overliggerdogn').slice(1).flatMap((r) => r.slice(1)).map(value);
    expect(cells.length).toBeGreaterThan(20);
    expect(cells).toEqual(fromCsv);
  }, 60_000);

  it('when the report and the KPR file are fetched three times, then the median time is logged and each answers in seconds', async () => {
    const median = async (path: string) => {
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        const started = performance.now();
        const res = await ctx.client.get(path);
        await res.arrayBuffer();
        times.push(performance.now() - started);
      }
      return times.sort((a, b) => a - b)[1]!;
    };
    const page = await median('/nokkeltall/arsrapport?ar=2026');
    const table = await median('/nokkeltall/arsrapport/belegg.csv?ar=2026');
    const kpr = await median('/nokkeltall/arsrapport/kpr.csv?ar=2026');
    console.log(`Årsrapport 2026 on ${driver}: page ${page.toFixed(0)} ms, one table CSV ${table.toFixed(0)} ms, KPR CSV ${kpr.toFixed(0)} ms (median of 3)`);
    expect(Math.max(page, table, kpr)).toBeLessThan(5000);
  }, 60_000);

  it('when the year is not a year, or has not begun, then the page and the files answer 400 in Norwegian', async () => {
    for (const ar of ['tjuetjueseks', '26', '2027']) {
      const page = await ctx.client.get(`/nokkeltall/arsrapport?ar=${ar}`);
      expect(page.status, ar).toBe(400);
      expect(await page.text(), ar).toMatch(/Ugyldig år|har ikke begynt/);
      for (const file of ['vedtak', 'kpr']) {
        const res = await ctx.client.get(`/nokkeltall/arsrapport/${file}.csv?ar=${ar}`);
        expect(res.status, `${file} ${ar}`).toBe(400);
        expect(await res.text(), `${file} ${ar}`).toMatch(/Ugyldig år|har ikke begynt/);
      }
    }
  });

  it('when the coordinator downloads the KPR file, then it lists the year\'s registrations by fødselsnummer and the download is in the audit log', async () => {
    const auditRows = () => db().select().from(auditLog).where(eq(auditLog.action, 'kpr.export'));
    const before = (await auditRows()).length;
    const res = await ctx.client.get('/nokkeltall/arsrapport/kpr.csv?ar=2026');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="?kpr-venteliste-2026\.csv"?$/);
    const lines = records(await bodyOf(res));
    expect(lines[0]).toEqual(['Fødselsnummer', 'Tjenestekode', 'Tjeneste', 'Tjeneste i Plassplan', 'Vedtakstype', 'Søknadsdato', 'Satt på venteliste', 'Vedtaksdato', 'Innflyttingsdato']);
    const expected = await listKprRegistrations(db(), period);
    expect(lines.length - 1).toBe(expected.length);
    expect(expected.length).toBeGreaterThan(50);
    for (const line of lines.slice(1)) {
      expect(line[0]).toMatch(/^\d{11}$/);
      expect({ korttid: '20', langtid: '21', bofellesskap: '29' }[line[3]!]).toBe(line[1]);
      for (const date of line.slice(5, 8)) expect(date).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
      expect(line[8]).toMatch(/^(\d{2}\.\d{2}\.2026)?$/);
    }
    expect(lines.some((l) => l[8] === '')).toBe(true);
    // The admissions in the file are the year's admissions the figures count (waiting time to a place).
    for (const kind of ['korttid', 'langtid', 'bofellesskap'] as const) {
      const admitted = expected.filter((r) => r.kind === kind && r.admittedDate !== null && r.admittedDate >= period.from).length;
      expect(admitted, kind).toBe(figures.waitingTime.find((w) => w.kind === kind && w.priority === null)!.count);
    }
    expect(expected.every((r) => r.admittedDate === null || r.admittedDate >= period.from)).toBe(true);

    const audits = await auditRows();
    expect(audits.length).toBe(before + 1);
    const [coordinator] = await db().select().from(users).where(eq(users.username, 'koordinator'));
    const entry = audits.at(-1)!;
    expect(entry).toMatchObject({ userId: coordinator!.id, entity: 'waitlist', entityId: '2026' });
    expect(entry.after).toMatchObject({ year: 2026, rows: expected.length });
    expect((entry.after as { personIds: number[] }).personIds.length).toBe(new Set(expected.map((r) => r.personId)).size);
  });

  it('when the meeting room opens the report, then it may read it and its tables, but not the KPR file, and that refusal is not logged as a download', async () => {
    const mote = await loginAs(ctx.app.server.url, 'mote');
    const page = await mote.get('/nokkeltall/arsrapport?ar=2026');
    expect(page.status).toBe(200);
    expect(await page.text()).not.toContain('kpr.csv');
    expect((await mote.get('/nokkeltall/arsrapport/vedtak.csv?ar=2026')).status).toBe(200);
    const before = await db().select({ n: sql<number>`count(*)::int` }).from(auditLog).where(eq(auditLog.action, 'kpr.export'));
    expect([403, 404]).toContain((await mote.get('/nokkeltall/arsrapport/kpr.csv?ar=2026')).status);
    const after = await db().select({ n: sql<number>`count(*)::int` }).from(auditLog).where(and(eq(auditLog.action, 'kpr.export')));
    expect(after[0]!.n).toBe(before[0]!.n);
  }, 60_000);

  it('when an institution leader or nobody asks, then the report, its tables and the KPR file are refused', async () => {
    const leader = await loginAs(ctx.app.server.url, 'leder');
    for (const path of ['/nokkeltall/arsrapport?ar=2026', '/nokkeltall/arsrapport/vedtak.csv?ar=2026', '/nokkeltall/arsrapport/kpr.csv?ar=2026']) {
      expect([403, 404], `leder ${path}`).toContain((await leader.get(path)).status);
      const anonymous = await fetch(`${ctx.app.server.url}${path}`, { redirect: 'manual' });
      expect(anonymous.status, `anonymous ${path}`).toBe(303);
      expect(anonymous.headers.get('location')).toMatch(/^\/logg-inn/);
    }
  });
});
