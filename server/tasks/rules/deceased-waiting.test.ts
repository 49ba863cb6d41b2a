import { describe, expect, it } from 'vitest';
import { testDrivers } from '../../../test/support/databases.ts';
import { addEntry, addHospitalStay, addPerson, addUnit, addUnitStay, itemsOn, useTaskDatabase } from '../../../test/support/task-fixtures.ts';
import { deceasedWaitingRule } from './deceased-waiting.ts';

describe.each(testDrivers)('deceased and waiting rule on %s', (driver) => {
  const t = useTaskDatabase(driver);
  const key = (entryId: number) => `dod-og-venter:entry:${entryId}`;
  const days = ['2026-11-22', '2026-11-23', '2026-11-24'];

  it('when a person has a deceased entry and another waiting one, then the waiting one is a correction on every day', async () => {
    const person = await addPerson(t.db);
    await addEntry(t.db, person, { kind: 'korttid', status: 'deceased' });
    const { entryId } = await addEntry(t.db, person, { kind: 'langtid' });
    for (const day of days) expect(await itemsOn(t.db, deceasedWaitingRule, day, key(entryId))).toMatchObject([{ urgency: 'correction' }]);
  });

  it('when the death is known from an ended unit stay or hospital stay while a place is reserved, then it is listed', async () => {
    const fromStay = await addPerson(t.db);
    await addUnitStay(t.db, fromStay, await addUnit(t.db), { from: '2026-10-01', to: '2026-11-20', endReason: 'dod' });
    const reserved = await addEntry(t.db, fromStay, { status: 'reserved' });
    const [item] = await itemsOn(t.db, deceasedWaitingRule, '2026-11-23', key(reserved.entryId));
    expect(item?.reason).toBe('Personen er registrert som død, men har fortsatt en reservert plass for langtid.');
    const fromHospital = await addPerson(t.db);
    await addHospitalStay(t.db, fromHospital, { admitted: '2026-11-01', ended: '2026-11-10', endedReason: 'død' });
    const waiting = await addEntry(t.db, fromHospital);
    expect(await itemsOn(t.db, deceasedWaitingRule, '2026-11-23', key(waiting.entryId))).toHaveLength(1);
  });

  it('when a living person waits, or a deceased person has no open entry, then nothing is listed', async () => {
    const living = await addPerson(t.db);
    await addUnitStay(t.db, living, await addUnit(t.db), { from: '2026-10-01', to: '2026-11-20', endReason: 'hjem' });
    const open = await addEntry(t.db, living);
    const dead = await addPerson(t.db);
    const closed = await addEntry(t.db, dead, { status: 'deceased' });
    for (const id of [open.entryId, closed.entryId]) expect(await itemsOn(t.db, deceasedWaitingRule, '2026-11-23', key(id))).toEqual([]);
  });
});
