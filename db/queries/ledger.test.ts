import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDrivers } from '../../test/support/databases.ts';
import { TEST_NOW, TEST_TODAY } from '../../test/support/demo-app.ts';
import { seedOneUnit } from '../../test/support/one-unit.ts';
import type { Database } from '../client.ts';
import { addDays } from '../dates.ts';
import { allocations, expectedDepartures, placeReports, unitStays, users, waitlistEntries } from '../schema.ts';
import { acceptProposal, placesOn } from './allocations.ts';
import { loadUnitCapacity } from './capacity.ts';
import { buildSnapshot } from './snapshot.ts';

const day = (offset: number) => addDays(TEST_TODAY, offset);

describe.each(testDrivers)('the ledger in the database on %s', (driver) => {
  let database: Database;
  let coordinatorId: number;
  let units = 0;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await seedOneUnit(database.db, { code: 'LED-0', today: TEST_TODAY, freeNow: 0, waiting: 0 });
    coordinatorId = (await database.db.select().from(users).where(eq(users.username, 'koordinator')))[0]!.id;
  });
  afterAll(async () => { await database?.close(); });

  const seed = (freeNow: number, departures: { date: string; count: number }[], waiting: number) =>
    seedOneUnit(database.db, { code: `LED-${++units}`, today: TEST_TODAY, freeNow, departures, waiting });

  async function reserve(entryId: number, unitId: number, date: string) {
    await database.db.update(waitlistEntries).set({ status: 'reserved' }).where(eq(waitlistEntries.id, entryId));
    await database.db.insert(allocations).values({ entryId, unitId, date, status: 'reserved' });
  }

  it('when a resident the leader expects to leave is also reserved elsewhere, then their bed frees once, on the earlier day', async () => {
    const home = await seed(0, [], 1);
    const other = await seed(2, [], 0);
    const [entry] = await database.db.select().from(waitlistEntries).where(eq(waitlistEntries.id, home.entryIds[0]!));
    await database.db.insert(unitStays).values({ personId: entry!.personId, unitId: home.unitId, fromDate: '2026-10-01' });
    const [report] = await database.db.select().from(placeReports).where(eq(placeReports.unitId, home.unitId));
    await database.db.insert(expectedDepartures).values({ reportId: report!.id, date: day(10), count: 1, personId: entry!.personId });
    await reserve(entry!.id, other.unitId, day(4));
    const [capacity] = await loadUnitCapacity(database.db, TEST_NOW, 10, [home.unitId]);
    expect(capacity!.departures).toEqual([{ date: day(5), count: 1 }]);
  });

  it('when a unit has more reservations than places on a day, then capacity, the accept check and the snapshot say so', async () => {
    const unit = await seed(0, [{ date: day(5), count: 1 }], 3);
    await reserve(unit.entryIds[0]!, unit.unitId, day(5));
    await reserve(unit.entryIds[1]!, unit.unitId, day(6));
    const [capacity] = await loadUnitCapacity(database.db, TEST_NOW, 10, [unit.unitId]);
    expect(capacity).toMatchObject({ freeNow: 0, departures: [], reserved: 2, shortfall: { date: day(6), count: 1 } });
    expect(await placesOn(database.db, unit.unitId, day(30), TEST_NOW)).toBe(-1);
    const { warnings } = await buildSnapshot(database.db, TEST_NOW);
    expect(warnings.filter((w) => w.kind === 'overbooked').map((w) => w.text)).toEqual([expect.stringContaining(`LED-${units}`)]);
  });

  it('for random departures and accepts, reservations never exceed the places on any day', async () => {
    const departure = fc.record({ date: fc.integer({ min: 1, max: 20 }).map(day), count: fc.integer({ min: 1, max: 2 }) });
    await fc.assert(fc.asyncProperty(fc.integer({ min: 0, max: 2 }), fc.array(departure, { maxLength: 3 }),
      fc.array(fc.integer({ min: 0, max: 25 }).map(day), { minLength: 1, maxLength: 6 }), async (freeNow, departures, attempts) => {
        const unit = await seed(freeNow, departures, attempts.length);
        for (const [i, date] of attempts.entries()) {
          const [proposal] = await database.db.insert(allocations).values({ entryId: unit.entryIds[i]!, unitId: unit.unitId, date, status: 'proposed' }).returning();
          await acceptProposal(database.db, proposal!.id, { userId: coordinatorId }, TEST_NOW);
        }
        const reserved = (await database.db.select().from(allocations).where(eq(allocations.unitId, unit.unitId))).filter((a) => a.status === 'reserved');
        const fits = (d: string) => freeNow + departures.filter((x) => x.date <= d).reduce((n, x) => n + x.count, 0);
        for (let offset = 0; offset <= 26; offset++) {
          expect(reserved.filter((a) => a.date <= day(offset)).length, day(offset)).toBeLessThanOrEqual(fits(day(offset)));
        }
        // Nothing fits that was refused: the last day's places are all taken or some day is full.
        const taken = (d: string) => reserved.filter((a) => a.date <= d).length;
        for (const [i, date] of attempts.entries()) {
          const won = reserved.some((a) => a.entryId === unit.entryIds[i]);
          if (!won) expect(Array.from({ length: 27 }, (_, o) => day(o)).some((d) => d >= date && taken(d) >= fits(d))).toBe(true);
        }
      }), { numRuns: 12 });
  });
});
