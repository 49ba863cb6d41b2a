import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { appeals, applications, unitStays, units } from '../../db/schema.ts';
import { testDrivers } from '../../test/support/databases.ts';
import { useDemoAppAs } from '../../test/support/demo-app.ts';
import { loginAs } from '../../test/support/http.ts';
import { auditOf, counts, HX, registerPerson, vedtakBody } from './test-helpers.ts';

// The demo's today is Monday 23.11.2026.
describe.each(testDrivers)('Appeals and korttid limits on %s', (driver) => {
  const ctx = useDemoAppAs(driver, 'koordinator');
  const db = () => ctx.app.database.db;

  /** A person with an avslag decided on `vedtaksdato`; returns the person and vedtak ids. */
  const personWithVedtak = async (over: Record<string, string> = {}) => {
    const personId = await registerPerson(ctx.client, 'Klage Klagesen');
    const res = await ctx.client.post(`/personer/${personId}/vedtak`, vedtakBody({ utfall: 'avslag', prioritet: '', ...over }), HX);
    if (res.status !== 200) throw new Error(`vedtak failed: ${res.status}`);
    const [app] = await db().select().from(applications).where(eq(applications.personId, personId));
    return { personId, vedtakId: app!.id };
  };
  const appealOf = async (vedtakId: number) => (await db().select().from(appeals).where(eq(appeals.applicationId, vedtakId)))[0];

  it('when an appeal goes through every step, then each shows its state on the vedtak and is audited', async () => {
    const { personId, vedtakId } = await personWithVedtak();
    let res = await ctx.client.post(`/personer/${personId}/vedtak/${vedtakId}/klage`, { klage_mottatt: '2026-11-20' }, HX);
    expect(res.status).toBe(200);
    let html = await res.text();
    expect(html).toContain('Klagen er registrert.');
    expect(html).toContain('Innen fristen');
    expect(html).toContain('14.12.2026 (regnet fra vedtaksdatoen)');
    expect(html).toContain('Til vurdering hos tjenestekontoret');
    const id = (await appealOf(vedtakId))!.id;
    res = await ctx.client.post(`/personer/${personId}/klager/${id}/vurdering`, { vurdert_dato: '2026-11-21', vurdering: 'opprettholdt' }, HX);
    html = await res.text();
    expect(html).toContain('Opprettholdt – skal sendes Statsforvalteren');
    // 30 days from 20.11 is Sunday 20.12: the deadline is Monday 21.12.
    expect(html).toContain('21.12.2026');
    res = await ctx.client.post(`/personer/${personId}/klager/${id}/sendt`, { sendt_dato: '2026-11-22' }, HX);
    expect(await res.text()).toContain('Sendt Statsforvalteren');
    res = await ctx.client.post(`/personer/${personId}/klager/${id}/utfall`, { utfall: 'opphevet', utfall_dato: '2026-11-23' }, HX);
    expect(await res.text()).toContain('Opphevet av Statsforvalteren');
    expect(await appealOf(vedtakId)).toMatchObject({ reassessmentResult: 'opprettholdt', sentDate: '2026-11-22', outcome: 'opphevet', outcomeDate: '2026-11-23' });
    const actions = (await auditOf(db(), personId)).map((a) => a.action).filter((a) => a.startsWith('appeal.'));
    expect(actions).toEqual(['appeal.register', 'appeal.reassess', 'appeal.forward', 'appeal.decide']);
  });

  it('when the appeal comes the day after the deadline, then it is late; counted from a later «vedtak mottatt», it is in time', async () => {
    const late = await personWithVedtak({ mottatt: '2026-10-01', vedtaksdato: '2026-10-05' });
    const res = await ctx.client.post(`/personer/${late.personId}/vedtak/${late.vedtakId}/klage`, { klage_mottatt: '2026-11-03' }, HX);
    expect(await res.text()).toContain('For sent');
    const got = await personWithVedtak({ mottatt: '2026-10-01', vedtaksdato: '2026-10-05' });
    const html = await (await ctx.client.post(`/personer/${got.personId}/vedtak/${got.vedtakId}/klage`, { klage_mottatt: '2026-11-03', vedtak_mottatt: '08.10.2026' }, HX)).text();
    expect(html).toContain('Innen fristen');
    expect(html).toContain('05.11.2026 (regnet fra vedtaket ble mottatt 08.10.2026)');
  });

  it('when a bofellesskap vedtak is appealed and kept, then it goes to the local klagenemnd', async () => {
    const { personId, vedtakId } = await personWithVedtak({ type: 'bofellesskap', behov: 'rop' });
    await ctx.client.post(`/personer/${personId}/vedtak/${vedtakId}/klage`, { klage_mottatt: '2026-11-20' }, HX);
    const id = (await appealOf(vedtakId))!.id;
    const html = await (await ctx.client.post(`/personer/${personId}/klager/${id}/vurdering`, { vurdert_dato: '2026-11-21', vurdering: 'opprettholdt' }, HX)).text();
    expect(html).toContain('Opprettholdt – skal sendes kommunens klagenemnd');
  });

  it.each([
    ['received before the vedtak', { klage_mottatt: '2026-11-15' }, 'Klagen kan ikke være mottatt før vedtaksdatoen.'],
    ['received in the future', { klage_mottatt: '2026-11-24' }, 'Datoen kan ikke være fram i tid.'],
    ['no received date', { klage_mottatt: '' }, 'Skriv datoen klagen kom inn.'],
    ['a bad date', { klage_mottatt: '31.02.2026' }, 'Skriv en gyldig dato (dd.mm.åååå).'],
    ['the vedtak got before its date', { klage_mottatt: '2026-11-20', vedtak_mottatt: '2026-11-15' }, 'Vedtaket kan ikke være mottatt før vedtaksdatoen.'],
  ])('when an appeal is %s, then 422 with the message at the field and nothing is saved', async (_name, body, message) => {
    const { personId, vedtakId } = await personWithVedtak();
    const before = await counts(db());
    const res = await ctx.client.post(`/personer/${personId}/vedtak/${vedtakId}/klage`, body, HX);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain(message);
    expect(html).toMatch(/aria-invalid="true"/);
    expect(await appealOf(vedtakId)).toBeUndefined();
    expect(await counts(db())).toEqual(before);
  });

  it('when later steps come out of order or with bad dates, then they are refused at the field (422) or as a whole (409), and nothing changes', async () => {
    const { personId, vedtakId } = await personWithVedtak();
    await ctx.client.post(`/personer/${personId}/vedtak/${vedtakId}/klage`, { klage_mottatt: '2026-11-20' }, HX);
    const id = (await appealOf(vedtakId))!.id;
    const before = await counts(db());
    const sent = await ctx.client.post(`/personer/${personId}/klager/${id}/sendt`, { sendt_dato: '2026-11-21' }, HX);
    expect(sent.status).toBe(409);
    expect(await sent.text()).toContain('Registrer tjenestekontorets vurdering før klagen sendes.');
    const outcome = await ctx.client.post(`/personer/${personId}/klager/${id}/utfall`, { utfall: 'stadfestet', utfall_dato: '2026-11-21' }, HX);
    expect(outcome.status).toBe(409);
    const early = await ctx.client.post(`/personer/${personId}/klager/${id}/vurdering`, { vurdert_dato: '2026-11-19', vurdering: 'omgjort' }, HX);
    expect(early.status).toBe(422);
    expect(await early.text()).toContain('Vurderingen kan ikke være før klagen kom inn.');
    const noChoice = await ctx.client.post(`/personer/${personId}/klager/${id}/vurdering`, { vurdert_dato: '2026-11-21' }, HX);
    expect(noChoice.status).toBe(422);
    expect(await noChoice.text()).toContain('Velg om vedtaket opprettholdes eller omgjøres.');
    expect(await appealOf(vedtakId)).toMatchObject({ reassessedDate: null, sentDate: null, outcome: null });
    expect(await counts(db())).toEqual(before);
    await ctx.client.post(`/personer/${personId}/klager/${id}/vurdering`, { vurdert_dato: '2026-11-21', vurdering: 'opprettholdt' }, HX);
    const sentEarly = await ctx.client.post(`/personer/${personId}/klager/${id}/sendt`, { sendt_dato: '2026-11-20' }, HX);
    expect(sentEarly.status).toBe(422);
    expect(await sentEarly.text()).toContain('Klagen kan ikke være sendt før vurderingen.');
  });

  it('when the appeal or vedtak belongs to another person, then 404', async () => {
    const a = await personWithVedtak();
    const b = await personWithVedtak();
    expect((await ctx.client.post(`/personer/${b.personId}/vedtak/${a.vedtakId}/klage`, { klage_mottatt: '2026-11-20' }, HX)).status).toBe(404);
    await ctx.client.post(`/personer/${a.personId}/vedtak/${a.vedtakId}/klage`, { klage_mottatt: '2026-11-20' }, HX);
    const id = (await appealOf(a.vedtakId))!.id;
    expect((await ctx.client.post(`/personer/${b.personId}/klager/${id}/vurdering`, { vurdert_dato: '2026-11-21', vurdering: 'omgjort' }, HX)).status).toBe(404);
  });

  it('when a person in a korttid bed has had 84 korttid days, then the page says over 60 and the review date can be set and changed, audited', async () => {
    const personId = await registerPerson(ctx.client, 'Korttid Kortesen');
    const [unit] = await db().select().from(units).where(eq(units.kind, 'korttid')).limit(1);
    const [stay] = await db().insert(unitStays).values({ personId, unitId: unit!.id, fromDate: '2026-09-01' }).returning();
    let html = await (await ctx.client.get(`/personer/${personId}`, HX.headers)).text();
    expect(html).toContain('Korttidsdøgn i 2026');
    expect(html).toContain('over 60 døgn – betales som langtid');
    let res = await ctx.client.post(`/personer/${personId}/opphold/${stay!.id}/revurdering`, { revurderingsdato: '2026-12-01' }, HX);
    expect(res.status).toBe(200);
    html = await res.text();
    expect(html).toContain('Revurderingsdatoen er lagret.');
    expect(html).toContain('01.12.2026');
    res = await ctx.client.post(`/personer/${personId}/opphold/${stay!.id}/revurdering`, { revurderingsdato: '2026-08-31' }, HX);
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Revurderingsdatoen kan ikke være før oppholdet begynte.');
    await ctx.client.post(`/personer/${personId}/opphold/${stay!.id}/revurdering`, { revurderingsdato: '2026-12-08' }, HX);
    const changes = (await auditOf(db(), personId)).filter((a) => a.action === 'unit_stay.review-date').map((a) => a.after);
    expect(changes).toEqual([{ reviewDate: '2026-12-01' }, { reviewDate: '2026-12-08' }]);
  });

  it('when an institution leader or the meeting room posts an appeal step, then 403 and nothing is saved', async () => {
    const { personId, vedtakId } = await personWithVedtak();
    for (const user of ['leder', 'mote']) {
      const client = await loginAs(ctx.app.server.url, user);
      expect((await client.post(`/personer/${personId}/vedtak/${vedtakId}/klage`, { klage_mottatt: '2026-11-20' }, HX)).status).toBe(403);
    }
    expect(await appealOf(vedtakId)).toBeUndefined();
  });
});
