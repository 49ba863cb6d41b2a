import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDrivers } from '../../test/support/databases.ts';
import type { Database } from '../client.ts';
import { auditLog, unitStays, users } from '../schema.ts';
import { seedStay, seedUnit, seedVedtak } from './appeal-test-helpers.ts';
import { setReviewDate } from './korttid-review.ts';

describe.each(testDrivers)('korttid review date on %s', (driver) => {
  let database: Database;
  let user: number;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    user = (await database.db.insert(users).values({ username: 'k', displayName: 'Kari', role: 'koordinator', passwordHash: 'x' }).returning())[0]!.id;
  });
  afterAll(async () => { await database?.close(); });

  const reviewOf = async (id: number) => (await database.db.select().from(unitStays).where(eq(unitStays.id, id)))[0]!.reviewDate;

  it('when the date is set and changed, then each change is audited with before and after', async () => {
    const { personId } = await seedVedtak(database.db, '2026-10-01', 'korttid');
    const stay = await seedStay(database.db, personId, await seedUnit(database.db), '2026-11-01');
    expect(await setReviewDate(database.db, personId, stay, '2026-11-01', user)).toEqual({ ok: true });
    expect(await setReviewDate(database.db, personId, stay, '2026-12-15', user)).toEqual({ ok: true });
    expect(await reviewOf(stay)).toBe('2026-12-15');
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.personId, personId)).orderBy(auditLog.id);
    expect(audit.map((a) => [a.action, a.before, a.after])).toEqual([
      ['unit_stay.review-date', { reviewDate: null }, { reviewDate: '2026-11-01' }],
      ['unit_stay.review-date', { reviewDate: '2026-11-01' }, { reviewDate: '2026-12-15' }],
    ]);
  });

  it('when the date is before the stay, the stay has ended or is not korttid, then it is refused and nothing changes', async () => {
    const { personId } = await seedVedtak(database.db, '2026-10-01', 'korttid');
    const stay = await seedStay(database.db, personId, await seedUnit(database.db), '2026-11-01');
    expect(await setReviewDate(database.db, personId, stay, '2026-10-31', user)).toMatchObject({ ok: false, field: 'revurderingsdato' });
    const ended = await seedStay(database.db, personId, await seedUnit(database.db), '2026-09-01', '2026-09-20');
    expect(await setReviewDate(database.db, personId, ended, '2026-09-10', user)).toMatchObject({ ok: false, field: '_' });
    const other = await seedVedtak(database.db, '2026-10-01', 'langtid');
    const langtid = await seedStay(database.db, other.personId, await seedUnit(database.db, 'langtid'), '2026-11-01');
    expect(await setReviewDate(database.db, other.personId, langtid, '2026-12-01', user)).toMatchObject({ ok: false, field: '_' });
    expect(await setReviewDate(database.db, other.personId, stay, '2026-12-01', user)).toMatchObject({ ok: false, field: 'not-found' });
    expect([await reviewOf(stay), await reviewOf(ended), await reviewOf(langtid)]).toEqual([null, null, null]);
    expect(await database.db.select().from(auditLog).where(eq(auditLog.personId, personId))).toEqual([]);
  });
});
