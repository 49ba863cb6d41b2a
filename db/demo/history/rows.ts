/**
 * A History as rows of today's tables. Ids are given here (index + 1, in an empty
 * database), so rows can refer to each other without a round trip; the loader moves the
 * sequences past them. Left out, because the schema has no place for them yet (issue 14):
 * caseworkers, foreløpig svar, appeals, and applications closed without a vedtak.
 */
import type { InferInsertModel } from 'drizzle-orm';
import { osloInstant } from '../../dates.ts';
import type * as schema from '../../schema.ts';
import { INSTITUTIONS } from '../institutions.ts';
import type { History } from './types.ts';

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
  placeReports: Row<'placeReports'>[];
  bookingSeries: Row<'bookingSeries'>[];
  bookings: Row<'bookings'>[];
}

/** The reason a hospital stay ended, as a coordinator writes it in the form. */
const HOSPITAL_END_TEXT = { institusjon: 'Til kommunal institusjon', hjem: 'Hjem, med eller uten hjemmetjenester', dod: 'Død på sykehuset' } as const;

/** Applicant ids in stored snapshots and plans as the app writes them (`V-<entry id>`). */
const applicantOf = (simId: string) => `V-${Number(simId.slice(1)) + 1}`;

function renameApplicants(doc: unknown): unknown {
  if (doc === null || typeof doc !== 'object') return doc;
  const d = doc as Record<string, unknown>;
  const rename = (list: unknown, key: 'id' | 'applicantId') => (Array.isArray(list)
    ? list.map((x: Record<string, unknown>) => ({ ...x, [key]: applicantOf(String(x[key])) })) : list);
  return {
    ...d,
    ...(d.applicants ? { applicants: rename(d.applicants, 'id') } : {}),
    ...(d.admissions ? { admissions: rename(d.admissions, 'applicantId') } : {}),
    ...(d.interimStays ? { interimStays: rename(d.interimStays, 'applicantId') } : {}),
    ...(d.unplaced ? { unplaced: rename(d.unplaced, 'applicantId') } : {}),
  };
}

/** Every row of the history for the tables that exist today. */
export function historyRows(history: History): HistoryRows {
  const at = (day: string, hour: number, minute = 0) => osloInstant(day, hour, minute);
  const unitId = new Map(INSTITUTIONS.flatMap((i) => i.units).map((u, i) => [u.code, i + 1]));
  const applicationId = new Map<number, number>();
  const applications = history.applications.flatMap((a, index) => {
    if (a.receivedDate > history.lastDay || (a.outcome === null && a.closedOn !== null)) return [];
    applicationId.set(index, applicationId.size + 1);
    return [{
      id: applicationId.size, personId: a.person + 1, receivedDate: a.receivedDate, kind: a.kind, requiredTags: a.requiredTags,
      outcome: a.outcome, decisionDate: a.decisionDate, priority: a.priority, guaranteeDate: a.guaranteeDate, interimAllowed: a.interimAllowed && a.outcome !== 'avslag',
      appealRegime: a.appealRegime, createdAt: at(a.receivedDate, 10),
    }];
  });
  const allocationId = new Map<number, number>();
  const allocations = history.allocations.flatMap((a, index) => {
    // An interim stay is a unit stay without an allocation, as the app records it.
    if (a.interim) return [];
    allocationId.set(index, allocationId.size + 1);
    return [{
      id: allocationId.size, entryId: a.entry + 1, unitId: unitId.get(a.unit)!, date: a.date, status: a.status,
      planningRunId: a.run === null ? null : a.run + 1, meetingId: a.meeting === null ? null : a.meeting + 1, reason: a.reason,
      decidedAt: at(a.decidedOn, 13), createdAt: at(a.proposedOn, 11),
    }];
  });
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
      id: i + 1, createdAt: at(r.on, 9, 30), snapshot: renameApplicants(r.snapshot), plan: renameApplicants(r.plan), status: r.status,
      policy: 'balansert', engine: r.engine, millis: r.millis,
    })),
    meetings: history.meetings.map((m, i) => ({ id: i + 1, weekStart: m.weekStart, heldAt: at(m.heldOn, 10), planningRunId: m.run + 1 })),
    allocations,
    hospitalStays: history.hospitalStays.filter((h) => h.admittedDate <= history.lastDay).map((h) => {
      const ready = h.dischargeReadyDate <= history.lastDay;
      return {
        personId: h.person + 1, admittedDate: h.admittedDate, dischargeReadyDate: ready ? h.dischargeReadyDate : null,
        notifiedAt: ready ? at(h.dischargeReadyDate, 9) : null, status: h.endedDate ? 'utskrevet' : ready ? 'utskrivningsklar' : 'innlagt',
        endedDate: h.endedDate, endedReason: h.endedReason ? HOSPITAL_END_TEXT[h.endedReason] : null,
      };
    }),
    unitStays: history.unitStays.map((s) => ({
      personId: s.person + 1, unitId: unitId.get(s.unit)!, allocationId: s.allocation === null ? null : allocationId.get(s.allocation)!,
      fromDate: s.fromDate, toDate: s.toDate, endReason: s.endReason, endedAt: s.toDate ? at(s.toDate, 14) : null,
    })),
    placeReports: history.placeReports.map((r) => ({
      unitId: unitId.get(r.unit)!, reportedAt: at(r.on, 7, 30), staffedBeds: r.staffedBeds, occupied: r.occupied, freeNow: r.freeNow, reserved: r.reserved,
    })),
    bookingSeries,
    bookings: history.respite.flatMap((r, i) => r.stays.map((s) => ({
      personId: r.person + 1, unitId: unitId.get(r.unit)!, seriesId: i + 1, fromDate: s.from, toDate: s.to, note: 'Avlastning for pårørende',
      createdAt: at(history.firstDay, 9), updatedAt: at(history.firstDay, 9),
    }))),
  };
}
