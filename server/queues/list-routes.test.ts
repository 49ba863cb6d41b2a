import { parse } from 'csv-parse/sync';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema.ts';
import { testDrivers } from '../../test/support/databases.ts';
import { useDemoAppAs } from '../../test/support/demo-app.ts';
import { loginAs } from '../../test/support/http.ts';
import { registerPerson, vedtakBody } from '../persons/test-helpers.ts';

const collator = new Intl.Collator('nb');
/** The names in the page's queue table, in order. */
const namesIn = (html: string): string[] =>
  [...html.split('<tbody>').at(-1)!.split('</tbody>')[0]!.matchAll(/<tr[^>]*><td>(?:<a[^>]*>)?([^<]+)/g)].map((m) => m[1]!.trim());

describe.each(testDrivers)('Ventelister sort, filter and export on %s', (driver) => {
  const ctx = useDemoAppAs(driver, 'koordinator');
  const csv = async (query: string) => {
    const res = await ctx.client.get(`/ventelister/eksport.csv?${query}`);
    const bytes = Buffer.from(await res.arrayBuffer());
    const text = bytes.toString('utf8');
    return { res, bytes, text, rows: parse(text, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[] };
  };

  it('when the coordinator sorts by name, then the rows come in Norwegian alphabetical order, both ways', async () => {
    const up = await (await ctx.client.get('/ventelister?ko=langtid&sorter=navn&retning=stigende')).text();
    const names = namesIn(up);
    expect(names.length).toBeGreaterThan(3);
    expect(names).toEqual([...names].sort(collator.compare));
    expect(up).toContain('aria-sort="ascending"');
    const down = namesIn(await (await ctx.client.get('/ventelister?ko=langtid&sorter=navn&retning=synkende')).text());
    expect(down).toEqual([...names].reverse());
  });

  it('when a column header is shown, then it links to the same queue and filters sorted by it', async () => {
    const html = await (await ctx.client.get('/ventelister?ko=langtid&sted=hjemme')).text();
    expect(html).toContain('href="/ventelister?ko=langtid&amp;sted=hjemme&amp;sorter=garanti&amp;retning=stigende"');
    expect(html).toMatch(/<form class="queue-filters" method="get" action="\/ventelister"/);
  });

  it('when filtered by where people are or by guarantee status, then only such rows come, and the overview counts them', async () => {
    const late = (await csv('ko=langtid&garanti=over')).rows;
    expect(late.length).toBeGreaterThan(0);
    expect(late.every((r) => Number(r['Dager igjen']) < 0)).toBe(true);
    const inHospital = (await csv('ko=korttid&sted=sykehus')).rows;
    expect(inHospital.length).toBeGreaterThan(0);
    expect(inHospital.every((r) => r['Er nå']!.startsWith('Sykehus'))).toBe(true);
    const all = (await csv('ko=langtid')).rows;
    expect(late).toHaveLength(all.filter((r) => Number(r['Dager igjen']) < 0).length);
    const page = await (await ctx.client.get('/ventelister?ko=langtid')).text();
    // The overview's second column is Langtid; its last is across all queues.
    const figure = (label: string) => [...new RegExp(`<th scope="row">${label}</th>((?:<td[^>]*>\\d+</td>)+)`).exec(page)![1]!.matchAll(/>(\d+)</g)].map((m) => Number(m[1]));
    expect([figure('Venter')[1], figure('Over garantidato')[1], figure('På sykehus')[1]])
      .toEqual([all.length, late.length, all.filter((r) => r['Er nå']!.startsWith('Sykehus')).length]);
    const waiting = figure('Venter');
    expect(waiting.at(-1)).toBe(waiting.slice(0, -1).reduce((a, b) => a + b, 0)); // each person stands in one queue
  });

  it('when filtered by bydel, then every row is from that bydel', async () => {
    const all = (await csv('ko=langtid')).rows;
    const bydel = all[0]!.Bydel!;
    const { rows } = await csv(`ko=langtid&bydel=${encodeURIComponent(bydel)}`);
    expect(rows.length).toBe(all.filter((r) => r.Bydel === bydel).length);
    expect(rows.every((r) => r.Bydel === bydel)).toBe(true);
  });

  it('when a parameter or value is unknown, then 422 says which in Norwegian and nothing is listed', async () => {
    const unknown = await ctx.client.get('/ventelister?ko=langtid&sortby=navn');
    expect(unknown.status).toBe(422);
    expect(await unknown.text()).toContain('Ukjent parameter i adressen: sortby.');
    const bad = await ctx.client.get('/ventelister?ko=langtid&sorter=alder', { 'hx-request': 'true' });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('Ukjent sortering «alder»');
    expect((await ctx.client.get('/ventelister/eksport.csv?garanti=snarest')).status).toBe(422);
  });

  it('when the coordinator exports, then the file is Excel CSV: BOM, semicolons, CRLF, quoted fields', async () => {
    const personId = await registerPerson(ctx.client, 'Kari "Kvoten"; Semikolon');
    expect((await ctx.client.post(`/personer/${personId}/vedtak`, vedtakBody({ utfall: 'innvilget' }))).status).toBe(303);
    const { res, bytes, text, rows } = await csv('ko=langtid');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="?venteliste-langtid-2026-11-23\.csv"?$/);
    expect(text.startsWith('\uFEFFNavn;Fødselsnr. (skjult);Bydel;')).toBe(true);
    expect(text).toContain('\r\n"Kari ""Kvoten""; Semikolon";');
    expect(text).not.toMatch(/;\d{11};/);
    expect(rows.find((r) => r.Navn === 'Kari "Kvoten"; Semikolon')!.Bydel).toBe('Sentrum');
  });

  it('when the coordinator exports, then the audit log says who exported what and which people', async () => {
    const { rows } = await csv('ko=langtid&bydel=Sentrum');
    const entries = await ctx.app.database.db.select().from(auditLog).where(eq(auditLog.action, 'queue.export'));
    const last = entries.at(-1)!;
    expect(last.entityId).toBe('langtid');
    expect(last.after).toMatchObject({ params: { ko: 'langtid', bydel: 'Sentrum' }, rows: rows.length });
    expect((last.after as { personIds: number[] }).personIds).toHaveLength(rows.length);
  });

  it('when the meeting viewer or a leader asks for the export, then it is refused and nothing is logged', async () => {
    const before = (await ctx.app.database.db.select().from(auditLog).where(eq(auditLog.action, 'queue.export'))).length;
    for (const role of ['mote', 'leder']) {
      const client = await loginAs(ctx.app.server.url, role);
      expect((await client.get('/ventelister/eksport.csv?ko=langtid')).status).toBe(403);
    }
    expect(await ctx.app.database.db.select().from(auditLog).where(eq(auditLog.action, 'queue.export'))).toHaveLength(before);
    const viewer = await loginAs(ctx.app.server.url, 'mote');
    expect(await (await viewer.get('/ventelister?ko=langtid')).text()).not.toContain('eksport.csv');
  });
});
