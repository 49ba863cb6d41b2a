import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.ts';
import { placesOn } from '../../db/queries/allocations.ts';
import { allocations, auditLog, planningRuns, unitStays, units, waitlistEntries } from '../../db/schema.ts';
import { type Plan, planSnapshot, type Snapshot, validateSnapshot } from '../../solver/index.ts';
import { testDrivers } from '../../test/support/databases.ts';
import { type DemoApp, startDemoApp, TEST_NOW } from '../../test/support/demo-app.ts';
import { type Client, loginAs } from '../../test/support/http.ts';

const htmx = { 'hx-request': 'true' };

describe.each(testDrivers)('Forslag on %s', (driver) => {
  let app: DemoApp;
  let coordinator: Client;
  let runId: number;
  beforeAll(async () => {
    app = await startDemoApp(driver);
    coordinator = await loginAs(app.server.url, 'koordinator');
    const res = await coordinator.post('/forslag/planlegg', {});
    expect(res.status).toBe(303);
    runId = (await app.database.db.select().from(planningRuns).orderBy(sql`id desc`).limit(1))[0]!.id;
  });
  afterAll(async () => { await app?.close(); });

  /** The run's open proposals (final places, or `interim` stays) of people still waiting (another test reserves places for some of them). */
  const proposed = async (interim = false) => {
    const rows = await app.database.db.select().from(allocations)
      .where(and(eq(allocations.planningRunId, runId), eq(allocations.status, 'proposed'), eq(allocations.interim, interim)));
    const waiting = new Set((await app.database.db.select({ id: waitlistEntries.id }).from(waitlistEntries).where(eq(waitlistEntries.status, 'waiting'))).map((r) => r.id));
    return rows.filter((r) => waiting.has(r.entryId));
  };

  it('when the coordinator plans, then the run is stored and its admissions become proposals with names and reasons', async () => {
    const [run] = await app.database.db.select().from(planningRuns).where(eq(planningRuns.id, runId));
    const plan = run!.plan as Plan;
    expect(run!.status).toBe('optimal');
    expect((await proposed()).length).toBe(plan.admissions.length);
    expect((await proposed(true)).length).toBe(plan.interimStays!.length);
    const html = await (await coordinator.get('/forslag')).text();
    expect(html).toContain('Først til mølla');
    expect(html).not.toMatch(/\bV-\d+ får plass/); // explanations name people, not pseudonyms
    expect(html).toMatch(/får plass på/);
  });

  it('when a stored run is re-planned from its snapshot, then it costs the same', async () => {
    const snapshot = await (await coordinator.get(`/forslag/kjoring/${runId}/snapshot.json`)).json() as Snapshot;
    const plan = await (await coordinator.get(`/forslag/kjoring/${runId}/plan.json`)).json() as Plan;
    const validation = validateSnapshot(snapshot);
    expect(validation.ok).toBe(true);
    if (validation.ok) expect((await planSnapshot(validation.snapshot)).cost.total).toBeCloseTo(plan.cost.total, 0);
  });

  it('when today\'s snapshot is exported, then it is a valid snapshot without personal data', async () => {
    const res = await coordinator.get('/forslag/oyeblikksbilde.json');
    const text = await res.text();
    expect(validateSnapshot(JSON.parse(text)).ok).toBe(true);
    expect(text).not.toMatch(/\d{11}/);
  });

  it('when a proposal is accepted, then the place is reserved, the free count falls and it is audited', async () => {
    const [proposal] = await proposed();
    const before = await placesOn(app.database.db, proposal!.unitId, proposal!.date, TEST_NOW);
    const res = await coordinator.post(`/forslag/${proposal!.id}/godta`, {}, { headers: htmx });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Godtatt – plass reservert');
    const [after] = await app.database.db.select().from(allocations).where(eq(allocations.id, proposal!.id));
    expect(after!.status).toBe('reserved');
    const [entry] = await app.database.db.select().from(waitlistEntries).where(eq(waitlistEntries.id, proposal!.entryId));
    expect(entry!.status).toBe('reserved');
    expect(await placesOn(app.database.db, proposal!.unitId, proposal!.date, TEST_NOW)).toBe(before - 1);
    const audit = await app.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'allocation.accept'), eq(auditLog.entityId, String(proposal!.id))));
    expect(audit).toHaveLength(1);
    const again = await coordinator.post(`/forslag/${proposal!.id}/godta`, {}, { headers: htmx });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('allerede behandlet');
  });

  it('when two coordinators accept proposals for the last place at the same moment, then only one gets it', async () => {
    const [unit] = await app.database.db.select().from(units).where(eq(units.code, 'SOL-K'));
    const date = '2026-11-23';
    const free = await placesOn(app.database.db, unit!.id, date, TEST_NOW);
    expect(free).toBeGreaterThan(0);
    const waiting = await queryRows<{ id: number }>(app.database.db, sql`select e.id from waitlist_entries e
      where e.kind = 'korttid' and e.status = 'waiting' order by e.id limit ${free + 2}`);
    const inserted = await app.database.db.insert(allocations).values(waiting.map((w) => ({
      entryId: w.id, unitId: unit!.id, date, status: 'proposed' as const, planningRunId: runId, reason: 'Test av samtidighet',
    }))).returning({ id: allocations.id });
    const second = await loginAs(app.server.url, 'koordinator');
    const results = await Promise.all(inserted.map((a, i) => (i % 2 ? second : coordinator).post(`/forslag/${a.id}/godta`, {}, { headers: htmx })));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(free);
    expect(statuses.filter((s) => s === 409)).toHaveLength(inserted.length - free);
    expect(await placesOn(app.database.db, unit!.id, date, TEST_NOW)).toBe(0);
  });

  it('when Forslag opens, then each «Overstyr» fetches its form on opening instead of carrying every waiting person', async () => {
    const [proposal] = await proposed();
    const page = await (await coordinator.get('/forslag')).text();
    expect(page).toContain(`hx-get="/forslag/${proposal!.id}/overstyr"`);
    expect(page).not.toContain('<option');
    const res = await coordinator.get(`/forslag/${proposal!.id}/overstyr`, htmx);
    expect(res.status).toBe(200);
    const form = await res.text();
    expect(form).toContain(`hx-post="/forslag/${proposal!.id}/overstyr"`);
    expect(form).toMatch(new RegExp(`<option value="${proposal!.entryId}" selected`));
    expect(form).toMatch(new RegExp(`<option value="${proposal!.unitId}" selected`));
    expect((await coordinator.get('/forslag/999999/overstyr', htmx)).status).toBe(404);
  });

  it('when an override has no reason or a unit of the wrong kind, then 422 says so at the field and nothing changes', async () => {
    const [proposal] = await proposed();
    const [own] = await app.database.db.select().from(units).where(eq(units.id, proposal!.unitId));
    const [otherKind] = await app.database.db.select().from(units).where(sql`${units.kind} <> ${own!.kind}`).limit(1);
    const noReason = await coordinator.post(`/forslag/${proposal!.id}/overstyr`, { person: String(proposal!.entryId), enhet: String(proposal!.unitId), dato: proposal!.date, begrunnelse: '' }, { headers: htmx });
    expect(noReason.status).toBe(422);
    expect(await noReason.text()).toContain('Skriv en begrunnelse for overstyringen.');
    const wrongUnit = await coordinator.post(`/forslag/${proposal!.id}/overstyr`, { person: String(proposal!.entryId), enhet: String(otherKind!.id), dato: proposal!.date, begrunnelse: 'Ønsker annen enhet' }, { headers: htmx });
    expect(wrongUnit.status).toBe(422);
    expect(await wrongUnit.text()).toMatch(/Enheten er \w+, men vedtaket gjelder/);
    const [unchanged] = await app.database.db.select().from(allocations).where(eq(allocations.id, proposal!.id));
    expect(unchanged!.status).toBe('proposed');
  });

  // Today is 23.11.2026 and the horizon 28 days: 23.11.–20.12.2026.
  it.each([['long past', '2020-01-01'], ['yesterday', '2026-11-22'], ['the day after the horizon', '2026-12-21'], ['far ahead', '9999-12-31']])(
    'when an override date is %s, then 422 at the date field and nothing changes', async (_name, dato) => {
      const [proposal] = await proposed();
      const count = async (table: typeof allocations | typeof auditLog) => (await app.database.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;
      const before = [await count(allocations), await count(auditLog)];
      const res = await coordinator.post(`/forslag/${proposal!.id}/overstyr`, { person: String(proposal!.entryId), enhet: String(proposal!.unitId), dato, begrunnelse: 'Ønsker annen dato' }, { headers: htmx });
      expect(res.status).toBe(422);
      const html = await res.text();
      expect(html).toContain('Velg en dato i planleggingshorisonten: fra i dag (23.11.2026) til og med 20.12.2026.');
      expect(html).toMatch(new RegExp(`name="dato" value="${dato}" aria-invalid="true"`));
      expect([await count(allocations), await count(auditLog)]).toEqual(before);
    });

  it('when a proposal is overridden with another date and a reason, then the proposal is rejected and a reservation made', async () => {
    const [proposal] = await proposed();
    const res = await coordinator.post(`/forslag/${proposal!.id}/overstyr`, { person: String(proposal!.entryId), enhet: String(proposal!.unitId), dato: '2026-12-15', begrunnelse: 'Pårørende ønsker senere dato' }, { headers: htmx });
    expect(res.status).toBe(200);
    const rows = await app.database.db.select().from(allocations).where(eq(allocations.entryId, proposal!.entryId));
    expect(rows.find((r) => r.id === proposal!.id)!.status).toBe('rejected');
    expect(rows.find((r) => r.status === 'reserved')).toMatchObject({ date: '2026-12-15', reason: 'Overstyring: Pårørende ønsker senere dato' });
  });

  it('when a reserved place is marked admitted, then the stay starts; a cancel needs a reason and frees the place', async () => {
    const [first, second] = await app.database.db.select().from(allocations).where(eq(allocations.status, 'reserved')).orderBy(allocations.id);
    expect((await coordinator.post(`/tildelinger/${first!.id}/innskrevet`, {}, { headers: htmx })).status).toBe(200);
    const stays = await app.database.db.select().from(unitStays).where(eq(unitStays.allocationId, first!.id));
    expect(stays).toHaveLength(1);
    const noReason = await coordinator.post(`/tildelinger/${second!.id}/kanseller`, { begrunnelse: '' }, { headers: htmx });
    expect(noReason.status).toBe(422);
    expect((await coordinator.post(`/tildelinger/${second!.id}/kanseller`, { begrunnelse: 'Takket nei til plassen' }, { headers: htmx })).status).toBe(200);
    const [entry] = await app.database.db.select().from(waitlistEntries).where(eq(waitlistEntries.id, second!.entryId));
    expect(entry!.status).toBe('waiting');
  });

  it('when the coordinator plans again, then accepted reservations stay fixed and are not proposed again', async () => {
    const reserved = await app.database.db.select().from(allocations).where(eq(allocations.status, 'reserved'));
    await coordinator.post('/forslag/planlegg', {});
    const [latest] = await app.database.db.select().from(planningRuns).orderBy(sql`id desc`).limit(1);
    const ids = (latest!.snapshot as Snapshot).applicants.map((a) => a.id);
    for (const r of reserved) expect(ids).not.toContain(`V-${r.entryId}`);
  });

  it('when the meeting viewer opens Forslag, then they see it but cannot decide, and names do not link to person pages they cannot open', async () => {
    const viewer = await loginAs(app.server.url, 'mote');
    const html = await (await viewer.get('/forslag')).text();
    expect(html).not.toContain('>Godta<');
    expect(html).not.toContain('href="/personer/');
    expect(html).not.toContain('Lag nye forslag');
    expect(await (await coordinator.get('/forslag')).text()).toContain('href="/personer/');
    const [proposal] = await proposed();
    expect((await viewer.post(`/forslag/${proposal!.id}/godta`, {}, { headers: htmx })).status).toBe(403);
  });
});
