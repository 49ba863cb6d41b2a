import { describe, expect, it } from 'vitest';
import { addDays } from '../../../db/dates.ts';
import { testDrivers } from '../../../test/support/databases.ts';
import { addHospitalStay, addPerson, itemsOn, urgencies, useTaskDatabase } from '../../../test/support/task-fixtures.ts';
import { hospitalStayOpenRule } from './hospital-stay-open.ts';

describe.each(testDrivers)('open hospital stay rule on %s', (driver) => {
  const t = useTaskDatabase(driver);
  const admitted = '2026-09-01';
  const key = (stayId: number) => `sykehusopphold-apent:stay:${stayId}`;

  it('when the stay has been open 59, 60 and 61 days, then it is listed from day 61 (over the setting\'s 60)', async () => {
    const stay = await addHospitalStay(t.db, await addPerson(t.db), { admitted });
    const days = [addDays(admitted, 59), addDays(admitted, 60), addDays(admitted, 61)];
    expect(await urgencies(t.db, hospitalStayOpenRule, days, key(stay))).toEqual([null, null, 'correction']);
    const [item] = await itemsOn(t.db, hospitalStayOpenRule, addDays(admitted, 61), key(stay));
    expect(item).toMatchObject({ dueDate: addDays(admitted, 60), reason: 'Sykehusoppholdet har stått åpent i 61 dager (over 60): er pasienten utskrevet?' });
  });

  it('when the setting is 10 days, then day 11 is listed; an ended stay never is', async () => {
    const stay = await addHospitalStay(t.db, await addPerson(t.db), { admitted });
    expect(await urgencies(t.db, hospitalStayOpenRule, [addDays(admitted, 10), addDays(admitted, 11)], key(stay), { taskHospitalOpenDays: 10 })).toEqual([null, 'correction']);
    const ended = await addHospitalStay(t.db, await addPerson(t.db), { admitted, ready: admitted, ended: addDays(admitted, 3), endedReason: 'hjem' });
    expect(await itemsOn(t.db, hospitalStayOpenRule, addDays(admitted, 100), key(ended))).toEqual([]);
  });
});
