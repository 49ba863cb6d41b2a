/**
 * Oppgaver: a pending application whose foreløpig svar (forvaltningsloven § 11 a) is due
 * within `interimReplyWarnDays` (soon), today, or passed without one recorded (overdue).
 * It leaves the list when the reply is recorded or the application decided.
 */
import { caseClock } from '../../../db/case-clock.ts';
import { formatDate, formatKind } from '../../../views/format.ts';
import { listPendingApplications } from '../../../db/queries/applications.ts';
import type { Task, TaskRule } from '../../../db/queries/tasks/task.ts';

const ID = 'foreløpig-svar';

export const interimReplyRule: TaskRule = {
  id: ID,
  label: 'Foreløpig svar som snart skal sendes eller er for sent',
  async find(db, { today, settings }) {
    const pending = await listPendingApplications(db);
    return pending.flatMap((app): Task[] => {
      const clock = caseClock(app, today, settings);
      const urgency = clock.interimReplyUrgency;
      if (!urgency) return [];
      const due = formatDate(clock.interimReplyDue);
      const what = `søknaden om ${formatKind(app.kind).toLowerCase()} mottatt ${formatDate(app.receivedDate)} er ikke avgjort`;
      const reason = urgency === 'overdue' ? `Fristen for foreløpig svar gikk ut ${due}: ${what}, og foreløpig svar er ikke registrert.`
        : urgency === 'today' ? `Foreløpig svar må sendes i dag (${due}): ${what}.`
        : `Foreløpig svar må sendes innen ${due}: ${what}.`;
      return [{
        key: `${ID}:application:${app.id}`, rule: ID, urgency,
        subject: { kind: 'person', personId: app.personId, name: app.personName },
        reason, href: `/personer/${app.personId}#soknad-${app.id}`, dueDate: clock.interimReplyDue,
      }];
    });
  },
};
