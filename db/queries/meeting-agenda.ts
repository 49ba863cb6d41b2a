/**
 * What the allocation meeting looks at besides places and proposals: guarantees due,
 * hospital patients waiting, and vedtak made since the last meeting.
 */
import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../client.ts';
import { addDays, daysBetween, overliggerCost } from '../dates.ts';
import { loadOverliggerRates } from './queues.ts';

/** A person as the meeting may show them; the view never gets the fnr, only a label made from it. */
export interface AgendaPerson { personId: number; name: string; fnr: string }

export interface GuaranteeItem extends AgendaPerson {
  entryId: number; kind: string; priority: number; guaranteeDate: string;
  /** Negative when the guarantee date has passed. */
  daysLeft: number;
}

/** People still waiting (no place reserved) whose guarantee date is at most `withinDays` after `today`, most urgent first. */
export async function listGuaranteeWatch(db: DbOrTx, today: string, withinDays: number): Promise<GuaranteeItem[]> {
  const rows = await queryRows<Omit<GuaranteeItem, 'daysLeft'>>(db, sql`
    select e.id as "entryId", p.id as "personId", p.name, p.fnr, e.kind, a.priority, a.guarantee_date::text as "guaranteeDate"
    from waitlist_entries e join applications a on a.id = e.application_id join persons p on p.id = e.person_id
    where e.status = 'waiting' and a.guarantee_date <= ${addDays(today, withinDays)}
    order by a.guarantee_date, a.priority, p.name`);
  return rows.map((r) => ({ ...r, daysLeft: daysBetween(today, r.guaranteeDate) }));
}

export interface HospitalItem extends AgendaPerson {
  admittedDate: string; dischargeReadyDate: string | null; status: string;
  /** The person's open waitlist entry, if any. */
  entryKind: string | null; entryStatus: string | null;
  overligger: { days: number; nok: number };
}

/**
 * Patients in hospital now who are utskrivningsklar or on a waiting list, with the
 * overliggerdøgn so far (from the discharge-ready date to `today`) and their price.
 */
export async function listHospitalPatients(db: DbOrTx, today: string): Promise<HospitalItem[]> {
  const rows = await queryRows<Omit<HospitalItem, 'overligger'>>(db, sql`
    select p.id as "personId", p.name, p.fnr, h.admitted_date::text as "admittedDate", h.discharge_ready_date::text as "dischargeReadyDate",
      h.status, e.kind as "entryKind", e.status as "entryStatus"
    from hospital_stays h join persons p on p.id = h.person_id
    left join waitlist_entries e on e.person_id = p.id and e.status in ('waiting', 'reserved')
    where h.ended_date is null and (h.status = 'utskrivningsklar' or e.id is not null)
    order by h.discharge_ready_date nulls last, p.name`);
  const rates = await loadOverliggerRates(db);
  return rows.map((r) => ({
    ...r,
    overligger: r.status === 'utskrivningsklar' && r.dischargeReadyDate ? overliggerCost(r.dischargeReadyDate, today, rates) : { days: 0, nok: 0 },
  }));
}

export interface VedtakItem extends AgendaPerson {
  applicationId: number; kind: string; outcome: string; decisionDate: string; priority: number | null; guaranteeDate: string | null;
}

/** Vedtak with a decision date after `since` and up to `until`, oldest first. */
export async function listVedtakSince(db: DbOrTx, since: string, until: string): Promise<VedtakItem[]> {
  return queryRows<VedtakItem>(db, sql`
    select a.id as "applicationId", p.id as "personId", p.name, p.fnr, a.kind, a.outcome, a.decision_date::text as "decisionDate",
      a.priority, a.guarantee_date::text as "guaranteeDate"
    from applications a join persons p on p.id = a.person_id
    where a.decision_date > ${since} and a.decision_date <= ${until}
    order by a.decision_date, p.name`);
}

/** Name and fnr of the people behind waitlist entries, for labelling them. */
export async function peopleOfEntryIds(db: DbOrTx, entryIds: number[]): Promise<Map<number, AgendaPerson>> {
  if (entryIds.length === 0) return new Map();
  const rows = await queryRows<AgendaPerson & { entryId: number }>(db, sql`
    select e.id as "entryId", p.id as "personId", p.name, p.fnr from waitlist_entries e join persons p on p.id = e.person_id
    where e.id in (${sql.join(entryIds.map((id) => sql`${id}`), sql`, `)})`);
  return new Map(rows.map(({ entryId, ...person }) => [entryId, person]));
}

/** Name and fnr of everyone waiting, by entry: the override form's choices. */
export async function waitingPeople(db: DbOrTx): Promise<Map<number, AgendaPerson>> {
  const rows = await queryRows<AgendaPerson & { entryId: number }>(db, sql`
    select e.id as "entryId", p.id as "personId", p.name, p.fnr from waitlist_entries e join persons p on p.id = e.person_id
    where e.status = 'waiting'`);
  return new Map(rows.map(({ entryId, ...person }) => [entryId, person]));
}
