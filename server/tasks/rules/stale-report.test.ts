import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { osloInstant } from '../../../db/dates.ts';
import { units } from '../../../db/schema.ts';
import { testDrivers } from '../../../test/support/databases.ts';
import { addReport, addUnit, contextOn, useTaskDatabase } from '../../../test/support/task-fixtures.ts';
import type { Task } from '../../../db/queries/tasks/task.ts';
import { staleReportRule } from './stale-report.ts';

// 2026-11-23 is a Monday; the deadline is 10:00 Oslo time (settings.reportStaleHour).
describe.each(testDrivers)('stale place report rule on %s', (driver) => {
  const t = useTaskDatabase(driver);
  const itemOf = async (unitId: number, day: string, hour: number): Promise<Task | undefined> =>
    (await staleReportRule.find(t.db, await contextOn(t.db, day, {}, hour))).find((x) => x.key.startsWith(`plassmelding-utdatert:unit:${unitId}:`));

  it('when Friday\'s report is looked at on Monday 09:00, 10:00 and Tuesday 09:00, then it is fresh, due today, then overdue', async () => {
    const unit = await addUnit(t.db);
    await addReport(t.db, unit, osloInstant('2026-11-20', 8, 0));
    expect(await itemOf(unit, '2026-11-23', 9)).toBeUndefined();
    const monday = await itemOf(unit, '2026-11-23', 10);
    expect(monday).toMatchObject({ urgency: 'today', dueDate: '2026-11-23', href: `/plasser/enhet/${unit}`, subject: { kind: 'unit', unitId: unit } });
    expect(await itemOf(unit, '2026-11-24', 9)).toMatchObject({ urgency: 'overdue', dueDate: '2026-11-23' });
  });

  it('when the unit reports on the due day, then it leaves the list; an inactive unit is never listed', async () => {
    const unit = await addUnit(t.db);
    await addReport(t.db, unit, osloInstant('2026-11-20', 8, 0));
    expect(await itemOf(unit, '2026-11-23', 11)).toBeDefined();
    await addReport(t.db, unit, osloInstant('2026-11-23', 10, 30));
    expect(await itemOf(unit, '2026-11-23', 11)).toBeUndefined();
    const closed = await addUnit(t.db);
    await t.db.update(units).set({ active: false }).where(eq(units.id, closed));
    expect(await itemOf(closed, '2026-11-23', 11)).toBeUndefined();
  });

  it('when a unit never reported, then it says so', async () => {
    const unit = await addUnit(t.db);
    expect((await itemOf(unit, '2026-11-23', 11))?.reason).toBe('Enheten har aldri meldt ledige plasser (kl. 10.00 på hverdager). Ingen leder registrert.');
  });
});
