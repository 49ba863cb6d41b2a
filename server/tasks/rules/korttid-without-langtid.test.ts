import { describe, expect, it } from 'vitest';
import { testDrivers } from '../../../test/support/databases.ts';
import { addAllocation, addApplication, addEntry, addPerson, addUnit, addUnitStay, itemsOn, useTaskDatabase } from '../../../test/support/task-fixtures.ts';
import { korttidWithoutLangtidRule } from './korttid-without-langtid.ts';

describe.each(testDrivers)('korttid without langtid application rule on %s', (driver) => {
  const t = useTaskDatabase(driver);
  const key = (stayId: number) => `korttid-uten-langtidssoknad:stay:${stayId}`;

  it('when a person stays on korttid without a korttid vedtak and has no langtid case, then it is a correction from the first day', async () => {
    const person = await addPerson(t.db);
    const stay = await addUnitStay(t.db, person, await addUnit(t.db, 'korttid'), { from: '2026-11-23' });
    for (const day of ['2026-11-22', '2026-11-23', '2026-11-24']) {
      expect(await itemsOn(t.db, korttidWithoutLangtidRule, day, key(stay))).toMatchObject([{ urgency: 'correction', href: `/personer/${person}` }]);
    }
  });

  it('when a langtid application is pending or granted and waiting, then the stay leaves the list; a refused one does not count', async () => {
    const pending = await addPerson(t.db);
    const pendingStay = await addUnitStay(t.db, pending, await addUnit(t.db), { from: '2026-11-01' });
    await addApplication(t.db, pending, { kind: 'langtid', outcome: 'avslag' });
    expect(await itemsOn(t.db, korttidWithoutLangtidRule, '2026-11-23', key(pendingStay))).toHaveLength(1);
    await addApplication(t.db, pending, { kind: 'langtid', outcome: null });
    expect(await itemsOn(t.db, korttidWithoutLangtidRule, '2026-11-23', key(pendingStay))).toEqual([]);
    const granted = await addPerson(t.db);
    const grantedStay = await addUnitStay(t.db, granted, await addUnit(t.db), { from: '2026-11-01' });
    await addEntry(t.db, granted, { kind: 'langtid' });
    expect(await itemsOn(t.db, korttidWithoutLangtidRule, '2026-11-23', key(grantedStay))).toEqual([]);
  });

  it('when the korttid stay came from a korttid allocation, or the unit is langtid, or the stay ended, then nothing is listed', async () => {
    const placed = await addPerson(t.db);
    const { entryId } = await addEntry(t.db, placed, { kind: 'korttid', status: 'admitted' });
    const korttid = await addUnit(t.db, 'korttid');
    const viaAllocation = await addUnitStay(t.db, placed, korttid, { from: '2026-11-20', allocationId: await addAllocation(t.db, entryId, korttid, '2026-11-20', 'admitted') });
    const onLangtid = await addUnitStay(t.db, await addPerson(t.db), await addUnit(t.db, 'langtid'), { from: '2026-11-20' });
    const ended = await addUnitStay(t.db, await addPerson(t.db), korttid, { from: '2026-11-01', to: '2026-11-10', endReason: 'hjem' });
    for (const stay of [viaAllocation, onLangtid, ended]) expect(await itemsOn(t.db, korttidWithoutLangtidRule, '2026-11-23', key(stay))).toEqual([]);
  });
});
