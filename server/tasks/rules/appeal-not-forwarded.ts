/**
 * Oppgaver: an appeal the office has not sent on by its forwarding deadline
 * (appeal-rules.ts forwardDeadline: settings.appealForwardDays after receipt, moved past
 * weekends and holidays). Listed once the office has kept the vedtak (it should go on
 * without undue delay), or from a week before the deadline; gone when sent or changed by the office.
 */
import { asc, eq, isNull } from 'drizzle-orm';
import { formatDate } from '../../../views/format.ts';
import { addDays } from '../../../db/dates.ts';
import { appeals, applications, persons } from '../../../db/schema.ts';
import { APPEAL_BODY, awaitsForwarding, forwardDeadline } from '../../../db/queries/appeal-rules.ts';
import type { TaskRule } from '../../../db/queries/tasks/task.ts';
import { urgencyOf } from './rule-helpers.ts';

const ID = 'klage-ikke-sendt';
/** Days before the forwarding deadline an appeal not yet reassessed is listed. */
export const APPEAL_SOON_DAYS = 7;

export const appealNotForwarded: TaskRule = {
  id: ID,
  label: 'Klager som ikke er sendt videre',
  async find(db, { today, settings }) {
    const rows = await db.select({ appeal: appeals, name: persons.name, regime: applications.appealRegime })
      .from(appeals).innerJoin(applications, eq(applications.id, appeals.applicationId)).innerJoin(persons, eq(persons.id, appeals.personId))
      .where(isNull(appeals.sentDate)).orderBy(asc(appeals.receivedDate), asc(appeals.id));
    return rows.filter((r) => awaitsForwarding(r.appeal)).flatMap(({ appeal, name, regime }) => {
      const due = forwardDeadline(appeal.receivedDate, settings.appealForwardDays);
      const kept = appeal.reassessmentResult === 'opprettholdt';
      if (!kept && today < addDays(due, -APPEAL_SOON_DAYS)) return [];
      const body = APPEAL_BODY[regime] ?? 'klageinstansen';
      const step = kept ? `Vedtaket er opprettholdt ${formatDate(appeal.reassessedDate)}; klagen skal sendes ${body}` : `Klagen er ikke vurdert og sendt ${body}`;
      const when = due < today ? `fristen var ${formatDate(due)}` : due === today ? 'fristen er i dag' : `innen ${formatDate(due)}`;
      return [{
        key: `${ID}:appeal:${appeal.id}`, rule: ID, urgency: urgencyOf(due, today),
        subject: { kind: 'person' as const, personId: appeal.personId, name },
        reason: `${step} (klage mottatt ${formatDate(appeal.receivedDate)}, ${when}).`,
        href: `/personer/${appeal.personId}#klage-${appeal.id}`, dueDate: due,
      }];
    });
  },
};
