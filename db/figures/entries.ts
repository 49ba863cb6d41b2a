/**
 * The waiting-list entries a period's figures need, with the days that matter: vedtak,
 * guarantee, admission and closing (withdrawn or deceased). Guarantees, the waiting list
 * at period end and waiting time to placement are read off this one list.
 */
import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../client.ts';
import type { PlaceKind } from '../schema.ts';
import { admissionsSql, closedDateSql, type DayRange } from './shared.ts';

export interface EntryFacts {
  entryId: number;
  personId: number;
  kind: PlaceKind;
  priority: 1 | 2 | 3;
  decisionDate: string;
  guaranteeDate: string | null;
  /**
   * First day of the admitted (non-interim) stay; for an entry marked admitted with no such
   * allocation (older or imported rows), the day of that status change. Null: not admitted.
   */
  admittedDate: string | null;
  /** Day withdrawn or deceased; null: neither. */
  closedDate: string | null;
}

/**
 * Entries granted before the range ends that still matter in it: not admitted before it,
 * or with a guarantee date in or after it.
 */
export async function loadEntries(db: DbOrTx, range: DayRange): Promise<EntryFacts[]> {
  const rows = await queryRows<{ id: number; person_id: number; kind: PlaceKind; priority: number; decided: string; guarantee: string | null; admitted: string | null; closed: string | null }>(db, sql`
    select * from (
      select e.id, e.person_id, e.kind, a.priority, a.decision_date::text as decided, a.guarantee_date::text as guarantee,
             coalesce(adm.admitted_date, case when e.status = 'admitted'
               then (e.status_changed_at at time zone 'Europe/Oslo')::date end)::text as admitted, ${closedDateSql}::text as closed
      from waitlist_entries e join applications a on a.id = e.application_id
      left join ${admissionsSql} adm on adm.entry_id = e.id
      where a.decision_date < ${range.to}::date
        -- Admitted, withdrawn and deceased are final: an entry whose last change lies more than a
        -- week before the range can count in it only by a guarantee date in it.
        and not (e.status in ('admitted', 'withdrawn', 'deceased')
          and (e.status_changed_at at time zone 'Europe/Oslo')::date < ${range.from}::date - 7
          and (a.guarantee_date is null or a.guarantee_date < ${range.from}::date))
    ) x
    where admitted is null or admitted >= ${range.from} or guarantee >= ${range.from}`);
  return rows.map((r) => ({
    entryId: r.id, personId: r.person_id, kind: r.kind, priority: (r.priority ?? 3) as 1 | 2 | 3, decisionDate: r.decided,
    guaranteeDate: r.guarantee, admittedDate: r.admitted, closedDate: r.closed,
  }));
}
