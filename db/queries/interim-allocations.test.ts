import { and, eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planSnapshot } from '../../solver/index.ts';
import { createTestDatabase, testDrivers } from '../../test/support/databases.ts';
import { TEST_NOW, TEST_TODAY } from '../../test/support/demo-app.ts';
import { seedInterimWorld } from '../../test/support/interim-world.ts';
import { seedOneUnit } from '../../test/support/one-unit.ts';
import type { Database } from '../client.ts';
import { addDays } from '../dates.ts';
import { allocations, auditLog, hospitalStays, unitStays, units, users, waitlistEntries } from '../schema.ts';
import { acceptProposal, admitAllocation, cancelAllocation, overrideProposal, placesOn } from './allocations.ts';
import { finishRun, startRun } from './planning-runs.ts';
import { applicantIdOf, buildSnapshot } from './snapshot.ts';
import { withdrawEntry } from './waitlist-status.ts';

const day = (offset: number) => addDays(TEST_TODAY, offset);

describe.each(testDrivers)('interim korttid stays on %s', (driver) => {
  let database: Database;
  let actor: { userId: number };
  let worlds = 0;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await seedOneUnit(database.db, { code: 'INT-0', today: TEST_TODAY, freeNow: 0, waiting: 0 });
    actor = { userId: (await database.db.select().from(users).where(eq(users.username, 'koordinator')))[0]!.id };
  });
  afterAll(async () => { await database?.close(); });

  const world = (options: { korttidFree?: number; patients?: number } = {}) =>
    seedInterimWorld(database.db, TEST_TODAY, { prefix: `W${++worlds}`, ...options });
  const propose = async (entryId: number, unitId: number, date: string, interim: boolean) =>
    (await database.db.insert(allocations).values({ entryId, unitId, date, status: 'proposed', interim }).returning())[0]!.id;
  const entry = async (id: number) => (await database.db.select().from(waitlistEntries).where(eq(waitlistEntries.id, id)))[0]!;
  const applicant = async (entryId: number) => (await buildSnapshot(database.db, TEST_NOW)).snapshot.applicants.find((a) => a.id === applicantIdOf(entryId));

  it('when a plan has interim stays, then finishRun stores them as proposed interim allocations beside the final places', async () => {
    const w = await world();
    const { snapshot } = await buildSnapshot(database.db, TEST_NOW);
    const plan = await planSnapshot(snapshot);
    const stay = plan.interimStays!.find((s) => s.applicantId === applicantIdOf(w.entryIds[0]!));
    expect(stay).toMatchObject({ unitId: w.codes.korttid });
    const runId = await startRun(database.db, snapshot, [], actor.userId);
    expect(await finishRun(database.db, runId, plan, actor.userId)).toBe(true);
    const rows = await database.db.select().from(allocations).where(and(eq(allocations.planningRunId, runId), eq(allocations.entryId, w.entryIds[0]!)));
    expect(rows.map((r) => ({ interim: r.interim, unitId: r.unitId, status: r.status })).sort((a, b) => Number(b.interim) - Number(a.interim))).toEqual([
      { interim: true, unitId: w.korttidId, status: 'proposed' }, { interim: false, unitId: w.langtidId, status: 'proposed' },
    ]);
    expect(rows.find((r) => r.interim)!.reason).toBe(stay!.why);
  });

  it('when an interim stay is accepted, then the korttid place is reserved, the entry keeps waiting and the snapshot offers no second interim stay', async () => {
    const w = await world();
    expect((await applicant(w.entryIds[0]!))?.interim).toEqual({ requires: [] });
    const free = await placesOn(database.db, w.korttidId, day(0), TEST_NOW);
    const id = await propose(w.entryIds[0]!, w.korttidId, day(0), true);
    expect(await acceptProposal(database.db, id, actor, TEST_NOW)).toEqual({ ok: true, allocationId: id });
    expect((await entry(w.entryIds[0]!)).status).toBe('waiting');
    expect(await placesOn(database.db, w.korttidId, day(0), TEST_NOW)).toBe(free - 1);
    const after = await applicant(w.entryIds[0]!);
    expect(after).toMatchObject({ location: { type: 'hospital' } });
    expect(after).not.toHaveProperty('interim');
    const [audit] = await database.db.select().from(auditLog).where(and(eq(auditLog.action, 'allocation.interim-accept'), eq(auditLog.entityId, String(id))));
    expect(audit?.after).toMatchObject({ status: 'reserved', interim: true });
    // A second interim stay for the same person is refused, nothing changed.
    const second = await propose(w.entryIds[0]!, w.korttidId, day(1), true);
    expect(await acceptProposal(database.db, second, actor, TEST_NOW)).toMatchObject({ ok: false, reason: 'not-waiting' });
    expect((await database.db.select().from(allocations).where(eq(allocations.id, second)))[0]!.status).toBe('proposed');
    // Nor can the entry end while the korttid place is held for it.
    expect(await withdrawEntry(database.db, w.personIds[0]!, w.entryIds[0]!, 'Ønsker ikke plass', actor.userId, TEST_NOW)).toMatchObject({ ok: false, reason: 'reserved' });
    expect((await entry(w.entryIds[0]!)).status).toBe('waiting');
  });

  it('when an interim stay is admitted, then the person lives in the korttid unit, waits for their own place, and is its occupant in the snapshot', async () => {
    const w = await world();
    const id = await propose(w.entryIds[0]!, w.korttidId, day(0), true);
    await acceptProposal(database.db, id, actor, TEST_NOW);
    expect(await admitAllocation(database.db, id, actor, TEST_NOW)).toMatchObject({ ok: true });
    expect((await entry(w.entryIds[0]!)).status).toBe('waiting');
    const stays = await database.db.select().from(unitStays).where(eq(unitStays.personId, w.personIds[0]!));
    expect(stays).toMatchObject([{ unitId: w.korttidId, allocationId: id, fromDate: day(0), toDate: null }]);
    const [hospital] = await database.db.select().from(hospitalStays).where(eq(hospitalStays.personId, w.personIds[0]!));
    expect(hospital).toMatchObject({ endedDate: day(0), status: 'utskrevet' });
    const after = await applicant(w.entryIds[0]!);
    expect(after).toMatchObject({ kind: 'langtid', location: { type: 'unit', unitId: w.codes.korttid } });
    expect(after).not.toHaveProperty('interim');
    expect((await database.db.select().from(auditLog).where(and(eq(auditLog.action, 'allocation.interim-admit'), eq(auditLog.entityId, String(id))))).length).toBe(1);

    // Later the own place: the korttid stay ends as a move and the entry is admitted.
    const final = await propose(w.entryIds[0]!, w.langtidId, day(20), false);
    expect(await acceptProposal(database.db, final, actor, TEST_NOW)).toMatchObject({ ok: true });
    expect(await admitAllocation(database.db, final, actor, new Date('2026-12-13T08:00:00Z'))).toMatchObject({ ok: true });
    const ended = await database.db.select().from(unitStays).where(eq(unitStays.personId, w.personIds[0]!)).orderBy(unitStays.id);
    expect(ended).toMatchObject([{ unitId: w.korttidId, toDate: day(20), endReason: 'flyttet' }, { unitId: w.langtidId, toDate: null }]);
    expect((await entry(w.entryIds[0]!)).status).toBe('admitted');
  });

  it('when an interim reservation is cancelled, then the place goes back and the entry still waits with its interim option', async () => {
    const w = await world();
    const free = await placesOn(database.db, w.korttidId, day(0), TEST_NOW);
    const id = await propose(w.entryIds[0]!, w.korttidId, day(0), true);
    await acceptProposal(database.db, id, actor, TEST_NOW);
    expect(await cancelAllocation(database.db, id, 'Pasienten ble dårligere', actor, TEST_NOW)).toMatchObject({ ok: true });
    expect(await placesOn(database.db, w.korttidId, day(0), TEST_NOW)).toBe(free);
    expect(await entry(w.entryIds[0]!)).toMatchObject({ status: 'waiting', statusReason: null });
    expect((await applicant(w.entryIds[0]!))?.interim).toEqual({ requires: [] });
    expect((await database.db.select().from(auditLog).where(and(eq(auditLog.action, 'allocation.interim-cancel'), eq(auditLog.entityId, String(id))))).length).toBe(1);
  });

  it('when the own place is admitted while an interim stay is only reserved, then the interim reservation is cancelled and its place goes back', async () => {
    const w = await world();
    const free = await placesOn(database.db, w.korttidId, day(3), TEST_NOW);
    const interim = await propose(w.entryIds[0]!, w.korttidId, day(3), true);
    await acceptProposal(database.db, interim, actor, TEST_NOW);
    const final = await propose(w.entryIds[0]!, w.langtidId, day(20), false);
    await acceptProposal(database.db, final, actor, TEST_NOW);
    await admitAllocation(database.db, final, actor, TEST_NOW);
    expect((await database.db.select().from(allocations).where(eq(allocations.id, interim)))[0]!.status).toBe('cancelled');
    expect(await placesOn(database.db, w.korttidId, day(3), TEST_NOW)).toBe(free);
  });

  it('when an interim proposal is overridden with another day, then a new interim stay is reserved, the proposal rejected, and the entry still waits', async () => {
    const w = await world();
    const id = await propose(w.entryIds[0]!, w.korttidId, day(0), true);
    const outcome = await overrideProposal(database.db, id, { entryId: w.entryIds[0]!, unitId: w.korttidId, date: day(2), reason: 'Sykehuset trenger to dager' }, actor, TEST_NOW);
    expect(outcome).toMatchObject({ ok: true });
    const created = (await database.db.select().from(allocations).where(eq(allocations.id, outcome.ok ? outcome.allocationId : -1)))[0]!;
    expect(created).toMatchObject({ status: 'reserved', interim: true, date: day(2), unitId: w.korttidId });
    expect((await database.db.select().from(allocations).where(eq(allocations.id, id)))[0]!.status).toBe('rejected');
    expect((await entry(w.entryIds[0]!)).status).toBe('waiting');
    expect((await database.db.select().from(auditLog).where(eq(auditLog.action, 'allocation.interim-override'))).length).toBeGreaterThan(0);
  });

  it('when an interim stay and an ordinary reservation want the last korttid place at once, then exactly one gets it', async () => {
    const w = await world({ korttidFree: 1 });
    const korttid = await seedOneUnit(database.db, { code: `W${worlds}-X`, today: TEST_TODAY, freeNow: 0, waiting: 1 });
    await database.db.update(units).set({ kind: 'korttid' }).where(eq(units.id, korttid.unitId));
    const interim = await propose(w.entryIds[0]!, w.korttidId, day(0), true);
    const ordinary = await propose(korttid.entryIds[0]!, w.korttidId, day(0), false);
    const outcomes = await Promise.all([acceptProposal(database.db, interim, actor, TEST_NOW), acceptProposal(database.db, ordinary, actor, TEST_NOW)]);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.find((o) => !o.ok)).toMatchObject({ reason: 'no-place' });
    expect(await placesOn(database.db, w.korttidId, day(0), TEST_NOW)).toBe(0);
  });

  it('when interim stays and ordinary reservations are accepted concurrently in any mix, then no day holds more than the korttid places', async () => {
    const accept = fc.record({ interim: fc.boolean(), offset: fc.integer({ min: 0, max: 20 }) });
    await fc.assert(fc.asyncProperty(fc.integer({ min: 0, max: 2 }), fc.array(accept, { minLength: 1, maxLength: 4 }), async (freeNow, accepts) => {
      const w = await world({ korttidFree: freeNow, patients: accepts.length });
      const others = await seedOneUnit(database.db, { code: `W${worlds}-X`, today: TEST_TODAY, freeNow: 0, waiting: accepts.length });
      const proposals = await Promise.all(accepts.map((a, i) =>
        propose(a.interim ? w.entryIds[i]! : others.entryIds[i]!, w.korttidId, day(a.offset), a.interim)));
      await Promise.all(proposals.map((id) => acceptProposal(database.db, id, actor, TEST_NOW)));
      const reserved = (await database.db.select().from(allocations).where(eq(allocations.unitId, w.korttidId))).filter((a) => a.status === 'reserved');
      for (let offset = 0; offset <= 25; offset++) {
        expect(reserved.filter((a) => a.date <= day(offset)).length, day(offset)).toBeLessThanOrEqual(freeNow);
      }
      expect(reserved.length).toBe(Math.min(freeNow, accepts.length));
    }), { numRuns: 8 });
  });
});
