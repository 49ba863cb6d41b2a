import { describe, expect, it } from 'vitest';
import { waitlistEntries } from '../../../db/schema.ts';
import { testDrivers } from '../../../test/support/databases.ts';
import { addApplication, addEntry, addPerson, itemsOn, useTaskDatabase } from '../../../test/support/task-fixtures.ts';
import { grantedWithoutEntryRule } from './granted-without-entry.ts';

describe.each(testDrivers)('granted vedtak without entry rule on %s', (driver) => {
  const t = useTaskDatabase(driver);
  const key = (id: number) => `innvilget-uten-venteliste:application:${id}`;

  it('when a vedtak is granted (innvilget or ventelistevedtak) with no entry, then it is a correction from its decision day on', async () => {
    for (const outcome of ['innvilget', 'ventelistevedtak'] as const) {
      const person = await addPerson(t.db);
      const application = await addApplication(t.db, person, { outcome, decided: '2026-11-23' });
      for (const day of ['2026-11-22', '2026-11-23', '2026-11-24']) {
        expect(await itemsOn(t.db, grantedWithoutEntryRule, day, key(application))).toMatchObject([{ urgency: 'correction', dueDate: null }]);
      }
      await t.db.insert(waitlistEntries).values({ applicationId: application, personId: person, kind: 'langtid' });
      expect(await itemsOn(t.db, grantedWithoutEntryRule, '2026-11-24', key(application))).toEqual([]);
    }
  });

  it('when a vedtak is refused or pending, or granted with an entry, then nothing is listed', async () => {
    const person = await addPerson(t.db);
    const ids = [
      await addApplication(t.db, person, { outcome: 'avslag' }),
      await addApplication(t.db, person, { outcome: null }),
      (await addEntry(t.db, person, { status: 'withdrawn' })).applicationId,
    ];
    for (const id of ids) expect(await itemsOn(t.db, grantedWithoutEntryRule, '2026-11-23', key(id))).toEqual([]);
  });
});
