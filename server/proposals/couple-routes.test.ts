import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.ts';
import { acceptProposal } from '../../db/queries/allocations.ts';
import { placesOn } from '../../db/queries/allocations.ts';
import { allocations, auditLog, partnerLinks, persons, planningRuns, units, waitlistEntries } from '../../db/schema.ts';
import { type Snapshot, validateSnapshot } from '../../solver/index.ts';
import { testDrivers } from '../../test/support/databases.ts';
import { type DemoApp, startDemoApp, TEST_NOW } from '../../test/support/demo-app.ts';
import { type Client, loginAs } from '../../test/support/http.ts';

const htmx = { headers: { 'hx-request': 'true' } };
const TODAY = '2026-11-23';

describe.each(testDrivers)('a couple on Forslag on %s', (driver) => {
  let app: DemoApp;
  let coordinator: Client;
  let runId: number;
  let couple = { entryA: 0, entryB: 0 };
  const db = () => app.database.db;
  beforeAll(async () => {
    app = await startDemoApp(driver);
    coordinator = await loginAs(app.server.url, 'koordinator');
    expect((await coordinator.post('/forslag/planlegg', {})).status).toBe(303);
    runId = (await db().select().from(planningRuns).orderBy(sql`id desc`).limit(1))[0]!.id;
    [couple = couple] = await db().select({ entryA: partnerLinks.entryA, entryB: partnerLinks.entryB }).from(partnerLinks).where(isNull(partnerLinks.endedAt));
  }, 120_000);
  afterAll(async () => { await app?.close(); });

  const allocationsOf = (run: number, entryIds: number[]) => db().select().from(allocations)
    .where(and(eq(allocations.planningRunId, run), inArray(allocations.entryId, entryIds))).orderBy(allocations.id);
  const statusOf = async (ids: number[]) => (await db().select({ id: allocations.id, status: allocations.status }).from(allocations)
    .where(inArray(allocations.id, ids)).orderBy(allocations.id)).map((a) => a.status);
  const entryStatus = async (ids: number[]) => (await db().select({ status: waitlistEntries.status }).from(waitlistEntries)
    .where(inArray(waitlistEntries.id, ids)).orderBy(waitlistEntries.id)).map((e) => e.status);
  const nameOf = async (entryId: number) => (await db().select({ name: persons.name }).from(waitlistEntries)
    .innerJoin(persons, eq(persons.id, waitlistEntries.personId)).where(eq(waitlistEntries.id, entryId)))[0]!.name;

  /** A run of our own whose snapshot names the two entries as partners, with both proposed to the unit on the day. */
  async function fakeCouple(entryIds: [number, number], unitId: number, date: string): Promise<number[]> {
    const [x, y] = entryIds.map((id) => `V-${id}`);
    const snapshot = { format: 'plassplan.snapshot/2', applicants: [{ id: x, partnerId: y }, { id: y, partnerId: x }] };
    const [run] = await db().insert(planningRuns).values({ snapshot, status: 'optimal' }).returning({ id: planningRuns.id });
    const rows = await db().insert(allocations).values(entryIds.map((entryId) => ({ entryId, unitId, date, status: 'proposed' as const, planningRunId: run!.id, reason: 'Test' })))
      .returning({ id: allocations.id });
    return rows.map((r) => r.id).sort((a, b) => a - b);
  }
  const waitingLangtid = (n: number, not: number[]) => waitingOf('langtid', n, not);
  const waitingOf = async (kind: string, n: number, not: number[]) => (await queryRows<{ id: number }>(db(), sql`
    select e.id from waitlist_entries e where e.kind = ${kind} and e.status = 'waiting'
      and not exists (select 1 from partner_links l where l.ended_at is null and e.id in (l.entry_a, l.entry_b))
      and e.id not in (${sql.join([-1, ...not].map((id) => sql`${id}`), sql`, `)}) order by e.id limit ${n}`)).map((r) => r.id);

  it('when the demo is planned, then the snapshot names the couple as partners without interim, and the planner proposes them together', async () => {
    const [run] = await db().select().from(planningRuns).where(eq(planningRuns.id, runId));
    const snapshot = run!.snapshot as Snapshot;
    expect(validateSnapshot(snapshot).ok).toBe(true);
    const [a, b] = [`V-${couple.entryA}`, `V-${couple.entryB}`].map((id) => snapshot.applicants.find((x) => x.id === id)!);
    expect(a).toMatchObject({ partnerId: b!.id });
    expect(b).toMatchObject({ partnerId: a!.id });
    expect(a!.interim).toBeUndefined();
    expect(b!.interim).toBeUndefined();
    expect(snapshot.applicants.filter((x) => x.partnerId !== undefined)).toHaveLength(2);
    const proposals = await allocationsOf(runId, [couple.entryA, couple.entryB]);
    expect(proposals).toHaveLength(2);
    expect(proposals[0]!.unitId).toBe(proposals[1]!.unitId);
    expect(proposals[0]!.date).toBe(proposals[1]!.date);
  });

  it('when Forslag and the meeting are opened, then the couple is one row with both names, «sammen på», and one decision for both', async () => {
    const [first, second] = await allocationsOf(runId, [couple.entryA, couple.entryB]);
    const [nameA, nameB] = [await nameOf(first!.entryId), await nameOf(second!.entryId)];
    const html = await (await coordinator.get('/forslag')).text();
    const row = new RegExp(`<article id="proposal-${first!.id}" class="proposal proposal-couple[\\s\\S]*?</article>`).exec(html)?.[0] ?? '';
    expect(row).toContain(`>${nameA}</a> og <a class="ds-link" href="/personer/`);
    expect(row).toContain(`>${nameB}</a>`);
    expect(row).toMatch(/– sammen på [^<]+ \([A-Z]+-L\) fra \d\d\.\d\d\.2026/);
    expect(row).toContain('Godta begge');
    expect(row).toContain('Avvis begge');
    expect(row).not.toContain('Overstyr</summary>');
    expect(html).not.toContain(`id="proposal-${second!.id}"`);
    const started = await coordinator.post('/tildelingsmote', { uke: '2026-W48', deltakere: 'Kari Koordinator' });
    const meetingId = Number(/\/tildelingsmote\/(\d+)$/.exec(started.headers.get('location')!)![1]);
    expect((await coordinator.post(`/tildelingsmote/${meetingId}/planlegg`, {})).status).toBe(303);
    const meeting = await (await coordinator.get(`/tildelingsmote/${meetingId}?navn=fulle`)).text();
    expect(meeting).toMatch(new RegExp(`${nameA}(</a>)? og (<a [^>]+>)?${nameB}`));
    expect(meeting).toContain('Godta begge');
  });

  it('when one partner\'s proposal is accepted alone, or the couple is overridden, then it is refused with a clear message and nothing changes', async () => {
    const [first, second] = await allocationsOf(runId, [couple.entryA, couple.entryB]);
    const alone = await acceptProposal(db(), second!.id, { userId: 1 }, TEST_NOW);
    expect(alone).toMatchObject({ ok: false, reason: 'couple' });
    expect(!alone.ok && alone.message).toContain('kan ikke avgjøres for én av dem alene');
    const override = await coordinator.post(`/forslag/${first!.id}/overstyr`, { person: String(first!.entryId), enhet: String(first!.unitId), dato: first!.date, begrunnelse: 'Annen enhet' }, htmx);
    expect(override.status).toBe(409);
    expect(await override.text()).toContain('Et par kan ikke overstyres hver for seg.');
    expect(await statusOf([first!.id, second!.id])).toEqual(['proposed', 'proposed']);
    expect(await entryStatus([couple.entryA, couple.entryB])).toEqual(['waiting', 'waiting']);
  });

  it('when the couple is accepted once, then both are reserved in one go, the ledger has two places fewer, and both are audited', async () => {
    const [first, second] = await allocationsOf(runId, [couple.entryA, couple.entryB]);
    const before = await placesOn(db(), first!.unitId, first!.date, TEST_NOW);
    const res = await coordinator.post(`/forslag/${first!.id}/godta`, {}, htmx);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Godtatt – plass reservert for begge');
    expect(await statusOf([first!.id, second!.id])).toEqual(['reserved', 'reserved']);
    expect(await entryStatus([couple.entryA, couple.entryB])).toEqual(['reserved', 'reserved']);
    expect(await placesOn(db(), first!.unitId, first!.date, TEST_NOW)).toBe(before - 2);
    const audits = await db().select().from(auditLog).where(and(eq(auditLog.action, 'allocation.accept'), inArray(auditLog.entityId, [String(first!.id), String(second!.id)])));
    expect(audits.map((a) => (a.after as { partnerEntryId: number }).partnerEntryId).sort()).toEqual([couple.entryA, couple.entryB].sort());
  });

  it('when only one place is left from the day, then accepting the couple fails, says so, and nothing changes; with two it succeeds', async () => {
    // A unit and day with at least two places, which other reservations then bring down to one.
    const date = '2026-12-07';
    let unit: typeof units.$inferSelect | undefined;
    let free = 0;
    for (const u of await db().select().from(units).orderBy(units.id)) {
      free = await placesOn(db(), u.id, date, TEST_NOW);
      if (free >= 2 && free <= 10) { unit = u; break; }
    }
    expect(unit).toBeDefined();
    const pair = await waitingOf(unit!.kind, 2, []) as [number, number];
    const ids = await fakeCouple(pair, unit!.id, date);
    const fillers = await waitingOf(unit!.kind, free - 1, pair);
    expect(fillers).toHaveLength(free - 1);
    const held = await db().insert(allocations).values(fillers.map((entryId) => ({ entryId, unitId: unit!.id, date, status: 'reserved' as const })))
      .returning({ id: allocations.id });
    expect(await placesOn(db(), unit!.id, date, TEST_NOW)).toBe(1);
    const audits = (await db().select().from(auditLog)).length;
    const res = await coordinator.post(`/forslag/${ids[0]}/godta`, {}, htmx);
    expect(res.status).toBe(409);
    expect(await res.text()).toContain('Enheten har ikke lenger to ledige plasser fra denne datoen (bare én)');
    expect(await statusOf(ids)).toEqual(['proposed', 'proposed']);
    expect(await entryStatus(pair)).toEqual(['waiting', 'waiting']);
    expect(await placesOn(db(), unit!.id, date, TEST_NOW)).toBe(1);
    expect((await db().select().from(auditLog)).length).toBe(audits);
    await db().delete(allocations).where(eq(allocations.id, held[0]!.id));
    expect((await coordinator.post(`/forslag/${ids[1]}/godta`, {}, htmx)).status).toBe(200);
    expect(await statusOf(ids)).toEqual(['reserved', 'reserved']);
    expect(await placesOn(db(), unit!.id, date, TEST_NOW)).toBe(0);
    await db().delete(allocations).where(inArray(allocations.id, held.slice(1).map((h) => h.id)));
  });

  it('when the couple is rejected, then both are rejected with the reason, both audited, and a second decision is refused', async () => {
    const [unit] = await db().select().from(units).where(eq(units.code, 'LIN-L'));
    const pair = await waitingLangtid(2, []) as [number, number];
    const ids = await fakeCouple(pair, unit!.id, '2026-12-01');
    const res = await coordinator.post(`/forslag/${ids[1]}/avvis`, { begrunnelse: 'Ønsker å vente på Solbakken' }, htmx);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Avvist for begge');
    expect(await statusOf(ids)).toEqual(['rejected', 'rejected']);
    expect(await entryStatus(pair)).toEqual(['waiting', 'waiting']);
    const audits = await db().select().from(auditLog).where(and(eq(auditLog.action, 'allocation.reject'), inArray(auditLog.entityId, ids.map(String))));
    expect(audits.map((a) => (a.after as { reason: string }).reason)).toEqual(['Ønsker å vente på Solbakken', 'Ønsker å vente på Solbakken']);
    const again = await coordinator.post(`/forslag/${ids[0]}/godta`, {}, htmx);
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('allerede behandlet');
  });

  it('when an institution leader or the meeting room decides a couple, then 403 and nothing changes', async () => {
    const [unit] = await db().select().from(units).where(eq(units.code, 'FJE-L'));
    const pair = await waitingLangtid(2, []) as [number, number];
    const ids = await fakeCouple(pair, unit!.id, '2026-12-02');
    for (const who of ['leder', 'mote']) {
      const client = await loginAs(app.server.url, who);
      expect((await client.post(`/forslag/${ids[0]}/godta`, {}, htmx)).status).toBe(403);
      expect((await client.post(`/forslag/${ids[0]}/avvis`, { begrunnelse: 'x' }, htmx)).status).toBe(403);
    }
    expect(await statusOf(ids)).toEqual(['proposed', 'proposed']);
  });
});
