/** Utskrivningsklar: a discharge-ready hospital patient with no application or vedtak for the stay. */
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../db/client.ts';
import { daysBetween } from '../../../db/dates.ts';
import type { TaskRule } from '../../../db/queries/tasks/task.ts';
import { dayWords, personSubject, urgencyOf } from './rule-helpers.ts';

/**
 * Open hospital stays with a discharge-ready date, whose person has no pending application
 * (outcome null), no open waiting-list entry (waiting or reserved), and no vedtak decided on or
 * after the admission. Due on the discharge-ready date: from then on overliggerdøgn are paid.
 */
export const dischargeReadyRule: TaskRule = {
  id: 'utskrivningsklar-uten-sak',
  label: 'Utskrivningsklar pasient uten søknad eller vedtak',
  async find(db, { today }) {
    const rows = await queryRows<{ stay_id: number; person_id: number; name: string; due: string }>(db, sql`
      select h.id as stay_id, p.id as person_id, p.name, h.discharge_ready_date::text as due
      from hospital_stays h join persons p on p.id = h.person_id
      where h.ended_date is null and h.discharge_ready_date is not null
        and not exists (select 1 from applications a where a.person_id = h.person_id
          and (a.outcome is null or a.decision_date >= h.admitted_date))
        and not exists (select 1 from waitlist_entries e where e.person_id = h.person_id and e.status in ('waiting', 'reserved'))`);
    return rows.map((r) => {
      const since = daysBetween(r.due, today);
      const when = since > 0 ? `har vært utskrivningsklar i ${dayWords(since)}` : since === 0 ? 'er utskrivningsklar i dag' : `blir utskrivningsklar om ${dayWords(-since)}`;
      return {
        key: `utskrivningsklar-uten-sak:stay:${r.stay_id}`, rule: 'utskrivningsklar-uten-sak', urgency: urgencyOf(r.due, today),
        subject: personSubject(r.person_id, r.name), dueDate: r.due, href: `/personer/${r.person_id}`,
        reason: `Pasienten ${when}, men har ingen søknad eller vedtak.`,
      };
    });
  },
};
