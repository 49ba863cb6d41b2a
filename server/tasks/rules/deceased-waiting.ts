/** Correction: a person registered as deceased who still waits or has a place reserved. */
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../db/client.ts';
import type { TaskRule } from '../../../db/queries/tasks/task.ts';
import { kindWord, personSubject } from './rule-helpers.ts';

/**
 * Open entries (waiting or reserved) of a person with a death recorded anywhere: another
 * entry ended as deceased, a unit stay ended with `dod`, or a hospital stay ended with `død`
 * (a death registered while a place was reserved ends only the stay, by design).
 */
export const deceasedWaitingRule: TaskRule = {
  id: 'dod-og-venter',
  label: 'Person registrert som død som fortsatt venter',
  async find(db) {
    const rows = await queryRows<{ entry_id: number; person_id: number; name: string; kind: string; status: string }>(db, sql`
      select e.id as entry_id, p.id as person_id, p.name, e.kind, e.status
      from waitlist_entries e join persons p on p.id = e.person_id
      where e.status in ('waiting', 'reserved') and (
        exists (select 1 from waitlist_entries d where d.person_id = e.person_id and d.status = 'deceased')
        or exists (select 1 from unit_stays s where s.person_id = e.person_id and s.end_reason = 'dod')
        or exists (select 1 from hospital_stays h where h.person_id = e.person_id and h.ended_reason = 'død'))`);
    return rows.map((r) => ({
      key: `dod-og-venter:entry:${r.entry_id}`, rule: 'dod-og-venter', urgency: 'correction' as const,
      subject: personSubject(r.person_id, r.name), dueDate: null, href: `/personer/${r.person_id}`,
      reason: `Personen er registrert som død, men ${r.status === 'reserved' ? 'har fortsatt en reservert plass' : 'står fortsatt på ventelisten'} for ${kindWord(r.kind)}.`,
    }));
  },
};
