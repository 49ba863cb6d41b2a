import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { hospitalStays } from '../../db/schema.ts';
import { testDrivers } from '../../test/support/databases.ts';
import { useDemoAppAs } from '../../test/support/demo-app.ts';
import { auditOf, counts, HX, registerPerson } from './test-helpers.ts';

describe.each(testDrivers)('Hospital messages on %s', (driver) => {
  const ctx = useDemoAppAs(driver, 'koordinator');
  const db = () => ctx.app.database.db;
  const stayOf = async (personId: number) => (await db().select().from(hospitalStays).where(eq(hospitalStays.personId, personId)))[0];

  it('when a discharge-ready patient is registered, then the page shows overliggerdøgn and NOK at the year rate', async () => {
    const id = await registerPerson(ctx.client);
    const res = await ctx.client.post(`/personer/${id}/sykehus`, { innlagt: '05.11.2026', utskrivningsklar: '2026-11-20', varslet: '2026-11-20T09:30' }, HX);
    expect(res.status).toBe(200);
    const stay = await stayOf(id);
    expect(stay).toMatchObject({ status: 'utskrivningsklar', admittedDate: '2026-11-05', dischargeReadyDate: '2026-11-20' });
    expect(stay!.notifiedAt!.toISOString()).toBe('2026-11-20T08:30:00.000Z');
    const html = await (await ctx.client.get(`/personer/${id}`)).text();
    expect(html).toMatch(/utskrivningsklar 20\.11\.2026 · 3 dager overliggerdøgn · [\d\s ]+ kr/);
  });

  it('when the hospital says discharge-ready, then no longer, then discharged, each step is audited with before and after', async () => {
    const id = await registerPerson(ctx.client);
    await ctx.client.post(`/personer/${id}/sykehus`, { innlagt: '2026-11-15' }, HX);
    expect((await stayOf(id))!.status).toBe('innlagt');
    expect((await ctx.client.post(`/personer/${id}/sykehus/utskrivningsklar`, { utskrivningsklar: '2026-11-19' }, HX)).status).toBe(200);
    expect((await ctx.client.post(`/personer/${id}/sykehus/ikke-utskrivningsklar`, { merknad: 'Ny infeksjon' }, HX)).status).toBe(200);
    expect(await stayOf(id)).toMatchObject({ status: 'innlagt', dischargeReadyDate: null });
    expect((await ctx.client.post(`/personer/${id}/sykehus/avslutt`, { melding: 'utskrevet', dato: '2026-11-22', arsak: 'Hjem med hjemmetjenester' }, HX)).status).toBe(200);
    expect(await stayOf(id)).toMatchObject({ status: 'utskrevet', endedDate: '2026-11-22', endedReason: 'Hjem med hjemmetjenester' });
    const audit = (await auditOf(db(), id)).filter((a) => a.action.startsWith('hospital.'));
    expect(audit.map((a) => a.action)).toEqual(['hospital.admit', 'hospital.discharge-ready', 'hospital.not-discharge-ready', 'hospital.utskrevet']);
    expect(audit[2]!.before).toMatchObject({ status: 'utskrivningsklar', dischargeReadyDate: '2026-11-19' });
  });

  it.each([
    ['discharge-ready before admission', '', { innlagt: '2026-11-15', utskrivningsklar: '2026-11-14' }, 'Kan ikke være utskrivningsklar før innleggelsen.'],
    ['an admission in the future', '', { innlagt: '2026-12-01' }, 'Datoen kan ikke være fram i tid.'],
    ['no admission date', '', { innlagt: '' }, 'Skriv datoen personen ble innlagt.'],
    ['a bad notification time', '', { innlagt: '2026-11-15', utskrivningsklar: '2026-11-16', varslet: 'i går' }, 'Skriv dato og klokkeslett for varselet.'],
    ['an end without a reason', '/avslutt', { melding: 'avmeldt', dato: '2026-11-20', arsak: '' }, 'Skriv hvor personen ble utskrevet til'],
    ['an end before admission', '/avslutt', { melding: 'avmeldt', dato: '2026-11-01', arsak: 'Annen kommune' }, 'Sluttdatoen kan ikke være før innleggelsen.'],
  ])('when the message has %s, then 422 with the message and nothing changes', async (_name, path, body, message) => {
    const id = await registerPerson(ctx.client);
    if (path) await ctx.client.post(`/personer/${id}/sykehus`, { innlagt: '2026-11-10' }, HX);
    const before = { counts: await counts(db()), stay: await stayOf(id) };
    const res = await ctx.client.post(`/personer/${id}/sykehus${path}`, body, HX);
    expect(res.status).toBe(422);
    expect(await res.text()).toContain(message);
    expect({ counts: await counts(db()), stay: await stayOf(id) }).toEqual(before);
  });

  it('when the person is already in hospital, then a second admission is refused (409) with the reason', async () => {
    const id = await registerPerson(ctx.client);
    await ctx.client.post(`/personer/${id}/sykehus`, { innlagt: '2026-11-10' }, HX);
    const res = await ctx.client.post(`/personer/${id}/sykehus`, { innlagt: '2026-11-12' }, HX);
    expect(res.status).toBe(409);
    expect(await res.text()).toContain('Personen er allerede innlagt.');
  });

  it('when a plain form posts (no htmx), then success redirects to the person page', async () => {
    const id = await registerPerson(ctx.client);
    const res = await ctx.client.post(`/personer/${id}/sykehus`, { innlagt: '2026-11-10' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/personer/${id}`);
  });
});
