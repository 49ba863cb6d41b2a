import { describe, expect, it } from 'vitest';
import { addDays } from '../../../db/dates.ts';
import { testDrivers } from '../../../test/support/databases.ts';
import { addAllocation, addEntry, addPerson, addUnit, itemsOn, urgencies, useTaskDatabase } from '../../../test/support/task-fixtures.ts';
import { guaranteeDateRule } from './guarantee-date.ts';

describe.each(testDrivers)('guarantee date rule on %s', (driver) => {
  const t = useTaskDatabase(driver);
  const guarantee = '2026-12-15';

  it('when the guarantee date is 15, 14 and 13 days ahead, then it is listed from 14 days (the setting) as soon', async () => {
    const { entryId } = await addEntry(t.db, await addPerson(t.db), { guarantee });
    const days = [addDays(guarantee, -15), addDays(guarantee, -14), addDays(guarantee, -13)];
    expect(await urgencies(t.db, guaranteeDateRule, days, `garantidato:entry:${entryId}`)).toEqual([null, 'soon', 'soon']);
  });

  it('when the day before, on and after the guarantee date come, then it is soon, today, overdue', async () => {
    const { entryId } = await addEntry(t.db, await addPerson(t.db), { guarantee });
    const days = [addDays(guarantee, -1), guarantee, addDays(guarantee, 1)];
    expect(await urgencies(t.db, guaranteeDateRule, days, `garantidato:entry:${entryId}`)).toEqual(['soon', 'today', 'overdue']);
    const [item] = await itemsOn(t.db, guaranteeDateRule, addDays(guarantee, 3), `garantidato:entry:${entryId}`);
    expect(item?.reason).toBe('Garantidatoen for langtid passerte for 3 dager siden, og ingen plass er reservert.');
    expect(item?.dueDate).toBe(guarantee);
  });

  it('when the warning setting is 3 days, then 4 days ahead is not listed and 3 days is', async () => {
    const { entryId } = await addEntry(t.db, await addPerson(t.db), { guarantee });
    const days = [addDays(guarantee, -4), addDays(guarantee, -3)];
    expect(await urgencies(t.db, guaranteeDateRule, days, `garantidato:entry:${entryId}`, { taskGuaranteeWarnDays: 3 })).toEqual([null, 'soon']);
  });

  it('when a korttid guarantee comes, then it is listed from 3 days before (its own setting), not 14', async () => {
    const { entryId } = await addEntry(t.db, await addPerson(t.db), { kind: 'korttid', guarantee });
    const days = [addDays(guarantee, -4), addDays(guarantee, -3), addDays(guarantee, -2)];
    expect(await urgencies(t.db, guaranteeDateRule, days, `garantidato:entry:${entryId}`)).toEqual([null, 'soon', 'soon']);
  });

  it('when a place is reserved, then the passed guarantee date is not listed', async () => {
    const { entryId } = await addEntry(t.db, await addPerson(t.db), { guarantee, status: 'reserved' });
    await addAllocation(t.db, entryId, await addUnit(t.db, 'langtid'), addDays(guarantee, 5));
    expect(await itemsOn(t.db, guaranteeDateRule, addDays(guarantee, 1), `garantidato:entry:${entryId}`)).toEqual([]);
  });
});
