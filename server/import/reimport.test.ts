import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, persons } from '../../db/schema.ts';
import { testDrivers } from '../../test/support/databases.ts';
import { useDemoAppAs } from '../../test/support/demo-app.ts';
import { counts, freshFnr, registerPerson, vedtakBody } from '../persons/test-helpers.ts';
import { HEADER, row, uploadAs } from './test-helpers.ts';

describe.each(testDrivers)('Re-import on %s', (driver) => {
  const ctx = useDemoAppAs(driver, 'koordinator');
  const upload = uploadAs(ctx);
  const importAudits = async () => (await ctx.app.database.db.select().from(auditLog).where(eq(auditLog.action, 'import.vedtak'))).length;

  it('when the same file is imported twice, then the second import stores nothing and lists every row as already there', async () => {
    const a = freshFnr();
    const b = freshFnr();
    const csv = [HEADER, row('Anne Ny', a, { mottatt: '12.11.2026', vedtaksdato: '16.11.2026' }),
      row('Anne Ny', a, { type: 'korttid', behov: 'rehabilitering', utfall: 'avslag', prioritet: '' }), row('Bjørn Ny', b)].join('\n');
    const first = await upload(csv);
    expect(first.status, await first.clone().text()).toBe(200);
    expect(await first.text()).toContain('3 vedtak importert.');
    const before = await counts(ctx.app.database.db);
    const audits = await importAudits();

    const second = await upload(csv);
    const html = await second.text();
    expect(second.status, html).toBe(200);
    expect(html).toContain('Ingen nye vedtak: alle 3 radene finnes allerede. Ingenting er endret.');
    expect(html).toContain('Rad 2: finnes allerede (vedtak om langtid mottatt 12.11.2026) – ikke importert på nytt.');
    expect(html).toContain('Rad 3: finnes allerede (vedtak om korttid mottatt 02.11.2026) – ikke importert på nytt.');
    expect(html).toContain('Rad 4: finnes allerede (vedtak om langtid mottatt 02.11.2026) – ikke importert på nytt.');
    expect(await counts(ctx.app.database.db)).toEqual(before);
    expect(await importAudits()).toBe(audits);
  });

  it('when a file repeats a row, then it is imported once and the repeat is reported', async () => {
    const fnr = freshFnr();
    const before = await counts(ctx.app.database.db);
    const res = await upload([HEADER, row('Gunn Gjentatt', fnr), row('Gunn Gjentatt', fnr)].join('\n'));
    const html = await res.text();
    expect(res.status, html).toBe(200);
    expect(html).toContain('1 vedtak importert.');
    expect(html).toContain('Rad 3: finnes allerede i filen (rad 2) – ikke importert på nytt.');
    const after = await counts(ctx.app.database.db);
    expect([after.persons, after.applications, after.entries]).toEqual([before.persons + 1, before.applications + 1, before.entries + 1]);
  });

  it('when a person already waits for the kind, then a granted row with other dates is not imported, and new rows in the file are', async () => {
    const id = await registerPerson(ctx.client, 'Vera Venter');
    const registered = await ctx.client.post(`/personer/${id}/vedtak`, vedtakBody({ type: 'bofellesskap', behov: 'rop' }));
    expect(registered.status).toBeLessThan(400);
    const [person] = await ctx.app.database.db.select().from(persons).where(eq(persons.id, id));
    const newcomer = freshFnr();
    const before = await counts(ctx.app.database.db);
    const res = await upload([HEADER,
      row('Vera Venter', person!.fnr, { type: 'bofellesskap', behov: 'rop', mottatt: '01.10.2026', vedtaksdato: '20.10.2026' }),
      row('Vera Venter', person!.fnr, { type: 'langtid', mottatt: '01.10.2026', vedtaksdato: '20.10.2026' }),
      row('Nils Nykommer', newcomer)].join('\n'));
    const html = await res.text();
    expect(res.status, html).toBe(200);
    expect(html).toContain('2 vedtak importert. 1 nye personer, 1 fantes fra før.');
    expect(html).toContain('Rad 2: finnes allerede (står på venteliste for bofellesskap) – ikke importert på nytt.');
    expect(html).not.toContain('Rad 3:');
    const after = await counts(ctx.app.database.db);
    expect([after.applications, after.entries]).toEqual([before.applications + 2, before.entries + 2]);
  });

  it('when a file has a bad row and a duplicate row, then nothing is imported and the bad row is named', async () => {
    const fnr = freshFnr();
    await upload([HEADER, row('Dina Dobbel', fnr)].join('\n'));
    const before = await counts(ctx.app.database.db);
    const res = await upload([HEADER, row('Dina Dobbel', fnr), row('Feil Rad', freshFnr(), { type: 'hotell' })].join('\n'));
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Rad 3, kolonne type:');
    expect(await counts(ctx.app.database.db)).toEqual(before);
  });
});
