import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { applications, auditLog, users, waitlistEntries } from '../../db/schema.ts';
import { testDrivers } from '../../test/support/databases.ts';
import { useDemoAppAs } from '../../test/support/demo-app.ts';
import { loginAs } from '../../test/support/http.ts';
import { counts, HX, registerPerson, vedtakBody } from './test-helpers.ts';

describe.each(testDrivers)('Applications before the vedtak on %s', (driver) => {
  const ctx = useDemoAppAs(driver, 'koordinator');
  const db = () => ctx.app.database.db;
  const me = async () => (await db().select().from(users).where(eq(users.username, 'koordinator')))[0]!.id;
  const body = async (over: Record<string, string> = {}) => ({ mottatt: '02.11.2026', type: 'langtid', oppholdssted: 'hjemme', saksbehandler: String(await me()), ...over });
  const pendingOf = async (personId: number) => db().select().from(applications).where(eq(applications.personId, personId));
  const register = async (over: Record<string, string> = {}) => {
    const personId = await registerPerson(ctx.client);
    const res = await ctx.client.post(`/personer/${personId}/soknader`, await body(over), HX);
    expect(res.status, await res.clone().text()).toBe(200);
    return { personId, applicationId: (await pendingOf(personId))[0]!.id, html: await res.text() };
  };
  const auditsOf = (action: string, id: number) => db().select().from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.entityId, String(id))));

  it('when an application is registered, then it is pending with its saksbehandler, shown with days since received and the foreløpig svar due date, and audited', async () => {
    const { personId, applicationId, html } = await register({ behov: 'skjermet' });
    expect(html).toContain('Søknaden er registrert.');
    expect(html).toContain('21 dager (mål 30 dager, 02.12.2026)');
    expect(html).toContain('Frist 02.12.2026');
    const [row] = await pendingOf(personId);
    expect(row).toMatchObject({ outcome: null, decisionDate: null, kind: 'langtid', requiredTags: ['skjermet'], receivedDate: '2026-11-02', handledBy: await me(), applicantLocation: 'hjemme', appealRegime: 'statsforvalteren' });
    expect(await auditsOf('application.register', applicationId)).toHaveLength(1);
    const list = await (await ctx.client.get('/soknader')).text();
    expect(list).toContain(`/personer/${personId}#soknad-${applicationId}`);
  });

  it.each([
    ['a future date', { mottatt: '24.11.2026' }, 'mottatt', 'Datoen kan ikke være fram i tid.'],
    ['no date', { mottatt: '' }, 'mottatt', 'Skriv datoen søknaden kom inn.'],
    ['a wrong kind', { type: 'hotell' }, 'type', 'Velg korttid, langtid eller bofellesskap.'],
    ['bofellesskap without a group', { type: 'bofellesskap' }, 'behov', 'Bofellesskap krever nøyaktig ett behov'],
    ['an unknown place', { oppholdssted: 'månen' }, 'oppholdssted', 'Velg hvor personen er nå'],
    ['a handler who is no coordinator', { saksbehandler: '999999' }, 'saksbehandler', 'Velg saksbehandler fra listen.'],
  ])('when the registration has %s, then it is refused at the field and nothing is saved', async (_name, over, field, message) => {
    const personId = await registerPerson(ctx.client);
    const before = await counts(db());
    const res = await ctx.client.post(`/personer/${personId}/soknader`, await body(over), HX);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain(`id="soknad-${field}-feil"`);
    expect(html).toContain(message);
    expect(await counts(db())).toEqual(before);
  });

  it('when the person already has a pending application of the kind, then a second is refused at the kind; another kind is fine', async () => {
    const { personId } = await register();
    const again = await ctx.client.post(`/personer/${personId}/soknader`, await body({ mottatt: '10.11.2026' }), HX);
    expect(again.status).toBe(422);
    expect(await again.text()).toContain('Personen har allerede en søknad om langtid under behandling (mottatt 02.11.2026).');
    expect((await ctx.client.post(`/personer/${personId}/soknader`, await body({ type: 'korttid' }), HX)).status).toBe(200);
    expect(await pendingOf(personId)).toHaveLength(2);
  });

  it('when the received date is changed with a reason, then it is saved and audited with before, after and reason', async () => {
    const { personId, applicationId } = await register();
    const res = await ctx.client.post(`/personer/${personId}/soknader/${applicationId}/mottatt`, { mottatt: '30.10.2026', begrunnelse: 'Journalført 30.10, feil ved registrering' }, HX);
    expect(res.status).toBe(200);
    expect((await pendingOf(personId))[0]!.receivedDate).toBe('2026-10-30');
    const [entry] = await auditsOf('application.received-date', applicationId);
    expect(entry).toMatchObject({ before: { receivedDate: '2026-11-02' }, after: { receivedDate: '2026-10-30', reason: 'Journalført 30.10, feil ved registrering' } });
  });

  it.each([
    ['no reason', { mottatt: '30.10.2026', begrunnelse: '' }, 'begrunnelse', 'Skriv hvorfor datoen endres'],
    ['a future date', { mottatt: '01.12.2026', begrunnelse: 'Feil dato' }, 'mottatt', 'Datoen kan ikke være fram i tid.'],
    ['the same date', { mottatt: '02.11.2026', begrunnelse: 'Feil dato' }, 'mottatt', 'Datoen er den samme som før.'],
  ])('when the received date is changed with %s, then it is refused at the field and nothing is saved', async (_name, form, field, message) => {
    const { personId, applicationId } = await register();
    const before = await counts(db());
    const res = await ctx.client.post(`/personer/${personId}/soknader/${applicationId}/mottatt`, form, HX);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain(`id="mottatt-${applicationId}-${field}-feil"`);
    expect(html).toContain(message);
    expect((await pendingOf(personId))[0]!.receivedDate).toBe('2026-11-02');
    expect(await counts(db())).toEqual(before);
  });

  it('when the received date would fall after the foreløpig svar or the vedtak, then it is refused at the field and kept', async () => {
    const { personId, applicationId } = await register();
    await ctx.client.post(`/personer/${personId}/soknader/${applicationId}/forelopig-svar`, { sendt: '10.11.2026', forventet: '15.12.2026' }, HX);
    const late = await ctx.client.post(`/personer/${personId}/soknader/${applicationId}/mottatt`, { mottatt: '11.11.2026', begrunnelse: 'Journalført senere' }, HX);
    expect(late.status).toBe(422);
    expect(await late.text()).toContain('Mottatt-datoen kan ikke være etter at foreløpig svar ble sendt.');
    expect((await ctx.client.post(`/personer/${personId}/soknader/${applicationId}/vedtak`, vedtakBody(), HX)).status).toBe(200);
    const afterDecision = await ctx.client.post(`/personer/${personId}/soknader/${applicationId}/mottatt`, { mottatt: '17.11.2026', begrunnelse: 'Journalført senere' }, HX);
    expect(afterDecision.status).toBe(422);
    const html = await afterDecision.text();
    expect(html).toContain(`id="mottatt-${applicationId}-mottatt-feil"`);
    expect(html).toContain('Mottatt-datoen kan ikke være etter vedtaksdatoen.');
    expect((await pendingOf(personId))[0]!.receivedDate).toBe('2026-11-02');
  });

  it('when a decided vedtak\'s received date is corrected with a reason, then it is saved and audited', async () => {
    const personId = await registerPerson(ctx.client);
    expect((await ctx.client.post(`/personer/${personId}/vedtak`, vedtakBody(), HX)).status).toBe(200);
    const [vedtak] = await pendingOf(personId);
    const res = await ctx.client.post(`/personer/${personId}/soknader/${vedtak!.id}/mottatt`, { mottatt: '28.10.2026', begrunnelse: 'Feil dato i fagsystemet' }, HX);
    expect(res.status).toBe(200);
    expect((await pendingOf(personId))[0]!.receivedDate).toBe('2026-10-28');
    expect(await auditsOf('application.received-date', vedtak!.id)).toHaveLength(1);
  });

  it('when a foreløpig svar is recorded, then the dates are saved, shown and audited', async () => {
    const { personId, applicationId } = await register();
    const res = await ctx.client.post(`/personer/${personId}/soknader/${applicationId}/forelopig-svar`, { sendt: '20.11.2026', forventet: '15.12.2026' }, HX);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Sendt 20.11.2026, vedtak ventet 15.12.2026');
    expect((await pendingOf(personId))[0]).toMatchObject({ interimReplySentDate: '2026-11-20', interimReplyExpectedDate: '2026-12-15' });
    expect(await auditsOf('application.interim-reply', applicationId)).toHaveLength(1);
  });

  it.each([
    ['sent before received', { sendt: '01.11.2026', forventet: '15.12.2026' }, 'sendt', 'Foreløpig svar kan ikke være sendt før søknaden kom inn.'],
    ['sent in the future', { sendt: '24.11.2026', forventet: '15.12.2026' }, 'sendt', 'Datoen kan ikke være fram i tid.'],
    ['an expected decision on the day sent', { sendt: '20.11.2026', forventet: '20.11.2026' }, 'forventet', 'Ventet vedtaksdato må være etter at foreløpig svar ble sendt.'],
    ['no expected date', { sendt: '20.11.2026', forventet: '' }, 'forventet', 'Skriv når vedtaket er ventet.'],
  ])('when a foreløpig svar is %s, then it is refused at the field and nothing is saved', async (_name, form, field, message) => {
    const { personId, applicationId } = await register();
    const before = await counts(db());
    const res = await ctx.client.post(`/personer/${personId}/soknader/${applicationId}/forelopig-svar`, form, HX);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain(`id="forelopig-${applicationId}-${field}-feil"`);
    expect(html).toContain(message);
    expect((await pendingOf(personId))[0]!.interimReplySentDate).toBeNull();
    expect(await counts(db())).toEqual(before);
  });

  it('when the vedtak form is opened from the application, then it posts to it, pre-filled and with the stored received date', async () => {
    const { personId, applicationId } = await register({ type: 'bofellesskap', behov: 'rop' });
    const html = await (await ctx.client.get(`/personer/${personId}/soknader/${applicationId}/vedtak`, HX.headers)).text();
    expect(html).toContain(`action="/personer/${personId}/soknader/${applicationId}/vedtak"`);
    expect(html).toContain('Fatt vedtak på søknaden mottatt 02.11.2026');
    expect(html).toMatch(/<option value="bofellesskap" selected/);
    expect(html).toMatch(/id="vedtak-behov-rop"[^>]*checked/);
  });

  it('when a pending application is decided, then the same row gets the vedtak (no second row), the person waits and it leaves the pending list', async () => {
    const { personId, applicationId } = await register();
    const res = await ctx.client.post(`/personer/${personId}/soknader/${applicationId}/vedtak`, vedtakBody({ mottatt: '01.01.2026' }), HX);
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await res.text()).toContain('Vedtaket er lagret.');
    const rows = await pendingOf(personId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: applicationId, outcome: 'ventelistevedtak', decisionDate: '2026-11-16', receivedDate: '2026-11-02', guaranteeDate: '2027-01-16' });
    expect(await db().select().from(waitlistEntries).where(eq(waitlistEntries.applicationId, applicationId))).toHaveLength(1);
    expect(await auditsOf('application.decide', applicationId)).toHaveLength(1);
    expect(await (await ctx.client.get('/soknader')).text()).not.toContain(`#soknad-${applicationId}"`);
    const again = await ctx.client.post(`/personer/${personId}/soknader/${applicationId}/vedtak`, vedtakBody(), HX);
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('Søknaden er allerede avgjort');
  });

  it('when the decision is dated before the application came in, then the form comes back at the field and nothing is saved', async () => {
    const { personId, applicationId } = await register();
    const before = await counts(db());
    const res = await ctx.client.post(`/personer/${personId}/soknader/${applicationId}/vedtak`, vedtakBody({ vedtaksdato: '01.11.2026' }), HX);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Vedtaksdatoen kan ikke være før søknaden kom inn.');
    expect(html).toContain(`action="/personer/${personId}/soknader/${applicationId}/vedtak"`);
    expect((await pendingOf(personId))[0]!.outcome).toBeNull();
    expect(await counts(db())).toEqual(before);
  });

  it('when the application belongs to another person, then it is not found and nothing changes', async () => {
    const { applicationId } = await register();
    const other = await registerPerson(ctx.client);
    const res = await ctx.client.post(`/personer/${other}/soknader/${applicationId}/forelopig-svar`, { sendt: '20.11.2026', forventet: '15.12.2026' }, HX);
    expect(res.status).toBe(404);
  });

  it.each(['leder', 'mote', 'admin'])('when %s posts an application change, then it is refused', async (username) => {
    const { personId, applicationId } = await register();
    const client = await loginAs(ctx.app.server.url, username);
    for (const path of [`/personer/${personId}/soknader`, `/personer/${personId}/soknader/${applicationId}/mottatt`, `/personer/${personId}/soknader/${applicationId}/forelopig-svar`, `/personer/${personId}/soknader/${applicationId}/vedtak`]) {
      expect([403, 404], path).toContain((await client.post(path, { mottatt: '01.11.2026', begrunnelse: 'Prøver' }, HX)).status);
    }
    expect([403, 404]).toContain((await client.get('/soknader')).status);
    expect((await pendingOf(personId))[0]!.receivedDate).toBe('2026-11-02');
  });
});
