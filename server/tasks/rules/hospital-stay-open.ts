/** Correction: a hospital stay open for longer than the settings' days (probably never ended). */
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../db/client.ts';
import { addDays, daysBetween } from '../../../db/dates.ts';
import type { TaskRule } from '../../../db/queries/tasks/task.ts';
import { dayWords, personSubject } from './rule-helpers.ts';

/** Open stays (no ended date) admitted more than settings.taskHospitalOpenDays days before today. */
export const hospitalStayOpenRule: TaskRule = {
  id: 'sykehusopphold-apent',
  label: 'Sykehusopphold som har stått åpent lenge',
  thresholds: ['taskHospitalOpenDays'],
  async find(db, { today, settings }) {
    const limit = settings.taskHospitalOpenDays;
    const rows = await queryRows<{ stay_id: number; person_id: number; name: string; admitted: string }>(db, sql`
      select h.id as stay_id, p.id as person_id, p.name, h.admitted_date::text as admitted
      from hospital_stays h join persons p on p.id = h.person_id
      where h.ended_date is null and h.admitted_date < ${addDays(today, -limit)}::date`);
    return rows.map((r) => ({
      key: `sykehusopphold-apent:stay:${r.stay_id}`, rule: 'sykehusopphold-apent', urgency: 'correction' as const,
      subject: personSubject(r.person_id, r.name), dueDate: addDays(r.admitted, limit), href: `/personer/${r.person_id}`,
      reason: `Sykehusoppholdet har stått åpent i ${dayWords(daysBetween(r.admitted, today))} (over ${limit}): er pasienten utskrevet?`,
    }));
  },
};
