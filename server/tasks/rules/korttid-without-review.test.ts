import { describe, expect, it } from 'vitest';
import { testDrivers } from '../../../test/support/databases.ts';
import { addPerson, addUnit, addUnitStay, itemsOn, useTaskDatabase } from '../../../test/support/task-fixtures.ts';
import { korttidWithoutReviewRule } from './korttid-without-review.ts';

describe.each(testDrivers)('korttid stay without review date rule on %s', (driver) => {
  const t = useTaskDatabase(driver);
  const key = (stayId: number) => `korttid-uten-revurderingsdato:stay:${stayId}`;

  it('when an open korttid stay has no review date, then it is a correction from its first day, naming the unit and the start', async () => {
    const person = await addPerson(t.db);
    const stay = await addUnitStay(t.db, person, await addUnit(t.db, 'korttid'), { from: '2026-11-23' });
    for (const day of ['2026-11-22', '2026-11-23', '2026-11-24']) {
      const items = await itemsOn(t.db, korttidWithoutReviewRule, day, key(stay));
      expect(items).toMatchObject([{ urgency: 'correction', href: `/personer/${person}#korttid` }]);
      expect(items[0]!.reason).toContain('siden 23.11.2026 uten revurderingsdato');
    }
  });

  it('when the stay has a review date, has ended, or is in a langtid unit, then nothing is listed', async () => {
    const korttid = await addUnit(t.db, 'korttid');
    const reviewed = await addUnitStay(t.db, await addPerson(t.db), korttid, { from: '2026-11-20', review: '2026-12-04' });
    const ended = await addUnitStay(t.db, await addPerson(t.db), korttid, { from: '2026-11-01', to: '2026-11-10', endReason: 'hjem' });
    const langtid = await addUnitStay(t.db, await addPerson(t.db), await addUnit(t.db, 'langtid'), { from: '2026-11-20' });
    for (const stay of [reviewed, ended, langtid]) expect(await itemsOn(t.db, korttidWithoutReviewRule, '2026-11-23', key(stay))).toEqual([]);
  });
});
