/**
 * Applications before the vedtak (søknad mottatt): registered when they come in, pending
 * (outcome and decision date null) until the vedtak form decides the same row.
 */
import { sql } from 'drizzle-orm';
import { insertRows } from '../batch.ts';
import { type DbOrTx, queryRows } from '../client.ts';
import { type ApplicantLocation, applications, type PlaceKind } from '../schema.ts';
import { appendAudits } from './audit.ts';

/** A validated application not yet decided. */
export interface NewApplication {
  personId: number;
  receivedDate: string;
  kind: PlaceKind;
  requiredTags: string[];
  /** null when not known (imported rows). */
  applicantLocation: ApplicantLocation | null;
  /** The saksbehandler; null when not known. */
  handledBy: number | null;
  appealRegime: 'statsforvalteren' | 'lokal';
}

/** Inserts pending applications, audited one entry each (`application.register`); ids in the same order. Call inside a transaction. */
export async function insertApplications(tx: DbOrTx, list: readonly NewApplication[], userId: number | null): Promise<number[]> {
  if (list.length === 0) return [];
  // Ids drawn first, so each audit entry knows its row without relying on RETURNING order.
  const drawn = await queryRows<{ id: number }>(tx, sql`select nextval(pg_get_serial_sequence('applications', 'id'))::int as id from generate_series(1, ${list.length})`);
  const ids = drawn.map((r) => Number(r.id)).sort((a, b) => a - b);
  await insertRows(tx, applications, list.map((a, i) => ({ id: ids[i]!, ...a })));
  await appendAudits(tx, list.map(({ personId, ...after }, i) => ({
    userId, action: 'application.register', entity: 'application', entityId: ids[i]!, personId, after,
  })));
  return ids;
}

/** Registers one received application in a transaction; returns its id. */
export async function registerApplication(db: DbOrTx, a: NewApplication, userId: number): Promise<number> {
  return db.transaction(async (tx) => (await insertApplications(tx, [a], userId))[0]!);
}

/** A pending application as the person page and «Søknader under behandling» show it. */
export interface PendingApplication {
  id: number;
  personId: number;
  personName: string;
  kind: PlaceKind;
  requiredTags: string[];
  receivedDate: string;
  applicantLocation: ApplicantLocation | null;
  handledBy: number | null;
  handlerName: string | null;
  interimReplySentDate: string | null;
  interimReplyExpectedDate: string | null;
}

/** Pending applications, oldest received first; of one person when `personId` is given. */
export async function listPendingApplications(db: DbOrTx, personId?: number): Promise<PendingApplication[]> {
  const rows = await queryRows<PendingApplication>(db, sql`
    select a.id, a.person_id as "personId", p.name as "personName", a.kind, a.required_tags as "requiredTags",
      a.received_date::text as "receivedDate", a.applicant_location as "applicantLocation", a.handled_by as "handledBy",
      u.display_name as "handlerName", a.interim_reply_sent_date::text as "interimReplySentDate",
      a.interim_reply_expected_date::text as "interimReplyExpectedDate"
    from applications a join persons p on p.id = a.person_id left join users u on u.id = a.handled_by
    where a.outcome is null ${personId === undefined ? sql`` : sql`and a.person_id = ${personId}`}
    order by a.received_date, a.id`);
  return rows.map((r) => ({ ...r, id: Number(r.id), personId: Number(r.personId), handledBy: r.handledBy === null ? null : Number(r.handledBy) }));
}

export interface Handler { id: number; name: string }

/** Who may handle a case (saksbehandler): active coordinators, by name. */
export async function listHandlers(db: DbOrTx): Promise<Handler[]> {
  const rows = await queryRows<Handler>(db, sql`
    select id, display_name as name from users where role = 'koordinator' and active order by display_name, id`);
  return rows.map((r) => ({ id: Number(r.id), name: r.name }));
}
