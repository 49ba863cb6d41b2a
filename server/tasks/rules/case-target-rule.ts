/**
 * Oppgaver: a pending application whose saksbehandlingstid target (settings, per kind) is
 * within `caseTargetWarnDays` (soon), today, or passed (overdue). It leaves the list when
 * the application is decided.
 */
import { caseClock } from '../../../db/case-clock.ts';
import { days, formatDate, formatKind } from '../../../views/format.ts';
import { listPendingApplications } from '../../../db/queries/applications.ts';
import type { Task, TaskRule } from '../../../db/queries/tasks/task.ts';

const ID = 'saksbehandlingstid';

export const caseTargetRule: TaskRule = {
  id: ID,
  label: 'Søknader som snart passerer eller har passert målet for saksbehandlingstid',
  async find(db, { today, settings }) {
    const pending = await listPendingApplications(db);
    return pending.flatMap((app): Task[] => {
      const clock = caseClock(app, today, settings);
      const urgency = clock.targetUrgency;
      if (!urgency) return [];
      const target = `målet på ${days(clock.targetDays)} for ${formatKind(app.kind).toLowerCase()}`;
      const since = `søknaden kom inn ${formatDate(app.receivedDate)} (${days(clock.daysSinceReceived)} siden)`;
      const reason = urgency === 'overdue' ? `Saksbehandlingstiden har passert ${target} (${formatDate(clock.targetDate)}): ${since}.`
        : urgency === 'today' ? `Saksbehandlingstiden når ${target} i dag: ${since}.`
        : `Saksbehandlingstiden når ${target} ${formatDate(clock.targetDate)}: ${since}.`;
      return [{
        key: `${ID}:application:${app.id}`, rule: ID, urgency,
        subject: { kind: 'person', personId: app.personId, name: app.personName },
        reason, href: `/personer/${app.personId}#soknad-${app.id}`, dueDate: clock.targetDate,
      }];
    });
  },
};
