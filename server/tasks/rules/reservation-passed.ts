/** Reservasjon passert: a reserved place whose date has passed without admission or cancellation. */
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../db/client.ts';
import { daysBetween } from '../../../db/dates.ts';
import type { TaskRule } from '../../../db/queries/tasks/task.ts';
import { dayWords, personSubject } from './rule-helpers.ts';

/** Allocations still `reserved` after their date (on the date itself the person may still arrive). */
export const reservationPassedRule: TaskRule = {
  id: 'reservasjon-passert',
  label: 'Reservert plass der datoen er passert uten innskriving eller kansellering',
  async find(db, { today }) {
    const rows = await queryRows<{ allocation_id: number; person_id: number; name: string; unit: string; due: string }>(db, sql`
      select al.id as allocation_id, p.id as person_id, p.name, u.name as unit, al.date::text as due
      from allocations al join waitlist_entries e on e.id = al.entry_id join persons p on p.id = e.person_id join units u on u.id = al.unit_id
      where al.status = 'reserved' and al.date < ${today}::date`);
    return rows.map((r) => ({
      key: `reservasjon-passert:allocation:${r.allocation_id}`, rule: 'reservasjon-passert', urgency: 'overdue' as const,
      subject: personSubject(r.person_id, r.name), dueDate: r.due, href: `/forslag#reserved-${r.allocation_id}`,
      reason: `Plassen på ${r.unit} var reservert fra for ${dayWords(daysBetween(r.due, today))} siden: registrer innskriving eller kanseller.`,
    }));
  },
};
