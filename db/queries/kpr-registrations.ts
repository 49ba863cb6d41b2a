/**
 * Waiting-list registrations for a KPR-style export (Kommunalt pasient- og brukerregister):
 * every waitlist entry active at some time in a period, with the person's fødselsnummer.
 * Personal data: the caller writes the download to the audit log.
 */
import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../client.ts';
import { admissionsSql, admittedDateSql, closedDateSql } from '../figures/shared.ts';
import type { PlaceKind } from '../schema.ts';

/** One registration; dates ISO. */
export interface KprRegistration {
  entryId: number;
  personId: number;
  /** fødselsnummer or D-nummer, 11 digits, unmasked (KPR identifies the person by it). */
  fnr: string;
  kind: PlaceKind;
  /** The vedtak's outcome: innvilget or ventelistevedtak. */
  outcome: string;
  receivedDate: string;
  /** The day the entry was made (Oslo time): when the person was put on the waiting list. */
  listedDate: string;
  decisionDate: string;
  /** The first day in the granted place (not an interim korttid stay) before the period's end; null if none. */
  admittedDate: string | null;
}

/**
 * Entries on the list at some time in [from, to): granted before `to`, and neither admitted
 * nor closed before `from` (admitted and closed by the figures' rules in db/figures/shared.ts).
 * An admission on or after `to` is not shown: the export is as of the period's end.
 * Ordered by listing date, then entry id.
 */
export async function listKprRegistrations(db: DbOrTx, period: { from: string; to: string }): Promise<KprRegistration[]> {
  const rows = await queryRows<Omit<KprRegistration, 'admittedDate'> & { admitted: string | null; closed: string | null }>(db, sql`
    select * from (
      select e.id as "entryId", e.person_id as "personId", p.fnr, e.kind, a.outcome,
        a.received_date::text as "receivedDate", (e.created_at at time zone 'Europe/Oslo')::date::text as "listedDate",
        a.decision_date::text as "decisionDate", ${admittedDateSql}::text as admitted, ${closedDateSql}::text as closed
      from waitlist_entries e
      join applications a on a.id = e.application_id
      join persons p on p.id = e.person_id
      left join ${admissionsSql} adm on adm.entry_id = e.id
      where a.decision_date < ${period.to}::date
    ) x
    where (admitted is null or admitted >= ${period.from}) and (closed is null or closed >= ${period.from})
    order by "listedDate", "entryId"`);
  return rows.map(({ admitted, closed: _closed, ...r }) => ({
    ...r, entryId: Number(r.entryId), personId: Number(r.personId), admittedDate: admitted !== null && admitted < period.to ? admitted : null,
  }));
}
