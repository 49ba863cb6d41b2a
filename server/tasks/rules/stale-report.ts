/** Plassmelding: a unit whose latest place report is stale, by the existing rule (staleness.ts). */
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../db/client.ts';
import { isReportStale, reportDueDay } from '../../../db/queries/staleness.ts';
import type { TaskRule } from '../../../db/queries/tasks/task.ts';

/**
 * Active units whose latest report is stale at `now` (isReportStale with
 * settings.reportStaleHour). The key holds the due day: a dismissal lasts for that day only.
 */
export const staleReportRule: TaskRule = {
  id: 'plassmelding-utdatert',
  label: 'Enhet som ikke har meldt ledige plasser innen fristen',
  thresholds: ['reportStaleHour'],
  async find(db, { now, today, settings }) {
    const rows = await queryRows<{ unit_id: number; name: string; reported_at: Date | string | null; leaders: string | null }>(db, sql`
      select u.id as unit_id, u.name, (select max(r.reported_at) from place_reports r where r.unit_id = u.id) as reported_at,
        (select string_agg(us.display_name, ', ' order by us.display_name) from user_units uu join users us on us.id = uu.user_id
          where uu.unit_id = u.id and us.active and us.role = 'institusjonsleder') as leaders
      from units u where u.active`);
    const due = reportDueDay(now, settings.reportStaleHour);
    return rows
      .filter((r) => isReportStale(r.reported_at === null ? null : new Date(r.reported_at), now, settings.reportStaleHour))
      .map((r) => ({
        key: `plassmelding-utdatert:unit:${r.unit_id}:${due}`, rule: 'plassmelding-utdatert', urgency: due < today ? 'overdue' as const : 'today' as const,
        subject: { kind: 'unit' as const, unitId: r.unit_id, name: r.name }, dueDate: due, href: `/plasser/enhet/${r.unit_id}`,
        reason: `${r.reported_at === null ? 'Enheten har aldri meldt ledige plasser' : 'Enheten har ikke meldt ledige plasser innen fristen'}`
          + ` (kl. ${String(settings.reportStaleHour).padStart(2, '0')}.00 på hverdager). ${r.leaders ? `Leder: ${r.leaders}.` : 'Ingen leder registrert.'}`,
      }));
  },
};
