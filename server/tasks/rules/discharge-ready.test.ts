import { describe, expect, it } from 'vitest';
import { addDays } from '../../../db/dates.ts';
import { testDrivers } from '../../../test/support/databases.ts';
import { addApplication, addEntry, addHospitalStay, addPerson, itemsOn, urgencies, useTaskDatabase } from '../../../test/support/task-fixtures.ts';
import { dischargeReadyRule } from './discharge-ready.ts';

describe.each(testDrivers)('discharge-ready rule on %s', (driver) => {
  const t = useTaskDatabase(driver);
  const ready = '2026-11-23';
  const key = (stayId: number) => `utskrivningsklar-uten-sak:stay:${stayId}`;

  it('when the day before, on and after the discharge-ready date come with no case, then it is soon, today, overdue', async () => {
    const stay = await addHospitalStay(t.db, await addPerson(t.db), { admitted: '2026-11-15', ready });
    expect(await urgencies(t.db, dischargeReadyRule, [addDays(ready, -1), ready, addDays(ready, 1)], key(stay))).toEqual(['soon', 'today', 'overdue']);
    const [item] = await itemsOn(t.db, dischargeReadyRule, addDays(ready, 2), key(stay));
    expect(item?.reason).toBe('Pasienten har vært utskrivningsklar i 2 dager, men har ingen søknad eller vedtak.');
  });

  it('when a pending application (outcome null) is registered, then the patient leaves the list', async () => {
    const person = await addPerson(t.db);
    const stay = await addHospitalStay(t.db, person, { admitted: '2026-11-15', ready });
    expect(await itemsOn(t.db, dischargeReadyRule, ready, key(stay))).toHaveLength(1);
    await addApplication(t.db, person, { kind: 'korttid', outcome: null, received: ready });
    expect(await itemsOn(t.db, dischargeReadyRule, ready, key(stay))).toEqual([]);
  });

  it('when the only vedtak was refused before the admission, then it does not count; one decided during the stay does', async () => {
    const person = await addPerson(t.db);
    const stay = await addHospitalStay(t.db, person, { admitted: '2026-11-15', ready });
    await addApplication(t.db, person, { kind: 'langtid', outcome: 'avslag', received: '2026-03-01', decided: '2026-03-10' });
    expect(await itemsOn(t.db, dischargeReadyRule, ready, key(stay))).toHaveLength(1);
    await addApplication(t.db, person, { kind: 'korttid', outcome: 'avslag', received: '2026-11-15', decided: '2026-11-15' });
    expect(await itemsOn(t.db, dischargeReadyRule, ready, key(stay))).toEqual([]);
  });

  it('when the person already waits on the list, or the stay is not discharge-ready, or it ended, then nothing is listed', async () => {
    const waiting = await addPerson(t.db);
    await addEntry(t.db, waiting, { decided: '2026-06-01' });
    const stays = [
      await addHospitalStay(t.db, waiting, { admitted: '2026-11-15', ready }),
      await addHospitalStay(t.db, await addPerson(t.db), { admitted: '2026-11-15' }),
      await addHospitalStay(t.db, await addPerson(t.db), { admitted: '2026-11-15', ready, ended: ready, endedReason: 'hjem' }),
    ];
    for (const stay of stays) expect(await itemsOn(t.db, dischargeReadyRule, addDays(ready, 1), key(stay))).toEqual([]);
  });
});
