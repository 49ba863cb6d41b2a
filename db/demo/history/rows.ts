/**
 * A History as rows of today's tables. Ids are given here (index + 1, in an empty
 * database), so rows can refer to each other without a round trip; the loader moves the
 * sequences past them. The caseworkers are users the loader creates first (their ids come
 * in). Left out, because the schema has no place for them: applications closed without a
 * vedtak (the person died or withdrew first).
 */
import type { InferInsertModel } from 'drizzle-orm';
import { osloInstant } from '../../dates.ts';
import type * as schema from '../../schema.ts';
import { addDays, daysBetween } from '../../dates.ts';
import { INSTITUTIONS } from '../institutions.ts';
import { GRANTED_REASONING, REFUSED_REASONING } from '../texts.ts';
import { CASEWORKERS } from './config.ts';
import type { History, HistUnitStay, Origin } from './types.ts';

type Row<T extends keyof typeof schema> = (typeof schema)[T] extends infer Table ? Table extends import('drizzle-orm/pg-core').PgTable ? InferInsertModel<Table> : never : never;

/** Insert rows per table, in the loader's order. */
export interface HistoryRows {
  institutions: Row<'institutions'>[];
  units: Row<'units'>[];
  persons: Row<'persons'>[];
  applications: Row<'applications'>[];
  waitlistEntries: Row<'waitlistEntries'>[];
  planningRuns: Row<'planningRuns'>[];
  meetings: Row<'meetings'>[];
  allocations: Row<'allocations'>[];
  hospitalStays: Row<'hospitalStays'>[];
  unitStays: Row<'unitStays'>[];
  appeals: Row<'appeals'>[];
  placeReports: Row<'placeReports'>[];
  expectedDepartures: Row<'expectedDepartures'>[];
  bookingSeries: Row<'bookingSeries'>[];
  bookings: Row<'bookings'>[];
}

/**
 * How a hospital stay ended, as the app records it: an admission ends it «utskrevet» with
 * the admission's reason (db/queries/allocations.ts leaveCurrentPlace), a death «avmeldt»
 * with reason «død» (db/queries/waitlist-status.ts markDeceased), home as a coordinator
 * writes it. Where the patient went is then readable without the text: an institution is a
 * unit stay from the ended date, a death is `avmeldt`, home is neither.
 */
const HOSPITAL_END = {
  institusjon: { status: 'utskrevet', reason: 'Innskrevet i kommunal plass' },
  hjem: { status: 'utskrevet', reason: 'Hjem, med eller uten hjemmetjenester' },
  dod: { status: 'avmeldt', reason: 'død' },
} as const;

/** Where the applicant was when the application came in (schema.ts APPLICANT_LOCATIONS). */
const LOCATION: Record<Origin, 'hjemme' | 'sykehus' | 'korttid'> = { home: 'hjemme', hospital: 'sykehus', unit: 'korttid' };

/** The vedtak's begrunnelse, as the hand-made demo words it (db/demo/texts.ts). */
function reasoningOf(a: History['applications'][number]): string | null {
  if (a.outcome === null) return null;
  if (a.outcome === 'avslag') return REFUSED_REASONING[a.kind];
  return GRANTED_REASONING[a.outcome === 'ventelistevedtak' ? 'langtid-venteliste' : a.kind];
}

/** Days ahead a leader reports the planned ends of korttid stays (settings.horizonDays' default). */
const DEPARTURES_AHEAD_DAYS = 28;

/**
 * The departures each unit's latest report expects: the planned ends, from that day and
 * within four weeks, of the stays still open at the end (the korttid guests' planned ends).
 */
function expectedDeparturesOf(history: History, reportIds: readonly number[]): Row<'expectedDepartures'>[] {
  // Reports are in day order: the last one of a unit is its latest.
  const latest = new Map<string, number>();
  history.placeReports.forEach((r, i) => latest.set(r.unit, i));
  return history.unitStays.flatMap((s) => {
    const report = latest.get(s.unit);
    if (report === undefined || s.toDate !== null || !s.plannedEnd) return [];
    const on = history.placeReports[report]!.on;
    if (s.plannedEnd < on || s.plannedEnd > addDays(on, DEPARTURES_AHEAD_DAYS)) return [];
    return [{ reportId: reportIds[report]!, date: s.plannedEnd, count: 1, personId: s.person + 1 }];
  });
}

