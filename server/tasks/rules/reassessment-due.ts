/** Correction: a waiting-list entry older than the settings' months with no reassessment. */
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../db/client.ts';
import type { TaskRule } from '../../../db/queries/tasks/task.ts';
import { kindWord, personSubject } from './rule-helpers.ts';

/**
 * Entries still `waiting` whose last assessment is more than settings.taskReassessMonths
 * months before today. The last assessment is the latest of: the entry's vedtak
 * (decision_date), any newer vedtak of the same person and kind, and the entry's last status
 * change (status_changed_at in Oslo: e.g. back to waiting after a cancelled reservation).
 * A priority change is not counted: it changes the order, not the assessment of the need.
 */
export const reassessmentDueRule: TaskRule = {
  id: 'venteliste-uten-revurdering',
  label: 'Har stått på ventelisten lenge uten ny vurdering',
  thresholds: ['taskReassessMonths'],
  async find(db, { today, settings }) {
    const months = settings.taskReassessMonths;
    const rows = await queryRows<{ entry_id: number; person_id: number; name: string; kind: string; assessed: string; due: string }>(db, sql`
      select entry_id, person_id, name, kind, assessed::text, (assessed + make_interval(months => ${months}))::date::text as due from (
        select e.id as entry_id, p.id as person_id, p.name, e.kind, greatest(a.decision_date,
          (e.status_changed_at at time zone 'Europe/Oslo')::date,
          (select max(n.decision_date) from applications n where n.person_id = e.person_id and n.kind = e.kind and n.outcome is not null)) as assessed
        from waitlist_entries e join applications a on a.id = e.application_id join persons p on p.id = e.person_id
        where e.status = 'waiting') w
      where (assessed + make_interval(months => ${months}))::date < ${today}::date`);
    return rows.map((r) => ({
      key: `venteliste-uten-revurdering:entry:${r.entry_id}:${r.assessed}`, rule: 'venteliste-uten-revurdering', urgency: 'correction' as const,
      subject: personSubject(r.person_id, r.name), dueDate: r.due, href: `/personer/${r.person_id}`,
      reason: `Har ventet på ${kindWord(r.kind)} i over ${months} måneder uten nytt vedtak eller statusendring: vurder behovet på nytt.`,
    }));
  },
};
