/** Garantidato: a waiting person's guarantee date is near (settings) or passed, and no place is reserved. */
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../db/client.ts';
import { addDays, daysBetween } from '../../../db/dates.ts';
import type { TaskRule } from '../../../db/queries/tasks/task.ts';
import { kindWord, dayWords, personSubject, urgencyOf } from './rule-helpers.ts';

/**
 * Entries still `waiting` (a reserved place makes the entry `reserved`) whose guarantee date
 * is passed or at most settings.taskGuaranteeWarnDays days ahead (korttid:
 * taskGuaranteeWarnDaysKorttid, since its whole guarantee is often about 14 days).
 */
export const guaranteeDateRule: TaskRule = {
  id: 'garantidato',
  label: 'Garantidato nær eller passert, uten reservert plass',
  thresholds: ['taskGuaranteeWarnDays', 'taskGuaranteeWarnDaysKorttid'],
  async find(db, { today, settings }) {
    const rows = await queryRows<{ entry_id: number; person_id: number; name: string; kind: string; due: string }>(db, sql`
      select e.id as entry_id, p.id as person_id, p.name, e.kind, a.guarantee_date::text as due
      from waitlist_entries e join applications a on a.id = e.application_id join persons p on p.id = e.person_id
      where e.status = 'waiting' and a.guarantee_date is not null
        and a.guarantee_date <= case when e.kind = 'korttid' then ${addDays(today, settings.taskGuaranteeWarnDaysKorttid)}::date
          else ${addDays(today, settings.taskGuaranteeWarnDays)}::date end`);
    return rows.map((r) => {
      const left = daysBetween(today, r.due);
      const when = left < 0 ? `passerte for ${dayWords(-left)} siden` : left === 0 ? 'er i dag' : `er om ${dayWords(left)}`;
      return {
        key: `garantidato:entry:${r.entry_id}`, rule: 'garantidato', urgency: urgencyOf(r.due, today),
        subject: personSubject(r.person_id, r.name), dueDate: r.due, href: `/personer/${r.person_id}`,
        reason: `Garantidatoen for ${kindWord(r.kind)} ${when}, og ingen plass er reservert.`,
      };
    });
  },
};
