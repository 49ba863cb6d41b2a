import { describe, expect, it } from 'vitest';
import { useCoordinatorDatabase } from '../../../test/support/coordinator-database.ts';
import { testDrivers } from '../../../test/support/databases.ts';
import { addDays, osloInstant } from '../../../db/dates.ts';
import { bookings } from '../../../db/schema.ts';
import { seedStay, seedUnit, seedVedtak } from '../../../db/queries/appeal-test-helpers.ts';
import { forwardAppeal, reassessAppeal, registerAppeal } from '../../../db/queries/appeals.ts';
import { loadKorttidDays } from '../../../db/queries/korttid-days.ts';
import { loadSettings } from '../../../db/queries/settings.ts';
import { appealNotForwarded } from './appeal-not-forwarded.ts';
import { korttidReviewDue } from './korttid-review-due.ts';
import { korttidYearDays } from './korttid-year-days.ts';
import { TASK_RULES } from './rules.ts';
import type { Task, TaskRule } from '../../../db/queries/tasks/task.ts';

describe.each(testDrivers)('korttid and appeal rules of Oppgaver on %s', (driver) => {
  const ctx = useCoordinatorDatabase(driver);

  const run = async (rule: TaskRule, today: string) => rule.find(ctx.database.db, { today, now: osloInstant(today, 9, 0), settings: await loadSettings(ctx.database.db) });
  /** The rule's item for the person on `today`, if any. */
  const itemOn = async (rule: TaskRule, personId: number, today: string): Promise<Task | undefined> =>
    (await run(rule, today)).find((t) => t.subject.kind === 'person' && t.subject.personId === personId);

  it('when the rules are listed, then these three are in the registry with distinct ids', () => {
    const ids = TASK_RULES.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['korttid-revurdering', 'korttid-dogn', 'klage-ikke-sendt']));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('when a korttid review date is 8, 7, 0 and -1 days away (soon = 7), then it is not listed, soon, today, overdue, with one key', async () => {
    const { personId } = await seedVedtak(ctx.database.db, '2026-10-01', 'korttid');
    await seedStay(ctx.database.db, personId, await seedUnit(ctx.database.db), '2026-11-01', null, '2026-12-10');
    expect(await itemOn(korttidReviewDue, personId, '2026-12-02')).toBeUndefined();
    const soon = await itemOn(korttidReviewDue, personId, '2026-12-03');
    expect(soon).toMatchObject({ urgency: 'soon', dueDate: '2026-12-10', href: `/personer/${personId}#korttid` });
    expect(soon!.reason).toContain('10.12.2026');
    expect(await itemOn(korttidReviewDue, personId, '2026-12-10')).toMatchObject({ urgency: 'today', key: soon!.key });
    expect(await itemOn(korttidReviewDue, personId, '2026-12-11')).toMatchObject({ urgency: 'overdue', key: soon!.key });
  });

  it('when the korttid stay has ended or is in a langtid unit, then its passed review date is not listed', async () => {
    const ended = await seedVedtak(ctx.database.db, '2026-10-01', 'korttid');
    await seedStay(ctx.database.db, ended.personId, await seedUnit(ctx.database.db), '2026-11-01', '2026-11-20', '2026-11-15');
    const langtid = await seedVedtak(ctx.database.db, '2026-10-01', 'langtid');
    await seedStay(ctx.database.db, langtid.personId, await seedUnit(ctx.database.db, 'langtid'), '2026-11-01', null, '2026-11-15');
    expect(await itemOn(korttidReviewDue, ended.personId, '2026-12-01')).toBeUndefined();
    expect(await itemOn(korttidReviewDue, langtid.personId, '2026-12-01')).toBeUndefined();
  });

  it('when a person has 49, 50, 60 and 61 korttid days this year, then nothing, a warning, a warning, and over 60 (billed as langtid)', async () => {
    const { personId } = await seedVedtak(ctx.database.db, '2026-01-01', 'korttid');
    const unit = await seedUnit(ctx.database.db);
    await seedStay(ctx.database.db, personId, unit, '2026-02-01', '2026-02-21');
    await seedStay(ctx.database.db, personId, unit, '2026-10-01');
    // Avlastning is not korttid in the count: a booked respite stay adds nothing.
    await ctx.database.db.insert(bookings).values({ personId, unitId: unit, fromDate: '2026-03-01', toDate: '2026-03-15' });
    const dayWith = (n: number) => addDays('2026-10-01', n - 20 - 1);
    expect((await loadKorttidDays(ctx.database.db, [personId], dayWith(49))).get(personId)).toBe(49);
    expect(await itemOn(korttidYearDays, personId, dayWith(49))).toBeUndefined();
    const warn = await itemOn(korttidYearDays, personId, dayWith(50));
    expect(warn).toMatchObject({ urgency: 'soon', key: expect.stringContaining(':varsel') });
    expect(warn!.reason).toContain('50 korttidsdøgn i 2026');
    expect(await itemOn(korttidYearDays, personId, dayWith(60))).toMatchObject({ urgency: 'soon', key: warn!.key });
    const over = await itemOn(korttidYearDays, personId, dayWith(61));
    expect(over).toMatchObject({ urgency: 'overdue', key: expect.stringContaining(':over') });
    expect(over!.reason).toContain('over 60 døgn – betales som langtid');
  });

  it('when an appeal is not assessed, then it is listed from a week before its forwarding deadline, moved past Christmas', async () => {
    const { personId, applicationId } = await seedVedtak(ctx.database.db, '2026-11-02');
    await registerAppeal(ctx.database.db, personId, applicationId, { receivedDate: '2026-11-25', vedtakReceivedDate: null }, ctx.user, '2026-11-25');
    // 30 days from 25.11 is Christmas Day; the deadline runs to Monday 28.12.
    expect(await itemOn(appealNotForwarded, personId, '2026-12-20')).toBeUndefined();
    const soon = await itemOn(appealNotForwarded, personId, '2026-12-21');
    expect(soon).toMatchObject({ urgency: 'soon', dueDate: '2026-12-28' });
    expect(await itemOn(appealNotForwarded, personId, '2026-12-27')).toMatchObject({ urgency: 'soon', key: soon!.key });
    expect(await itemOn(appealNotForwarded, personId, '2026-12-28')).toMatchObject({ urgency: 'today', key: soon!.key });
    expect(await itemOn(appealNotForwarded, personId, '2026-12-29')).toMatchObject({ urgency: 'overdue', key: soon!.key });
  });

  it('when the office keeps the vedtak, then the appeal is listed at once until it is sent; changed by the office, it is not', async () => {
    const kept = await seedVedtak(ctx.database.db, '2026-11-02');
    const k = await registerAppeal(ctx.database.db, kept.personId, kept.applicationId, { receivedDate: '2026-11-25', vedtakReceivedDate: null }, ctx.user, '2026-11-25');
    const id = k.ok ? k.appealId : 0;
    await reassessAppeal(ctx.database.db, kept.personId, id, { date: '2026-11-26', result: 'opprettholdt' }, ctx.user, '2026-11-26');
    const item = await itemOn(appealNotForwarded, kept.personId, '2026-11-27');
    expect(item).toMatchObject({ urgency: 'soon', href: `/personer/${kept.personId}#klage-${id}` });
    expect(item!.reason).toContain('Statsforvalteren');
    await forwardAppeal(ctx.database.db, kept.personId, id, '2026-11-27', ctx.user, '2026-11-27');
    expect(await itemOn(appealNotForwarded, kept.personId, '2026-12-29')).toBeUndefined();

    const changed = await seedVedtak(ctx.database.db, '2026-11-02', 'bofellesskap');
    const c = await registerAppeal(ctx.database.db, changed.personId, changed.applicationId, { receivedDate: '2026-11-25', vedtakReceivedDate: null }, ctx.user, '2026-11-25');
    await reassessAppeal(ctx.database.db, changed.personId, c.ok ? c.appealId : 0, { date: '2026-11-26', result: 'omgjort' }, ctx.user, '2026-11-26');
    expect(await itemOn(appealNotForwarded, changed.personId, '2026-12-29')).toBeUndefined();
  });
});
