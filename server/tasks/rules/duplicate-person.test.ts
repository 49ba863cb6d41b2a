import { describe, expect, it } from 'vitest';
import { testDrivers } from '../../../test/support/databases.ts';
import { addPerson, contextOn, useTaskDatabase } from '../../../test/support/task-fixtures.ts';
import { duplicatePersonRule } from './duplicate-person.ts';

describe.each(testDrivers)('duplicate person rule on %s', (driver) => {
  const t = useTaskDatabase(driver);
  const keysOn = async (day: string) => (await duplicatePersonRule.find(t.db, await contextOn(t.db, day))).map((x) => x.key);

  it('when two persons share a birth date and a similar name, then the older registration is listed once, on every day', async () => {
    const birth = { year: 1938, month: 3, day: 14 };
    const first = await addPerson(t.db, 'Ingrid Åsheim', birth);
    const second = await addPerson(t.db, 'Ingrid Aasheim', birth);
    for (const day of ['2026-11-22', '2026-11-23', '2026-11-24']) expect(await keysOn(day)).toContain(`dobbeltregistrert:person:${first}-${second}`);
    const [item] = (await duplicatePersonRule.find(t.db, await contextOn(t.db, '2026-11-23'))).filter((x) => x.key.endsWith(`${first}-${second}`));
    expect(item).toMatchObject({ urgency: 'correction', subject: { kind: 'person', personId: first, name: 'Ingrid Åsheim' } });
    expect(item?.reason).toContain('«Ingrid Aasheim»');
  });

  it('when the birth date differs by a day, or the names differ, then nothing is listed', async () => {
    const a = await addPerson(t.db, 'Sverre Lunde', { year: 1941, month: 6, day: 2 });
    const b = await addPerson(t.db, 'Sverre Lunde', { year: 1941, month: 6, day: 3 });
    const c = await addPerson(t.db, 'Magnus Lunde', { year: 1941, month: 6, day: 2 });
    const keys = await keysOn('2026-11-23');
    expect(keys.filter((k) => [a, b, c].some((id) => k.includes(`:${id}-`) || k.endsWith(`-${id}`)))).toEqual([]);
  });
});
