import { and, count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { allocations, auditLog, planningRuns, unitStays, waitlistEntries } from '../../db/schema.ts';
import type { Snapshot } from '../../solver/index.ts';
import { createTestDatabase, testDrivers } from '../../test/support/databases.ts';
import { TEST_NOW, TEST_TODAY } from '../../test/support/demo-app.ts';
import { type Client, loginAs, startTestServer, type TestServer } from '../../test/support/http.ts';
import { type InterimWorld, seedInterimWorld } from '../../test/support/interim-world.ts';

const htmx = { 'hx-request': 'true' };

describe.each(testDrivers)('interim korttid stays on Forslag and in the meeting on %s', (driver) => {
  let database: Database;
  let server: TestServer;
  let coordinator: Client;
  let world: InterimWorld;
  /** The entries of the two patients: `a` gets the langtid place in the first plan, `b` does not. */
  let a: number;
  let b: number;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    world = await seedInterimWorld(database.db, TEST_TODAY, { korttidFree: 2, patients: 2 });
    server = await startTestServer(database.db, () => TEST_NOW);
    coordinator = await loginAs(server.url, 'koordinator');
    expect((await coordinator.post('/forslag/planlegg', {})).status).toBe(303);
    const [final] = await db().select().from(allocations).where(and(eq(allocations.unitId, world.langtidId), eq(allocations.interim, false)));
    a = final!.entryId;
    b = world.entryIds.find((id) => id !== a)!;
  });
  afterAll(async () => { await server?.close(); await database?.close(); });

  const db = () => database.db;
  const latestRunId = async () => (await db().select().from(planningRuns).orderBy(sql`id desc`).limit(1))[0]!.id;
  const interimOf = async (entryId: number, runId?: number) => (await db().select().from(allocations)
    .where(and(eq(allocations.planningRunId, runId ?? await latestRunId()), eq(allocations.entryId, entryId), eq(allocations.interim, true))))[0]!;
  const entryStatus = async (entryId: number) => (await db().select().from(waitlistEntries).where(eq(waitlistEntries.id, entryId)))[0]!.status;
  const personOf = (entryId: number) => world.personIds[world.entryIds.indexOf(entryId)]!;
  const counts = async () => [(await db().select({ n: count() }).from(allocations))[0]!.n, (await db().select({ n: count() }).from(auditLog))[0]!.n];

  it('when the coordinator plans, then Forslag shows each interim stay as its own row with the final place, a person link and Godta', async () => {
    const html = await (await coordinator.get('/forslag')).text();
    const stay = await interimOf(a);
    expect(stay.status).toBe('proposed');
    expect((await interimOf(b)).status).toBe('proposed');
    const row = html.slice(html.indexOf(`id="proposal-${stay.id}"`));
    expect(row).toContain(`href="/personer/${personOf(a)}"`);
    expect(row).toMatch(/venter på Korttid INT-K \(INT-K\) fra 23\.11\.2026\s*til plass på Langtid INT-L \(INT-L\)/);
    expect(row).toContain(`hx-post="/forslag/${stay.id}/godta"`);
  });

  it('when an interim stay is accepted, then the korttid place is reserved, the person still waits, and the reserved list marks it korttid while waiting', async () => {
    const stay = await interimOf(a);
    const res = await coordinator.post(`/forslag/${stay.id}/godta`, {}, { headers: htmx });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Godtatt');
    expect((await interimOf(a)).status).toBe('reserved');
    expect(await entryStatus(a)).toBe('waiting');
    const page = await (await coordinator.get('/forslag')).text();
    const reserved = page.slice(page.indexOf('id="reserved"'));
    expect(reserved).toContain('Korttid i påvente av langtidsplass');
    // Accepting again: someone else was first, nothing changes.
    const before = await counts();
    const again = await coordinator.post(`/forslag/${stay.id}/godta`, {}, { headers: htmx });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('allerede behandlet');
    expect(await counts()).toEqual(before);
  });

  it('when an interim stay is overridden with a langtid unit, then 422 says at the field that it must be korttid, and nothing is saved', async () => {
    const stay = await interimOf(b);
    const before = await counts();
    const res = await coordinator.post(`/forslag/${stay.id}/overstyr`, { person: String(b), enhet: String(world.langtidId), dato: TEST_TODAY, begrunnelse: 'Bedre egnet' }, { headers: htmx });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Et opphold mens personen venter må være på en korttidsenhet');
    expect(await counts()).toEqual(before);
    expect((await interimOf(b)).status).toBe('proposed');
  });

  it('when an interim stay is rejected, then it is rejected with the reason and audited as an interim stay', async () => {
    const stay = await interimOf(b);
    const res = await coordinator.post(`/forslag/${stay.id}/avvis`, { begrunnelse: 'Pårørende ønsker å vente hjemme' }, { headers: htmx });
    expect(res.status).toBe(200);
    expect((await interimOf(b)).status).toBe('rejected');
    const [audit] = await db().select().from(auditLog).where(and(eq(auditLog.action, 'allocation.interim-reject'), eq(auditLog.entityId, String(stay.id))));
    expect(audit?.after).toMatchObject({ status: 'rejected', interim: true });
    expect(await entryStatus(b)).toBe('waiting');
  });

  it('when a leader opens their units, then the korttid leader sees the incoming interim guest as such and the langtid leader does not', async () => {
    const own = await (await (await loginAs(server.url, 'leder-k')).get('/enheter')).text();
    const incoming = own.slice(own.indexOf('Innkomne'));
    expect(incoming).toContain(`Person INT-L ${world.entryIds.indexOf(a) + 1}`);
    expect(incoming).toContain('Korttid i påvente av langtidsplass');
    const other = await (await (await loginAs(server.url, 'leder-l')).get('/enheter')).text();
    expect(other).not.toContain('Korttid i påvente av langtidsplass');
    expect(other).not.toContain(`Person INT-L ${world.entryIds.indexOf(a) + 1}`);
  });

  it('when an interim cancellation has no reason, then 422 says so at the field and nothing changes', async () => {
    const stay = await interimOf(a);
    const before = await counts();
    const res = await coordinator.post(`/tildelinger/${stay.id}/kanseller`, { begrunnelse: ' ' }, { headers: htmx });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Skriv hvorfor plassen kanselleres.');
    expect(await counts()).toEqual(before);
    expect((await interimOf(a)).status).toBe('reserved');
  });

  it('when the interim guest arrives, then they live in the korttid bed, still wait, and the snapshot has them as its occupant', async () => {
    const stay = await interimOf(a);
    const res = await coordinator.post(`/tildelinger/${stay.id}/innskrevet`, {}, { headers: htmx });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('venter fortsatt på egen plass');
    expect(await entryStatus(a)).toBe('waiting');
    expect(await db().select().from(unitStays).where(eq(unitStays.personId, personOf(a)))).toMatchObject([{ unitId: world.korttidId, toDate: null }]);
    const person = await (await coordinator.get(`/personer/${personOf(a)}`)).text();
    expect(person).toContain('Korttid INT-K fra 23.11.2026 · Korttid i påvente av langtidsplass');
    const leader = await (await (await loginAs(server.url, 'leder-k')).get('/enheter')).text();
    expect(leader).toMatch(/Person INT-L \d \(fra 23\.11\.2026, korttid i påvente av langtidsplass\)/);
    const snapshot = await (await coordinator.get('/forslag/oyeblikksbilde.json')).json() as Snapshot;
    const applicant = snapshot.applicants.find((x) => x.id === `V-${a}`);
    expect(applicant).toMatchObject({ location: { type: 'unit', unitId: 'INT-K' } });
    expect(applicant).not.toHaveProperty('interim');
  });

  it('when a cancelled interim reservation is cancelled again, then 404: only reserved places are listed', async () => {
    const stay = await interimOf(a);
    expect((await coordinator.post(`/tildelinger/${stay.id}/kanseller`, { begrunnelse: 'Feil' }, { headers: htmx })).status).toBe(404);
  });

  it('when the meeting plans and accepts an interim stay, then it is reserved with the meeting recorded, and the row links the person', async () => {
    const started = await coordinator.post('/tildelingsmote', { uke: '2026-W48', deltakere: 'Kari Koordinator' });
    const meetingId = Number(/\/tildelingsmote\/(\d+)$/.exec(started.headers.get('location')!)![1]);
    expect((await coordinator.post(`/tildelingsmote/${meetingId}/planlegg`, {})).status).toBe(303);
    const stay = await interimOf(b);
    const page = await (await coordinator.get(`/tildelingsmote/${meetingId}`)).text();
    const row = page.slice(page.indexOf(`id="proposal-${stay.id}"`));
    expect(row).toContain(`href="/personer/${personOf(b)}"`);
    expect(row).toContain('venter på Korttid INT-K');
    const res = await coordinator.post(`/tildelingsmote/${meetingId}/forslag/${stay.id}/godta`, {}, { headers: htmx });
    expect(res.status).toBe(200);
    expect(await interimOf(b)).toMatchObject({ status: 'reserved', meetingId });
    expect(await entryStatus(b)).toBe('waiting');
    const minutes = await (await coordinator.get(`/tildelingsmote/${meetingId}/referat`)).text();
    expect(minutes).toContain('korttid i påvente av langtidsplass');
  });
});
