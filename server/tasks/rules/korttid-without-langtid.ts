/** Correction: a korttid resident waiting for langtid who has no langtid application. */
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../db/client.ts';
import type { TaskRule } from '../../../db/queries/tasks/task.ts';
import { personSubject } from './rule-helpers.ts';

/**
 * An open stay in a korttid unit that no korttid vedtak placed (no allocation: the person
 * was put there to wait, korttid i påvente av langtid), whose person has no langtid
 * application that is pending or granted and still open (waiting, reserved or admitted).
 */
export const korttidWithoutLangtidRule: TaskRule = {
  id: 'korttid-uten-langtidssoknad',
  label: 'Venter på korttid uten søknad om langtid',
  async find(db) {
    const rows = await queryRows<{ stay_id: number; person_id: number; name: string; unit: string }>(db, sql`
      select s.id as stay_id, p.id as person_id, p.name, u.name as unit
      from unit_stays s join units u on u.id = s.unit_id join persons p on p.id = s.person_id
      where s.to_date is null and u.kind = 'korttid' and s.allocation_id is null
        and not exists (select 1 from applications a left join waitlist_entries e on e.application_id = a.id
          where a.person_id = s.person_id and a.kind = 'langtid'
            and (a.outcome is null or (a.outcome <> 'avslag' and e.status in ('waiting', 'reserved', 'admitted'))))`);
    return rows.map((r) => ({
      key: `korttid-uten-langtidssoknad:stay:${r.stay_id}`, rule: 'korttid-uten-langtidssoknad', urgency: 'correction' as const,
      subject: personSubject(r.person_id, r.name), dueDate: null, href: `/personer/${r.person_id}`,
      reason: `Bor på ${r.unit} uten korttidsvedtak, i påvente av langtid, men har ingen åpen søknad eller vedtak om langtid.`,
    }));
  },
};
