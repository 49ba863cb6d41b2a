/** Oppgaver: a korttid stay whose revurderingsdato is near, today or passed, while the stay is still open. */
import { and, asc, eq, isNotNull, isNull, lte } from 'drizzle-orm';
import { formatDate } from '../../../views/format.ts';
import { addDays } from '../../../db/dates.ts';
import { persons, unitStays, units } from '../../../db/schema.ts';
import type { TaskRule } from '../../../db/queries/tasks/task.ts';
import { urgencyOf } from './rule-helpers.ts';

const ID = 'korttid-revurdering';

/** Listed from `korttidReviewSoonDays` days before the review date; gone when the stay ends or the date moves on. */
export const korttidReviewDue: TaskRule = {
  id: ID,
  label: 'Revurdering av korttidsopphold',
  async find(db, { today, settings }) {
    const rows = await db.select({ stayId: unitStays.id, personId: persons.id, name: persons.name, unitName: units.name, reviewDate: unitStays.reviewDate })
      .from(unitStays).innerJoin(units, eq(units.id, unitStays.unitId)).innerJoin(persons, eq(persons.id, unitStays.personId))
      .where(and(eq(units.kind, 'korttid'), isNull(unitStays.toDate), isNotNull(unitStays.reviewDate),
        lte(unitStays.reviewDate, addDays(today, settings.korttidReviewSoonDays))))
      .orderBy(asc(unitStays.reviewDate), asc(unitStays.id));
    return rows.map((r) => {
      const due = r.reviewDate!;
      const when = due < today ? `skulle vært revurdert ${formatDate(due)}` : due === today ? 'skal revurderes i dag' : `skal revurderes ${formatDate(due)}`;
      return {
        // The date is part of the key: a stay given a new review date is a new cause.
        key: `${ID}:stay:${r.stayId}:${due}`, rule: ID, urgency: urgencyOf(due, today),
        subject: { kind: 'person', personId: r.personId, name: r.name },
        reason: `Korttidsoppholdet på ${r.unitName} ${when}.`, href: `/personer/${r.personId}#korttid`, dueDate: due,
      };
    });
  },
};
