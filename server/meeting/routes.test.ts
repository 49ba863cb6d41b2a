import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allocations, auditLog, meetings, persons, waitlistEntries } from '../../db/schema.ts';
import { testDrivers } from '../../test/support/databases.ts';
import { type DemoApp, startDemoApp } from '../../test/support/demo-app.ts';
import { type Client, loginAs } from '../../test/support/http.ts';
import { initialsOf } from './people.ts';

const htmx = { 'hx-request': 'true' };

describe.each(testDrivers)('Tildelingsmøte on %s', (driver) => {
  let app: DemoApp;
  let coordinator: Client;
  let viewer: Client;
  let meetingId: number;
  beforeAll(async () => {
    app = await startDemoApp(driver);
    [coordinator, viewer] = await Promise.all([loginAs(app.server.url, 'koordinator'), loginAs(app.server.url, 'mote')]);
    const started = await coordinator.post('/tildelingsmote', { uke: '2026-W48', deltakere: 'Kari Koordinator\nOla Overlege, Siri Sykepleier' });
    expect(started.status).toBe(303);
    meetingId = Number(/\/tildelingsmote\/(\d+)$/.exec(started.headers.get('location')!)![1]);
    expect((await coordinator.post(`/tildelingsmote/${meetingId}/planlegg`, {})).status).toBe(303);
  });
  afterAll(async () => { await app?.close(); });

  const db = () => app.database.db;
  const meeting = async () => (await db().select().from(meetings).where(eq(meetings.id, meetingId)))[0]!;
  const proposed = async () => db().select().from(allocations)
    .where(and(eq(allocations.planningRunId, (await meeting()).planningRunId!), eq(allocations.status, 'proposed'))).orderBy(allocations.date, allocations.id);
  const personOf = async (entryId: number) => (await db().select({ name: persons.name, fnr: persons.fnr }).from(waitlistEntries)
    .innerJoin(persons, eq(persons.id, waitlistEntries.personId)).where(eq(waitlistEntries.id, entryId)))[0]!;
  const decide = (client: Client, allocationId: number, action: string, form: Record<string, string> = {}, query = '') =>
    client.post(`/tildelingsmote/${meetingId}/forslag/${allocationId}/${action}${query}`, form, { headers: htmx });

  it('when a meeting is started for a week, then it keeps the participants and the week picker lists it', async () => {
    expect(await meeting()).toMatchObject({ weekStart: '2026-11-23', participants: ['Kari Koordinator', 'Ola Overlege', 'Siri Sykepleier'] });
    expect((await meeting()).planningRunId).not.toBeNull();
    const html = await (await coordinator.get('/tildelingsmote')).text();
    expect(html).toContain('value="2026-W48"');
    expect(html).toContain(`href="/tildelingsmote/${meetingId}"`);
    expect(await (await coordinator.get('/tildelingsmote?uke=2026-W49')).text()).toContain('Ingen møter denne uka ennå.');
  });

  it('when a meeting is started without participants or with a week that does not exist, then 422 says so', async () => {
    const noOne = await coordinator.post('/tildelingsmote', { uke: '2026-W48', deltakere: ' \n ' });
    expect(noOne.status).toBe(422);
    expect(await noOne.text()).toContain('Skriv inn minst én deltaker.');
    expect((await coordinator.post('/tildelingsmote', { uke: '2025-W53', deltakere: 'Kari' })).status).toBe(422);
  });

  it('when a week that cannot exist (0000-W01) is asked for or posted, then this week shows or 422 says so, and no meeting is made', async () => {
    const before = (await db().select().from(meetings)).length;
    const page = await coordinator.get('/tildelingsmote?uke=0000-W01');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('value="2026-W48"');
    const posted = await coordinator.post('/tildelingsmote', { uke: '0000-W01', deltakere: 'Kari' });
    expect(posted.status).toBe(422);
    expect(await posted.text()).toContain('Velg en uke.');
    expect(await db().select().from(meetings)).toHaveLength(before);
  });

  it('when the meeting id is not plain digits (5.0, 0x05) or beyond int4, then 404 rather than that meeting or an error', async () => {
    for (const id of [`${meetingId}.0`, `0x${meetingId.toString(16)}`, `0${meetingId}`, '99999999999']) {
      expect((await coordinator.get(`/tildelingsmote/${id}`)).status, id).toBe(404);
      expect((await coordinator.post(`/tildelingsmote/${id}/deltakere`, { deltakere: 'Kari' })).status, id).toBe(404);
    }
  });

  it('when the coordinator opens the meeting, then places, proposals with reasons, guarantees, hospital patients and vedtak show, and no fødselsnummer', async () => {
    const html = await (await coordinator.get(`/tildelingsmote/${meetingId}`)).text();
    for (const text of ['Ledige plasser:', 'I løpet av uka', 'Garantitid:', 'Sykehuspasienter:', 'overliggerdøgn', 'Vedtak siden', 'får plass på', 'Ola Overlege']) {
      expect(html).toContain(text);
    }
    expect(html).toContain(`hx-post="/tildelingsmote/${meetingId}/forslag/`);
    expect(html).toMatch(/data-color="danger">\d+ dag(er)? over/);
    expect(html).not.toMatch(/\d{11}/);
    expect(html).not.toContain('••••••');
  });

  it('when a proposal is accepted in the meeting, then the meeting is recorded on it and the places update in place', async () => {
    const [proposal] = await proposed();
    const res = await decide(coordinator, proposal!.id, 'godta');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Godtatt – plass reservert');
    expect(html).toMatch(/<section id="meeting-places"[^>]*hx-swap-oob="true"/);
    expect(html).toMatch(/<section id="meeting-guarantee"[^>]*hx-swap-oob="true"/);
    const [after] = await db().select().from(allocations).where(eq(allocations.id, proposal!.id));
    expect(after).toMatchObject({ status: 'reserved', meetingId });
  });

  it('when a proposal is rejected or overridden in the meeting, then the reason and the meeting are recorded; an override needs a reason', async () => {
    const [toReject, toOverride] = await proposed();
    expect((await decide(coordinator, toReject!.id, 'avvis', { begrunnelse: 'Ønsker å vente til etter jul' })).status).toBe(200);
    expect((await db().select().from(allocations).where(eq(allocations.id, toReject!.id)))[0]).toMatchObject({ status: 'rejected', meetingId });
    const form = { person: String(toOverride!.entryId), enhet: String(toOverride!.unitId), dato: '2026-12-01' };
    const noReason = await decide(coordinator, toOverride!.id, 'overstyr', { ...form, begrunnelse: '' });
    expect(noReason.status).toBe(422);
    expect(await noReason.text()).toContain('Skriv en begrunnelse for overstyringen.');
    const farAhead = await decide(coordinator, toOverride!.id, 'overstyr', { ...form, dato: '9999-12-31', begrunnelse: 'Langt fram' });
    expect(farAhead.status).toBe(422);
    expect(await farAhead.text()).toContain('Velg en dato i planleggingshorisonten');
    expect((await db().select().from(allocations).where(eq(allocations.id, toOverride!.id)))[0]!.status).toBe('proposed');
    expect((await decide(coordinator, toOverride!.id, 'overstyr', { ...form, begrunnelse: 'Pårørende kan først 1. desember' })).status).toBe(200);
    const created = await db().select().from(allocations).where(and(eq(allocations.entryId, toOverride!.entryId), eq(allocations.status, 'reserved')));
    expect(created[0]).toMatchObject({ meetingId, date: '2026-12-01', reason: 'Overstyring: Pårørende kan først 1. desember' });
  });

  it('when two coordinators decide the same proposal at the same moment, then exactly one wins and the other gets 409', async () => {
    const [proposal] = await proposed();
    const second = await loginAs(app.server.url, 'koordinator');
    const results = await Promise.all([decide(coordinator, proposal!.id, 'godta'), decide(second, proposal!.id, 'godta')]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await results.find((r) => r.status === 409)!.text()).toContain('allerede behandlet');
  });

  it('when a proposal is not of the meeting\'s run, then the meeting answers 404', async () => {
    expect((await decide(coordinator, 999_999, 'godta')).status).toBe(404);
  });

  it('when the meeting room account views, then it sees the meeting and the minutes but every decision is 403', async () => {
    const html = await (await viewer.get(`/tildelingsmote/${meetingId}`)).text();
    expect(html).toContain('Forslag');
    expect(html).not.toContain('>Godta<');
    expect(html).not.toContain('href="/personer/'); // the meeting room may not open person pages
    expect((await viewer.get(`/tildelingsmote/${meetingId}/referat`)).status).toBe(200);
    const [proposal] = await proposed();
    expect((await decide(viewer, proposal!.id, 'godta')).status).toBe(403);
    expect((await decide(viewer, proposal!.id, 'avvis')).status).toBe(403);
    expect((await viewer.post(`/tildelingsmote/${meetingId}/planlegg`, {})).status).toBe(403);
    expect((await viewer.post('/tildelingsmote', { uke: '2026-W48', deltakere: 'Møterommet' })).status).toBe(403);
    expect((await viewer.post(`/tildelingsmote/${meetingId}/referat/fastsett`, {})).status).toBe(403);
  });

  it('when the projector shows the meeting, then people are initials and birth year, unless a coordinator shows names (audited)', async () => {
    const [proposal] = await proposed();
    const person = await personOf(proposal!.entryId);
    const projected = await (await viewer.get(`/tildelingsmote/${meetingId}?visning=projektor&navn=vis`)).text();
    expect(projected).toContain('data-projector="true"');
    expect(projected).toContain(initialsOf(person.name, person.fnr));
    expect(projected).not.toContain(person.name);
    expect(projected).not.toMatch(/\d{11}/);
    const answer = await (await decide(coordinator, proposal!.id, 'avvis', { begrunnelse: 'Test' }, '?visning=projektor')).text();
    expect(answer).toContain(initialsOf(person.name, person.fnr));
    expect(answer).not.toContain(person.name);
    const named = await (await coordinator.get(`/tildelingsmote/${meetingId}?visning=projektor&navn=vis`)).text();
    expect(named).toContain(person.name);
    const audit = await db().select().from(auditLog).where(and(eq(auditLog.action, 'meeting.show-names'), eq(auditLog.entityId, String(meetingId))));
    expect(audit).toHaveLength(1);
  });

  it('when the minutes are issued, then they are frozen: later decisions do not change them and the meeting takes no more', async () => {
    const draft = await (await coordinator.get(`/tildelingsmote/${meetingId}/referat`)).text();
    for (const text of ['Ola Overlege', 'Tildelte plasser (3)', 'Overstyrt: Pårørende kan først 1. desember', 'Avvist: Ønsker å vente til etter jul', 'Over garantitiden uten plass', 'Utkast']) {
      expect(draft).toContain(text);
    }
    expect((await coordinator.post(`/tildelingsmote/${meetingId}/referat/fastsett`, {})).status).toBe(303);
    const frozen = (await meeting()).minutesHtml!;
    expect(frozen).toContain('Referatet ble fastsatt');
    expect(await db().select().from(auditLog).where(eq(auditLog.action, 'meeting.minutes-issue'))).toHaveLength(1);
    const [later] = await proposed();
    expect((await decide(coordinator, later!.id, 'godta')).status).toBe(409);
    expect((await coordinator.post(`/forslag/${later!.id}/godta`, {}, { headers: htmx })).status).toBe(200);
    const opened = await (await viewer.get(`/tildelingsmote/${meetingId}/referat`)).text();
    expect(opened).toContain(frozen);
    expect((await meeting()).minutesHtml).toBe(frozen);
    expect((await coordinator.post(`/tildelingsmote/${meetingId}/referat/fastsett`, {})).status).toBe(409);
  });

  it('when the next week\'s meeting opens, then it lists the vedtak made since the previous meeting was held', async () => {
    expect(await (await coordinator.get(`/tildelingsmote/${meetingId}`)).text()).toMatch(/Vedtak siden 16\.11\.2026: [1-9]\d*/);
    const next = await coordinator.post('/tildelingsmote', { uke: '2026-W49', deltakere: 'Kari Koordinator' });
    const html = await (await coordinator.get(next.headers.get('location')!)).text();
    expect(html).toContain('Tildelingsmøte uke 49 (30.11.–06.12.2026)');
    expect(html).toContain('Vedtak siden 23.11.2026: 0');
  });
});