/** Days between a korttid stay's reviews (settings.korttidReviewAfterDays' default). */
const REVIEW_EVERY_DAYS = 14;

/**
 * A korttid stay's revurderingsdato: its planned end; for a stay waiting for a long-term place
 * (no planned end), reviewed every 14 days from admission, the next review on or after the
 * history's today (an ended one: its first review).
 */
function reviewDate(stay: HistUnitStay, today: string): string {
  if (stay.plannedEnd) return stay.plannedEnd;
  const first = addDays(stay.fromDate, REVIEW_EVERY_DAYS);
  if (stay.toDate !== null || first >= today) return first;
  return addDays(first, Math.ceil(daysBetween(first, today) / REVIEW_EVERY_DAYS) * REVIEW_EVERY_DAYS);
}

/** What the rows need from the database: the users the caseworkers are (index into CASEWORKERS → user id). */
export interface RowContext { caseworkerIds: readonly number[] }

/** The engine's applicant ids (`E<entry index>`) wherever they stand, also inside the planner's sentences. */
const SIM_APPLICANT = /\bE(\d+)\b/g;

/**
 * A text or document with the engine's applicant ids as the app writes them (`V-<entry id>`),
 * so stored snapshots, plans and reasons read like the app's own (server/stored-texts.ts
 * swaps `V-<id>` for the person's name on the pages).
 */
export const renameApplicants = (text: string): string => text.replace(SIM_APPLICANT, (_, index: string) => `V-${Number(index) + 1}`);

const renameInDocument = (doc: unknown): unknown => (doc === null || doc === undefined ? doc : JSON.parse(renameApplicants(JSON.stringify(doc))));

