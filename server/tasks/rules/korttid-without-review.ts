/** Correction: an open korttid stay with no revurderingsdato (planned end or review). */
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../db/client.ts';
import type { TaskRule } from '../../../db/queries/tasks/task.ts';
import { formatDate } from '../../../views/format.ts';
import { personSubject } from './rule-helpers.ts';

/**
 * Every korttid stay has a planned end or review date: admissions set one
 * (`korttidReviewAfterDays`), so this lists the stays that began without it (registered
 * before the rule, or the date cleared on the person page).
 */
export const korttidWithoutReviewRule: TaskRule = {
  id: 'korttid-uten-revurderingsdato',
  label: 'Korttidsopphold uten revurderingsdato',
  async find(db) {
    const rows = await queryRows<{ stay_id: number; person_id: number; name: string; unit: string; from_date: string }>(db, sql`
      select s.id as stay_id, p.id as person_id, p.name, u.name as unit, s.from_date::text as from_date
      from unit_stays s join units u on u.id = s.unit_id join persons p on p.id = s.person_id
      where s.to_date is null and u.kind = 'korttid' and s.review_date is null`);
    return rows.map((r) => ({
      key: `korttid-uten-revurderingsdato:stay:${r.stay_id}`, rule: 'korttid-uten-revurderingsdato', urgency: 'correction' as const,
      subject: personSubject(r.person_id, r.name), dueDate: null, href: `/personer/${r.person_id}#korttid`,
      reason: `Har bodd på ${r.unit} siden ${formatDate(r.from_date)} uten revurderingsdato eller planlagt slutt.`,
    }));
  },
};
