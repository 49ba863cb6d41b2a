import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { applications, units, waitlistEntries } from '../../db/schema.ts';
import { testDrivers } from '../../test/support/databases.ts';
import { useDemoAppAs } from '../../test/support/demo-app.ts';
import { auditOf, counts, HX, registerPerson, vedtakBody } from './test-helpers.ts';

describe.each(testDrivers)('Vedtak on %s', (driver) => {
  const ctx = useDemoAppAs(driver, 'koordinator');
  const db = () => ctx.app.database.db;
  const entryOf = async (personId: number) => (await db().select().from(waitlistEntries).where(eq(waitlistEntries.personId, personId)))[0]!;

  it('when a ventelistevedtak is saved, then the guarantee is computed from settings, the appeal regime derived and the person waits', async () => {
    const id = await registerPerson(ctx.client);
    const res = await ctx.client.post(`/personer/${id}/vedtak`, vedtakBody({ behov: 'skjermet' }), HX);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html.startsWith('<section id="person-view"')).toBe(true);
    expect(html).toContain('Vedtaket er lagret.');
    expect(html).toContain('Klage til Statsforvalteren innen 4 uker: frist 14.12.2026');
    const [app1] = await db().select().from(applications).where(eq(applications.personId, id));
    expect(app1).toMatchObject({ guaranteeDate: '2027-01-16', appealRegime: 'statsforvalteren', priority: 2, requiredTags: ['skjermet'], guaranteeOverrideReason: null });
    expect((await entryOf(id)).status).toBe('waiting');
    expect((await auditOf(db(), id)).map((a) => a.action)).toContain('application.create');
  });

  it('when bofellesskap is granted with units and an overridden guarantee, then choices and the reason are kept and the appeal is local', async () => {
    const id = await registerPerson(ctx.client);
    const [unit] = await db().select().from(units).where(eq(units.kind, 'bofellesskap'));
    const res = await ctx.client.post(`/personer/${id}/vedtak`, vedtakBody({
      type: 'bofellesskap', behov: 'rop', utfall: 'innvilget', garantidato: '01.12.2026', garanti_begrunnelse: 'Lovet ved overgang fra barnevernet', foretrukket: String(unit!.id),
    }), HX);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Klage til kommunen innen 3 uker: frist 07.12.2026');
    const [row] = await db().select().from(applications).where(eq(applications.personId, id));
    expect(row).toMatchObject({ guaranteeDate: '2026-12-01', guaranteeOverrideReason: 'Lovet ved overgang fra barnevernet', appealRegime: 'lokal' });
  });

  it('when an avslag is saved, then no waiting-list entry is made', async () => {
    const id = await registerPerson(ctx.client);
    expect((await ctx.client.post(`/personer/${id}/vedtak`, vedtakBody({ utfall: 'avslag', prioritet: '' }), HX)).status).toBe(200);
    expect(await db().select().from(waitlistEntries).where(eq(waitlistEntries.personId, id))).toEqual([]);
    const [row] = await db().select().from(applications).where(eq(applications.personId, id));
    expect(row).toMatchObject({ outcome: 'avslag', priority: null, guaranteeDate: null });
  });

  it.each([
    ['bofellesskap without a group kind', { type: 'bofellesskap' }, 'Bofellesskap krever nøyaktig ett behov'],
    ['langtid with rehabilitering', { behov: 'rehabilitering' }, 'Langtid kan bare ha behovet skjermet enhet.'],
    ['a decision before the application', { vedtaksdato: '2026-10-01' }, 'Vedtaksdatoen kan ikke være før søknaden kom inn.'],
    ['a decision in the future', { vedtaksdato: '2026-11-24' }, 'Vedtaksdatoen kan ikke være fram i tid.'],
    ['a changed guarantee without a reason', { garantidato: '2026-12-24' }, 'Skriv hvorfor garantidatoen avviker fra den beregnede.'],
    ['no priority reason', { prioritet_begrunnelse: '' }, 'Skriv hvorfor personen har denne prioriteten.'],
    ['no reasoning', { begrunnelse: '' }, 'Skriv begrunnelsen for vedtaket'],
    ['a bad date', { mottatt: '31.02.2026' }, 'Skriv en gyldig dato (dd.mm.åååå).'],
    ['a priority out of range', { prioritet: '4' }, 'Velg prioritet 1, 2 eller 3.'],
  ])('when the vedtak has %s, then 422 with the message and nothing is saved', async (_name, over, message) => {
    const id = await registerPerson(ctx.client);
    const before = await counts(db());
    const res = await ctx.client.post(`/personer/${id}/vedtak`, vedtakBody(over), HX);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain(message);
    expect(html).toMatch(/<details class="ds-details action-form" open id="nytt-vedtak"/);
    expect(await counts(db())).toEqual(before);
  });

  it('when the priority changes with a reason, then it is stored and audited with before and after', async () => {
    const id = await registerPerson(ctx.client);
    await ctx.client.post(`/personer/${id}/vedtak`, vedtakBody(), HX);
    const entry = await entryOf(id);
    const before = await counts(db());
    const bad = await ctx.client.post(`/personer/${id}/venteliste/${entry.id}/prioritet`, { prioritet: '1', begrunnelse: '' }, HX);
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('Skriv hvorfor prioriteten endres.');
    expect(await counts(db())).toEqual(before);
    const ok = await ctx.client.post(`/personer/${id}/venteliste/${entry.id}/prioritet`, { prioritet: '1', begrunnelse: 'Fall, ny vurdering' }, HX);
    expect(ok.status).toBe(200);
    const audit = (await auditOf(db(), id)).find((a) => a.action === 'application.priority')!;
    expect(audit.before).toMatchObject({ priority: 2 });
    expect(audit.after).toEqual({ priority: 1, priorityReason: 'Fall, ny vurdering' });
  });

  it('when a waiting person is withdrawn with a reason, then the entry is withdrawn; without a reason, 422', async () => {
    const id = await registerPerson(ctx.client);
    await ctx.client.post(`/personer/${id}/vedtak`, vedtakBody(), HX);
    const entry = await entryOf(id);
    expect((await ctx.client.post(`/personer/${id}/venteliste/${entry.id}/trekk`, { begrunnelse: ' ' }, HX)).status).toBe(422);
    expect((await entryOf(id)).status).toBe('waiting');
    const res = await ctx.client.post(`/personer/${id}/venteliste/${entry.id}/trekk`, { begrunnelse: 'Takket nei til plass' }, HX);
    expect(res.status).toBe(200);
    expect(await entryOf(id)).toMatchObject({ status: 'withdrawn', statusReason: 'Takket nei til plass' });
    const again = await ctx.client.post(`/personer/${id}/venteliste/${entry.id}/trekk`, { begrunnelse: 'To ganger' }, HX);
    expect(again.status).toBe(409);
  });

  it('when a death is registered, then waiting entries become deceased and open stays end; a future date is refused', async () => {
    const id = await registerPerson(ctx.client);
    await ctx.client.post(`/personer/${id}/vedtak`, vedtakBody(), HX);
    await ctx.client.post(`/personer/${id}/sykehus`, { innlagt: '2026-11-10', utskrivningsklar: '2026-11-18' }, HX);
    const before = await counts(db());
    const future = await ctx.client.post(`/personer/${id}/dod`, { dato: '2026-11-30', begrunnelse: 'Melding fra fastlege' }, HX);
    expect(future.status).toBe(422);
    expect(await future.text()).toContain('Dødsdatoen kan ikke være fram i tid.');
    expect(await counts(db())).toEqual(before);
    expect((await ctx.client.post(`/personer/${id}/dod`, { dato: '2026-11-21', begrunnelse: 'Melding fra fastlege' }, HX)).status).toBe(200);
    expect((await entryOf(id)).status).toBe('deceased');
    const page = await (await ctx.client.get(`/personer/${id}`)).text();
    expect(page).toContain('Registrerte dødsfall');
    expect(page).toContain('21.11.2026 (død)');
  });
});