/** Every row of the history. */
export function historyRows(history: History, context: RowContext): HistoryRows {
  const at = (day: string, hour: number, minute = 0) => osloInstant(day, hour, minute);
  const unitId = new Map(INSTITUTIONS.flatMap((i) => i.units).map((u, i) => [u.code, i + 1]));
  const today = addDays(history.lastDay, 1);
  const caseworker = (index: number) => context.caseworkerIds[index % context.caseworkerIds.length]!;
  const reply = new Map(history.provisionalReplies.map((r) => [r.application, r]));
  const applicationId = new Map<number, number>();
  const applications = history.applications.flatMap((a, index) => {
    if (a.receivedDate > history.lastDay || (a.outcome === null && a.closedOn !== null)) return [];
    applicationId.set(index, applicationId.size + 1);
    const interimReply = reply.get(index);
    return [{
      id: applicationId.size, personId: a.person + 1, receivedDate: a.receivedDate, kind: a.kind, requiredTags: a.requiredTags,
      outcome: a.outcome, decisionDate: a.decisionDate, priority: a.priority, guaranteeDate: a.guaranteeDate, interimAllowed: a.interimAllowed && a.outcome !== 'avslag',
      appealRegime: a.appealRegime, reasoning: reasoningOf(a), handledBy: caseworker(a.caseworker), decidedBy: a.outcome === null ? null : caseworker(a.caseworker),
      applicantLocation: LOCATION[a.origin], interimReplySentDate: interimReply?.sentOn ?? null, interimReplyExpectedDate: interimReply?.expectedBy ?? null,
      createdAt: at(a.receivedDate, 10),
    }];
  });
  const allocationId = new Map<number, number>();
  const allocations = history.allocations.map((a, index) => {
    allocationId.set(index, index + 1);
    return {
      id: index + 1, entryId: a.entry + 1, unitId: unitId.get(a.unit)!, date: a.date, status: a.status, interim: a.interim,
      planningRunId: a.run === null ? null : a.run + 1, meetingId: a.meeting === null ? null : a.meeting + 1, reason: renameApplicants(a.reason),
      decidedAt: at(a.decidedOn, 13), createdAt: at(a.proposedOn, 11),
    };
  });
  const korttidUnits = new Set(history.units.filter((u) => u.kind === 'korttid').map((u) => u.code));
  let seriesId = 0;
  const bookingSeries = history.respite.map((r) => ({
    id: ++seriesId, personId: r.person + 1, unitId: unitId.get(r.unit)!, stayDays: r.stayDays, everyWeeks: r.everyWeeks,
    firstFrom: r.firstFrom, lastDate: r.lastDate, note: 'Avlastning for pårørende', createdAt: at(history.firstDay, 9),
  }));
  return {
    institutions: INSTITUTIONS.map(({ name, type, district }, i) => ({ id: i + 1, name, type, district })),
    units: INSTITUTIONS.flatMap((inst, i) => inst.units.map((u) => ({ ...u, id: unitId.get(u.code)!, institutionId: i + 1 }))),
    persons: history.persons.map((p, i) => ({ id: i + 1, name: p.name, fnr: p.fnr, district: p.district, createdAt: at(p.registeredOn, 10) })),
    applications,
    waitlistEntries: history.entries.map((e, i) => {
      const last = e.changes.at(-1)!;
      return {
        id: i + 1, applicationId: applicationId.get(e.application)!, personId: e.person + 1, kind: e.kind, status: e.status,
        statusReason: last.reason, statusChangedAt: at(last.on, 12), earliestDate: e.earliestDate, createdAt: at(e.createdOn, 12),
      };
    }),
    planningRuns: history.planningRuns.map((r, i) => ({
      id: i + 1, createdAt: at(r.on, 9, 30), snapshot: renameInDocument(r.snapshot), plan: renameInDocument(r.plan), status: r.status,
      policy: 'balansert', engine: r.engine, millis: r.millis,
    })),
    meetings: history.meetings.map((m, i) => ({ id: i + 1, weekStart: m.weekStart, heldAt: at(m.heldOn, 10), planningRunId: m.run + 1, participants: [...CASEWORKERS] })),
    allocations,
    hospitalStays: history.hospitalStays.filter((h) => h.admittedDate <= history.lastDay).map((h) => {
      const ready = h.dischargeReadyDate <= history.lastDay;
      const end = h.endedReason ? HOSPITAL_END[h.endedReason] : null;
      return {
        personId: h.person + 1, admittedDate: h.admittedDate, dischargeReadyDate: ready ? h.dischargeReadyDate : null,
        notifiedAt: ready ? at(h.dischargeReadyDate, 9) : null, status: end?.status ?? (ready ? 'utskrivningsklar' : 'innlagt'),
        endedDate: h.endedDate, endedReason: end?.reason ?? null,
      };
    }),
    unitStays: history.unitStays.map((s) => ({
      personId: s.person + 1, unitId: unitId.get(s.unit)!, allocationId: s.allocation === null ? null : allocationId.get(s.allocation)!,
      fromDate: s.fromDate, toDate: s.toDate, endReason: s.endReason, endedAt: s.toDate ? at(s.toDate, 14) : null,
      reviewDate: korttidUnits.has(s.unit) ? reviewDate(s, today) : null,
    })),
    appeals: history.appeals.map((a) => {
      const application = history.applications[a.application]!;
      return {
        applicationId: applicationId.get(a.application)!, personId: application.person + 1, receivedDate: a.receivedOn,
        reassessedDate: a.reassessedOn, reassessmentResult: a.officeResult, sentDate: a.forwardedOn, outcome: a.result, outcomeDate: a.decidedOn,
        createdBy: caseworker(application.caseworker), createdAt: at(a.receivedOn, 11),
      };
    }),
    placeReports: history.placeReports.map((r, i) => ({
      id: i + 1, unitId: unitId.get(r.unit)!, reportedAt: at(r.on, 7, 30), staffedBeds: r.staffedBeds, occupied: r.occupied, freeNow: r.freeNow, reserved: r.reserved,
    })),
    expectedDepartures: expectedDeparturesOf(history, history.placeReports.map((_, i) => i + 1)),
    bookingSeries,
    bookings: history.respite.flatMap((r, i) => r.stays.map((s) => ({
      personId: r.person + 1, unitId: unitId.get(r.unit)!, seriesId: i + 1, fromDate: s.from, toDate: s.to, note: 'Avlastning for pårørende',
      createdAt: at(history.firstDay, 9), updatedAt: at(history.firstDay, 9),
    }))),
  };
}
