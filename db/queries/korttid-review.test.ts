import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useCoordinatorDatabase } from '../../test/support/coordinator-database.ts';
import { testDrivers } from '../../test/support/databases.ts';
import { auditLog, unitStays } from '../schema.ts';
import { seedStay, seedUnit, seedVedtak } from './appeal-test-helpers.ts';
import { setReviewDate } from './korttid-review.ts';

describe.each(testDrivers)('korttid review date on %s', (driver) => {
  const ctx = useCoordinatorDatabase(driver);

  const reviewOf = async (id: number) => (await ctx.database.db.select().from(unitStays).where(eq(unitStays.id, id)))[0]!.reviewDate;

  it('when the date is set and changed, then each change is audited with before and after', async () => {
    const { personId } = await seedVedtak(ctx.database.db, '2026-10-01', 'korttid');
    const stay = await seedStay(ctx.database.db, personId, await seedUnit(ctx.database.db), '2026-11-01');
    expect(await setReviewDate(ctx.database.db, personId, stay, '2026-11-01', ctx.user)).toEqual({ ok: true });
    expect(await setReviewDate(ctx.database.db, personId, stay, '2026-12-15', ctx.user)).toEqual({ ok: true });
    expect(await reviewOf(stay)).toBe('2026-12-15');
    const audit = await ctx.database.db.select().from(auditLog).where(eq(auditLog.personId, personId)).orderBy(auditLog.id);
    expect(audit.map((a) => [a.action, a.before, a.after])).toEqual([
      ['unit_stay.review-date', { reviewDate: null }, { reviewDate: '2026-11-01' }],
      ['unit_stay.review-date', { reviewDate: '2026-11-01' }, { reviewDate: '2026-12-15' }],
    ]);
  });

  it('when the date is before the stay, the stay has ended or is not korttid, then it is refused and nothing changes', async () => {
    const { personId } = await seedVedtak(ctx.database.db, '2026-10-01', 'korttid');
    const stay = await seedStay(ctx.database.db, personId, await seedUnit(ctx.database.db), '2026-11-01');
    expect(await setReviewDate(ctx.database.db, personId, stay, '2026-10-31', ctx.user)).toMatchObject({ ok: false, field: 'revurderingsdato' });
    const ended = await seedStay(ctx.database.db, personId, await seedUnit(ctx.database.db), '2026-09-01', '2026-09-20');
    expect(await setReviewDate(ctx.database.db, personId, ended, '2026-09-10', ctx.user)).toMatchObject({ ok: false, field: '_' });
    const other = await seedVedtak(ctx.database.db, '2026-10-01', 'langtid');
    const langtid = await seedStay(ctx.database.db, other.personId, await seedUnit(ctx.database.db, 'langtid'), '2026-11-01');
    expect(await setReviewDate(ctx.database.db, other.personId, langtid, '2026-12-01', ctx.user)).toMatchObject({ ok: false, field: '_' });
    expect(await setReviewDate(ctx.database.db, other.personId, stay, '2026-12-01', ctx.user)).toMatchObject({ ok: false, field: 'not-found' });
    expect([await reviewOf(stay), await reviewOf(ended), await reviewOf(langtid)]).toEqual([null, null, null]);
    expect(await ctx.database.db.select().from(auditLog).where(eq(auditLog.personId, personId))).toEqual([]);
  });
});
