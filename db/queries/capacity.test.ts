import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../server/demo.ts';
import { createTestDatabase, testDrivers } from '../../test/support/databases.ts';
import { TEST_NOW, TEST_TODAY } from '../../test/support/demo-app.ts';
import { type Database, queryRows } from '../client.ts';
import { addDays } from '../dates.ts';
import { allocations, units, users, waitlistEntries } from '../schema.ts';
import { admitAllocation } from './allocations.ts';
import { loadUnitCapacity } from './capacity.ts';

describe.each(testDrivers)('capacity on %s', (driver) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await loadDemo(database.db, 'demo', TEST_TODAY);
  });
  afterAll(async () => { await database?.close(); });

  it('when a korttid occupant is admitted to langtid, then their korttid bed frees after the turnaround, not at once', async () => {
    const { db } = database;
    const [mover] = await queryRows<{ entry_id: number; stay_unit: number }>(db, sql`
      select e.id as entry_id, s.unit_id as stay_unit from waitlist_entries e
      join unit_stays s on s.person_id = e.person_id and s.to_date is null
      join units u on u.id = s.unit_id and u.kind = 'korttid'
      join applications a on a.id = e.application_id
      where e.kind = 'langtid' and e.status = 'waiting' and a.required_tags = '{}' limit 1`);
    const [langtid] = await db.select().from(units).where(sql`${units.kind} = 'langtid' and ${units.tags} = '{}'`).limit(1);
    const [allocation] = await db.insert(allocations).values({ entryId: mover!.entry_id, unitId: langtid!.id, date: TEST_TODAY, status: 'reserved' }).returning();
    await db.update(waitlistEntries).set({ status: 'reserved' }).where(eq(waitlistEntries.id, mover!.entry_id));
    const before = (await loadUnitCapacity(db, TEST_NOW, 10, [mover!.stay_unit]))[0]!;

    const [coordinator] = await db.select().from(users).where(eq(users.username, 'koordinator'));
    expect((await admitAllocation(db, allocation!.id, { userId: coordinator!.id }, TEST_NOW)).ok).toBe(true);

    const after = (await loadUnitCapacity(db, TEST_NOW, 10, [mover!.stay_unit]))[0]!;
    const tomorrow = addDays(TEST_TODAY, 1);
    expect(after.freeNow).toBe(before.freeNow);
    const readyTomorrow = (c: typeof after) => c.departures.find((d) => d.date === tomorrow)?.count ?? 0;
    expect(readyTomorrow(after)).toBe(readyTomorrow(before) + 1);
    const nextDay = (await loadUnitCapacity(db, new Date(TEST_NOW.getTime() + 86_400_000), 10, [mover!.stay_unit]))[0]!;
    expect(nextDay.freeNow).toBe(Math.min(before.freeNow + 1, nextDay.staffedBeds));
  });
});
