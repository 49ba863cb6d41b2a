import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../server/demo.ts';
import { createTestDatabase, testDrivers } from '../../test/support/databases.ts';
import { TEST_NOW, TEST_TODAY } from '../../test/support/demo-app.ts';
import { type Database, queryRows } from '../client.ts';
import { addDays } from '../dates.ts';
import { allocations, units, users, waitlistEntries } from '../schema.ts';
import { admitAllocation } from './allocations.ts';
import { availableOn } from './ledger-days.ts';
import { loadLedgers } from './ledger.ts';

describe.each(testDrivers)('capacity on %s', (driver) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await loadDemo(database.db, 'demo', TEST_TODAY);
  });
  afterAll(async () => { await database?.close(); });

  it('when a korttid occupant is reserved and admitted to langtid, then their korttid bed frees after the turnaround, not at once', async () => {
    const { db } = database;
    const [mover] = await queryRows<{ entry_id: number; stay_unit: number }>(db, sql`
      select e.id as entry_id, s.unit_id as stay_unit from waitlist_entries e
      join unit_stays s on s.person_id = e.person_id and s.to_date is null
      join units u on u.id = s.unit_id and u.kind = 'korttid'
      join applications a on a.id = e.application_id
      where e.kind = 'langtid' and e.status = 'waiting' and a.required_tags = '{}' limit 1`);
    const [langtid] = await db.select().from(units).where(sql`${units.kind} = 'langtid' and ${units.tags} = '{}'`).limit(1);
    const bedsOf = async (at: Date) => (await loadLedgers(db, at, [mover!.stay_unit]))[0]!;
    const before = await bedsOf(TEST_NOW);
    const [allocation] = await db.insert(allocations).values({ entryId: mover!.entry_id, unitId: langtid!.id, date: TEST_TODAY, status: 'reserved' }).returning();
    await db.update(waitlistEntries).set({ status: 'reserved' }).where(eq(waitlistEntries.id, mover!.entry_id));
    const reserved = await bedsOf(TEST_NOW);

    const [coordinator] = await db.select().from(users).where(eq(users.username, 'koordinator'));
    expect((await admitAllocation(db, allocation!.id, { userId: coordinator!.id }, TEST_NOW)).ok).toBe(true);

    const after = await bedsOf(TEST_NOW);
    const tomorrow = addDays(TEST_TODAY, 1);
    // The reservation alone frees the bed from tomorrow (the chain); the admission keeps it there.
    for (const state of [reserved, after]) {
      expect(state.freeBeds).toBe(before.freeBeds);
      expect(availableOn(state.days, TEST_TODAY)).toBeLessThanOrEqual(availableOn(before.days, TEST_TODAY) + 1);
      expect(availableOn(state.days, tomorrow)).toBe(availableOn(before.days, tomorrow) + 1);
    }
    expect(after.turning).toEqual([{ date: tomorrow, count: 1 }]);
    const nextDay = await bedsOf(new Date(TEST_NOW.getTime() + 86_400_000));
    expect(nextDay.freeBeds).toBe(before.freeBeds + 1);
    expect(nextDay.turning).toEqual([]);
  });
});
