import { and, count, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { allocations, auditLog, planningRuns, waitlistEntries } from '../../db/schema.ts';
import { createTestDatabase, testDrivers } from '../../test/support/databases.ts';
import { TEST_NOW, TEST_TODAY } from '../../test/support/demo-app.ts';
import { type Client, loginAs, startTestServer, type TestServer } from '../../test/support/http.ts';
import { seedOneUnit } from '../../test/support/one-unit.ts';

const htmx = { 'hx-request': 'true' };
const OUTDATED = 'Forslagene er utdatert etter en beslutning – lag nye forslag';

// Three units with one free place each and three people waiting: the plan proposes one person
// per unit. Overrides then take a person and a place that other proposals counted on.
describe.each(testDrivers)('proposals after a decision on %s', (driver) => {
  let database: Database;
  let server: TestServer;
  let coordinator: Client;
  let runId: number;
  let units: number[];
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    server = await startTestServer(database.db, () => TEST_NOW);
    units = [
      (await seedOneUnit(database.db, { code: 'KON-A', today: TEST_TODAY, freeNow: 1, waiting: 2 })).unitId,
      (await seedOneUnit(database.db, { code: 'KON-B', today: TEST_TODAY, freeNow: 1, waiting: 1 })).unitId,
      (await seedOneUnit(database.db, { code: 'KON-C', today: TEST_TODAY, freeNow: 1, waiting: 0 })).unitId,
    ];
    coordinator = await loginAs(server.url, 'koordinator');
    expect((await coordinator.post('/forslag/planlegg', {})).status).toBe(303);
    runId = (await database.db.select().from(planningRuns).orderBy(desc(planningRuns.id)).limit(1))[0]!.id;
  });
  afterAll(async () => { await server?.close(); await database?.close(); });

  const proposalTo = async (unitId: number) =>
    (await database.db.select().from(allocations).where(and(eq(allocations.planningRunId, runId), eq(allocations.unitId, unitId), eq(allocations.status, 'proposed'))))[0]!;
  const override = (id: number, person: number, unit: number) =>
    coordinator.post(`/forslag/${id}/overstyr`, { person: String(person), enhet: String(unit), dato: TEST_TODAY, begrunnelse: 'Avtalt i møtet' }, { headers: htmx });
  const audits = async () => (await database.db.select({ n: count() }).from(auditLog))[0]!.n;
  /** The accept is refused with 409 and a Norwegian message, and nothing changes. */
  const expectRefused = async (id: number, message: RegExp) => {
    const before = { audits: await audits(), row: (await database.db.select().from(allocations).where(eq(allocations.id, id)))[0]! };
    const entry = async () => (await database.db.select().from(waitlistEntries).where(eq(waitlistEntries.id, before.row.entryId)))[0]!.status;
    const entryBefore = await entry();
    const res = await coordinator.post(`/forslag/${id}/godta`, {}, { headers: htmx });
    expect(res.status).toBe(409);
    expect(await res.text()).toMatch(message);
    expect((await database.db.select().from(allocations).where(eq(allocations.id, id)))[0]!.status).toBe('proposed');
    expect(await entry()).toBe(entryBefore);
    expect(await audits()).toBe(before.audits);
    const plain = await coordinator.post(`/forslag/${id}/godta`, {});
    expect(plain.status).toBe(409);
  };

  it('when nothing is decided yet, then the proposals are not out of date and each can be accepted', async () => {
    const html = await (await coordinator.get('/forslag')).text();
    expect(html).not.toContain(OUTDATED);
    for (const unit of units) expect(html).toContain(`hx-post="/forslag/${(await proposalTo(unit)).id}/godta"`);
  });

  it('when a decision takes a person and then a place other proposals counted on, then those show why and their accept is refused with 409, changing nothing', async () => {
    const [a, b, c] = [await proposalTo(units[0]!), await proposalTo(units[1]!), await proposalTo(units[2]!)];
    // B's person gets A's place: B's proposal now names someone who already has a place.
    const first = await override(a.id, b.entryId, units[0]!);
    expect(first.status).toBe(200);
    expect(await first.text()).toMatch(new RegExp(`id="proposals-outdated" hx-swap-oob="true"[^>]*><div class="ds-alert" data-color="warning">${OUTDATED}`));
    let html = await (await coordinator.get('/forslag')).text();
    expect(html).toContain(OUTDATED);
    expect(html).not.toContain(`hx-post="/forslag/${b.id}/godta"`);
    expect(html).toContain('Kan ikke godtas: personen har allerede fått en plass reservert.');
    expect(html).toContain(`hx-post="/forslag/${c.id}/godta"`);
    await expectRefused(b.id, /Personen venter ikke lenger på plass/);

    // A's person, free again, gets C's place: C's unit has none left.
    expect((await override(b.id, a.entryId, units[2]!)).status).toBe(200);
    html = await (await coordinator.get('/forslag')).text();
    expect(html).not.toContain(`hx-post="/forslag/${c.id}/godta"`);
    expect(html).toMatch(/Kan ikke godtas: Langtid KON-C har ingen ledig plass fra 23\.11\.2026 i plassoversikten\./);
    await expectRefused(c.id, /Enheten har ingen ledig plass fra denne datoen lenger/);
  });

  it('when the meeting shows the run, then it says the proposals are out of date and shows the conflict instead of «Godta»', async () => {
    const created = await coordinator.post('/tildelingsmote', { uke: '2026-W48', deltakere: 'Kari' });
    expect(created.status).toBe(303);
    const page = await (await coordinator.get(`${created.headers.get('location')}?visning=projektor`)).text();
    expect(page).toContain('Forslagene er utdatert etter en beslutning – planlegg på nytt');
    expect(page).toContain('Kan ikke godtas: Langtid KON-C har ingen ledig plass');
    expect(page).not.toMatch(new RegExp(`forslag/${(await proposalTo(units[2]!)).id}/godta`));
  });

  it('when the coordinator plans again, then the new proposals are no longer out of date', async () => {
    expect((await coordinator.post('/forslag/planlegg', {})).status).toBe(303);
    expect(await (await coordinator.get('/forslag')).text()).not.toContain(OUTDATED);
  });

  it('when a reserved place is cancelled after the new run, then that run is out of date too', async () => {
    const [reserved] = await database.db.select().from(allocations).where(eq(allocations.status, 'reserved'));
    const res = await coordinator.post(`/tildelinger/${reserved!.id}/kanseller`, { begrunnelse: 'Takket nei' }, { headers: htmx });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain(OUTDATED);
    expect(await (await coordinator.get('/forslag')).text()).toContain(OUTDATED);
  });
});
