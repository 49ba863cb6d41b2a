import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../db/dates.ts';
import { allocations } from '../../../db/schema.ts';
import { testDrivers } from '../../../test/support/databases.ts';
import { addAllocation, addEntry, addPerson, addUnit, itemsOn, urgencies, useTaskDatabase } from '../../../test/support/task-fixtures.ts';
import { reservationPassedRule } from './reservation-passed.ts';

describe.each(testDrivers)('passed reservation rule on %s', (driver) => {
  const t = useTaskDatabase(driver);
  const date = '2026-11-20';

  it('when the day before, on and after the reserved date come, then it is listed only after it, as overdue', async () => {
    const { entryId } = await addEntry(t.db, await addPerson(t.db), { status: 'reserved' });
    const allocation = await addAllocation(t.db, entryId, await addUnit(t.db, 'langtid'), date);
    const key = `reservasjon-passert:allocation:${allocation}`;
    expect(await urgencies(t.db, reservationPassedRule, [addDays(date, -1), date, addDays(date, 1)], key)).toEqual([null, null, 'overdue']);
    const [item] = await itemsOn(t.db, reservationPassedRule, addDays(date, 1), key);
    expect(item?.href).toBe(`/forslag#reserved-${allocation}`);
    expect(item?.dueDate).toBe(date);
  });

  it('when the person is admitted or the reservation cancelled, then it leaves the list', async () => {
    for (const status of ['admitted', 'cancelled'] as const) {
      const { entryId } = await addEntry(t.db, await addPerson(t.db), { status: 'reserved' });
      const allocation = await addAllocation(t.db, entryId, await addUnit(t.db, 'langtid'), date);
      const key = `reservasjon-passert:allocation:${allocation}`;
      expect(await itemsOn(t.db, reservationPassedRule, addDays(date, 2), key)).toHaveLength(1);
      await t.db.update(allocations).set({ status }).where(eq(allocations.id, allocation));
      expect(await itemsOn(t.db, reservationPassedRule, addDays(date, 2), key)).toEqual([]);
    }
  });
});
