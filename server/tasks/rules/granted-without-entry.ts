/** Correction: a granted vedtak (innvilget or ventelistevedtak) with no waiting-list entry. */
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../db/client.ts';
import type { TaskRule } from '../../../db/queries/tasks/task.ts';
import { kindWord, personSubject } from './rule-helpers.ts';

export const grantedWithoutEntryRule: TaskRule = {
  id: 'innvilget-uten-venteliste',
  label: 'Innvilget vedtak uten plass på ventelisten',
  async find(db) {
    const rows = await queryRows<{ application_id: number; person_id: number; name: string; kind: string; decided: string }>(db, sql`
      select a.id as application_id, p.id as person_id, p.name, a.kind, a.decision_date::text as decided
      from applications a join persons p on p.id = a.person_id
      where a.outcome in ('innvilget', 'ventelistevedtak')
        and not exists (select 1 from waitlist_entries e where e.application_id = a.id)`);
    return rows.map((r) => ({
      key: `innvilget-uten-venteliste:application:${r.application_id}`, rule: 'innvilget-uten-venteliste', urgency: 'correction' as const,
      subject: personSubject(r.person_id, r.name), dueDate: null, href: `/personer/${r.person_id}#vedtak-${r.application_id}`,
      reason: `Vedtaket om ${kindWord(r.kind)} er innvilget, men personen står ikke på ventelisten.`,
    }));
  },
};
