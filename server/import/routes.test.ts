import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, persons } from '../../db/schema.ts';
import { testDrivers } from '../../test/support/databases.ts';
import { useDemoAppAs } from '../../test/support/demo-app.ts';
import { loginAs } from '../../test/support/http.ts';
import { counts, freshFnr } from '../persons/test-helpers.ts';
import { HEADER, row, uploadAs } from './test-helpers.ts';

const wrongCheck2 = (fnr: string) => fnr.slice(0, 10) + String((Number(fnr[10]) + 1) % 10);

describe.each(testDrivers)('Import on %s', (driver) => {
  const ctx = useDemoAppAs(driver, 'koordinator');

  const upload = uploadAs(ctx);

  it('when the coordinator opens the import page, then the columns are documented', async () => {
    const html = await (await ctx.client.get('/import')).text();
    for (const column of ['fodselsnummer', 'prioritet_begrunnelse', 'garanti_begrunnelse']) expect(html).toContain(column);
  });

  it('when a file has bad rows, then nothing is imported and every bad row and column is listed', async () => {
    const before = await counts(ctx.app.database.db);
    const csv = [HEADER, row('God Rad', freshFnr()), row('Feil Siffer', wrongCheck2(freshFnr())),
      row('Feil Type', freshFnr(), { type: 'hotell', prioritet: '2,5', vedtaksdato: '2027-01-01' }), row('Framtid', freshFnr(), { vedtaksdato: '2027-01-01' })].join('\n');
    const res = await upload(csv);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Ingenting er lagret');
    expect(html).toContain('Rad 3, kolonne fodselsnummer: Fødselsnummeret har feil andre kontrollsiffer.');
    expect(html).toContain('Rad 4, kolonne type: Velg korttid, langtid eller bofellesskap.');
    expect(html).toContain('Rad 4, kolonne prioritet: Velg prioritet 1, 2 eller 3.');
    expect(html).toContain('Rad 4, kolonne vedtaksdato: Vedtaksdatoen kan ikke være fram i tid.');
    expect(html).toContain('Rad 5, kolonne vedtaksdato: Vedtaksdatoen kan ikke være fram i tid.');
    expect(html).not.toContain('Rad 2,');
    expect(await counts(ctx.app.database.db)).toEqual(before);
  });

  it('when a good file has a BOM, commas, ISO dates and a known person, then all rows import and the person is reused', async () => {
    const known = freshFnr();
    await ctx.client.post('/personer', { navn: 'Kjent Person', fodselsnummer: known, bydel: 'Nord' });
    const newFnr = freshFnr();
    const header = HEADER.replaceAll(';', ',');
    const lines = [header,
      `Ny Person,${newFnr},Sentrum,2026-11-02,bofellesskap,rop,innvilget,2026-11-16,1,"Akutt, uten bolig","Trenger bemanning, døgnet rundt"`,
      `Ny Person,${newFnr},Sentrum,2026-11-03,korttid,rehabilitering,innvilget,2026-11-10,"2,0",Etter brudd,Opptrening`,
      `Kjent Person,${known},Nord,01.11.2026,langtid,,avslag,20.11.2026,,,Kan bo hjemme med tjenester`];
    const res = await upload(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(lines.join('\r\n'))]), 'fagsystem-uttrekk-ø.csv');
    const html = await res.text();
    expect(res.status, html).toBe(200);
    expect(html).toContain('«fagsystem-uttrekk-ø.csv»: 3 vedtak importert. 1 nye personer, 1 fantes fra før. 2 står nå på venteliste.');
    expect(await ctx.app.database.db.select().from(persons).where(eq(persons.fnr, known))).toHaveLength(1);
    const [entry] = await ctx.app.database.db.select().from(auditLog).where(eq(auditLog.action, 'import.vedtak'));
    expect(entry!.after).toMatchObject({ rows: 3, personsCreated: 1, personsReused: 1 });
  });

  it('when the header misses a column or the file is not UTF-8, then the file is refused with the reason', async () => {
    const missing = await upload('navn;fodselsnummer\nA B;01017012345');
    expect(missing.status).toBe(422);
    expect(await missing.text()).toContain('Kolonnen «bydel» mangler i overskriften.');
    const latin1 = await upload(new Uint8Array([...new TextEncoder().encode(`${HEADER}\nS`), 0xf8, 0x0a]));
    expect(await latin1.text()).toContain('Filen er ikke UTF-8.');
  });

  it('when no file is sent, then 422 asks for one', async () => {
    const res = await fetch(`${ctx.app.server.url}/import`, { method: 'POST', body: new FormData(), headers: { cookie: ctx.client.cookie, 'x-csrf-token': ctx.client.csrfToken, 'hx-request': 'true' } });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Velg en CSV-fil');
  });

  it('when the form is posted without JavaScript, then the multipart body carries the token and a whole page answers', async () => {
    const page = await (await ctx.client.get('/import')).text();
    const form = /<form[^>]*action="\/import"[\s\S]*?<\/form>/.exec(page)![0];
    const token = /name="_csrf" value="([^"]+)"/.exec(form)?.[1];
    expect(token).toBe(ctx.client.csrfToken);
    const before = await counts(ctx.app.database.db);
    const body = new FormData();
    body.append('_csrf', token!);
    body.append('fil', new Blob([[HEADER, row('Uten Skript', freshFnr())].join('\n')], { type: 'text/csv' }), 'uten-js.csv');
    const res = await fetch(`${ctx.app.server.url}/import`, { method: 'POST', body, headers: { cookie: ctx.client.cookie } });
    const html = await res.text();
    expect(res.status, html).toBe(200);
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(html).toContain('«uten-js.csv»: 1 vedtak importert.');
    expect((await counts(ctx.app.database.db)).applications).toBe(before.applications + 1);
  });

  it('when the form sends a file over 5 MB without JavaScript, then the token still counts and 422 names the limit', async () => {
    const before = await counts(ctx.app.database.db);
    const body = new FormData();
    body.append('_csrf', ctx.client.csrfToken);
    body.append('fil', new Blob([HEADER, '\n', 'x'.repeat(5 * 1024 * 1024)], { type: 'text/csv' }), 'stor.csv');
    const res = await fetch(`${ctx.app.server.url}/import`, { method: 'POST', body, headers: { cookie: ctx.client.cookie } });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Velg en CSV-fil (høyst 5 MB).');
    expect(await counts(ctx.app.database.db)).toEqual(before);
  });

  it('when a multipart post has no valid token, then it is refused and nothing changes', async () => {
    const before = await counts(ctx.app.database.db);
    for (const token of [undefined, 'feil-token', `${ctx.client.csrfToken.slice(0, -1)}x`]) {
      const body = new FormData();
      if (token) body.append('_csrf', token);
      body.append('fil', new Blob([[HEADER, row('Forfalsket Rad', freshFnr())].join('\n')], { type: 'text/csv' }), 'vedtak.csv');
      const res = await fetch(`${ctx.app.server.url}/import`, { method: 'POST', body, headers: { cookie: ctx.client.cookie } });
      expect(res.status).toBe(403);
    }
    expect(await counts(ctx.app.database.db)).toEqual(before);
  });

  it('when someone other than a coordinator tries to import, then access is refused', async () => {
    const leader = await loginAs(ctx.app.server.url, 'leder');
    expect((await leader.get('/import')).status).toBe(403);
  });
});
