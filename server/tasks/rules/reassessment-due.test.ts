import { describe, expect, it } from 'vitest';
import { testDrivers } from '../../../test/support/databases.ts';
import { addApplication, addEntry, addPerson, itemsOn, urgencies, useTaskDatabase } from '../../../test/support/task-fixtures.ts';
import { reassessmentDueRule } from './reassessment-due.ts';

describe.each(testDrivers)('reassessment rule on %s', (driver) => {
  const t = useTaskDatabase(driver);
  const key = (entryId: number) => `venteliste-uten-revurdering:entry:${entryId}`;

  it('when 12 months have passed since the vedtak: the day before, on and after, then it is listed only after', async () => {
    const { entryId } = await addEntry(t.db, await addPerson(t.db), { decided: '2025-11-23' });
    expect(await urgencies(t.db, reassessmentDueRule, ['2026-11-22', '2026-11-23', '2026-11-24'], key(entryId))).toEqual([null, null, 'correction']);
    const [item] = await itemsOn(t.db, reassessmentDueRule, '2026-11-24', key(entryId));
    expect(item?.dueDate).toBe('2026-11-23');
  });

  it('when the vedtak was on 31 January, then 12 months end on 31 January and 1 month on 28 February', async () => {
    const { entryId } = await addEntry(t.db, await addPerson(t.db), { decided: '2025-01-31' });
    expect(await urgencies(t.db, reassessmentDueRule, ['2026-01-31', '2026-02-01'], key(entryId))).toEqual([null, 'correction']);
    expect(await urgencies(t.db, reassessmentDueRule, ['2025-02-28', '2025-03-01'], key(entryId), { taskReassessMonths: 1 })).toEqual([null, 'correction']);
  });

  it('when the entry changed status later (back to waiting) or a newer vedtak of the kind was made, then the clock starts from that day', async () => {
    const moved = await addEntry(t.db, await addPerson(t.db), { decided: '2025-06-01', statusChanged: '2026-02-10' });
    expect(await urgencies(t.db, reassessmentDueRule, ['2027-02-10', '2027-02-11'], key(moved.entryId))).toEqual([null, 'correction']);
    const person = await addPerson(t.db);
    const reassessed = await addEntry(t.db, person, { decided: '2025-06-01' });
    await addApplication(t.db, person, { outcome: 'avslag', received: '2026-03-01', decided: '2026-03-05' });
    expect(await urgencies(t.db, reassessmentDueRule, ['2027-03-05', '2027-03-06'], key(reassessed.entryId))).toEqual([null, 'correction']);
  });

  it('when the entry is not waiting (reserved, admitted, withdrawn), then it is never listed', async () => {
    for (const status of ['reserved', 'admitted', 'withdrawn'] as const) {
      const { entryId } = await addEntry(t.db, await addPerson(t.db), { decided: '2024-01-01', status });
      expect(await itemsOn(t.db, reassessmentDueRule, '2026-11-23', key(entryId))).toEqual([]);
    }
  });
});
