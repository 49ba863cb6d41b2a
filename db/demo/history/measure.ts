/**
 * The figures of a simulated year, read off a History the way the seeds' annual reports
 * count them; the calibration test and the README compare them with the targets.
 */
import { addDays, daysBetween } from '../../dates.ts';
import type { History, PlaceKind } from './types.ts';

/** A year's figures, each counted as the seeds' annual reports count it. */
export interface YearFigures {
  /** Utskrivningsklare patients (declared ready in the year), and those who went to an institution. */
  dischargeReady: number;
  toInstitution: number;
  /** Days in the year an utskrivningsklar patient waited in hospital for a place. */
  overliggerdogn: number;
  /** Vedtak in the year by kind, and the refused ones. */
  vedtak: Record<PlaceKind, number>;
  refused: number;
  /** Share of vedtak within the target days (14 korttid, 30 langtid). */
  withinTarget: { korttid: number; langtid: number };
  /** langtid entries whose guarantee date fell in the year: share not admitted by then. */
  langtidBreachShare: number;
  langtidGuaranteesDue: number;
  /** Admissions in the year by kind. */
  admissions: Record<PlaceKind, number>;
  /** Bed occupancy (stay-days ÷ bed-days) by kind, respite excluded. */
  occupancy: Record<PlaceKind, number>;
  /** Appeals received in the year; of all appeals, those the office changed itself in the year, and those the appeal body decided in the year (and upheld). */
  appeals: number;
  appealsChangedByOffice: number;
  appealsDecided: number;
  appealsUpheld: number;
  /** Vedtak in the year, all kinds. */
  vedtakTotal: number;
  provisionalReplies: number;
  meetings: number;
}

const kinds: PlaceKind[] = ['korttid', 'langtid', 'bofellesskap'];
const perKind = (f: (k: PlaceKind) => number) => Object.fromEntries(kinds.map((k) => [k, f(k)])) as Record<PlaceKind, number>;
const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

/** Figures over the last 365 days of the history. */
export function measureLastYear(history: History): YearFigures {
  const to = history.lastDay;
  const from = addDays(to, -364);
  const inYear = (d: string | null) => d !== null && d >= from && d <= to;
  const ready = history.hospitalStays.filter((h) => inYear(h.dischargeReadyDate) && h.dischargeReadyDate <= (h.endedDate ?? to));
  const afterEnd = addDays(to, 1);
  const overligger = history.hospitalStays.filter((h) => h.destination === 'institution').reduce((n, h) => {
    const start = h.dischargeReadyDate > from ? h.dischargeReadyDate : from;
    const end = h.endedDate ?? afterEnd;
    return n + Math.max(0, daysBetween(start, end < afterEnd ? end : afterEnd));
  }, 0);
  const decided = history.applications.filter((a) => inYear(a.decisionDate));
  const within = (kind: PlaceKind, days: number) => {
    const of = decided.filter((a) => a.kind === kind);
    return share(of.filter((a) => daysBetween(a.receivedDate, a.decisionDate!) <= days).length, of.length);
  };
  const admittedOn = new Map<number, string>();
  for (const a of history.allocations) if (a.status === 'admitted' && !a.interim) admittedOn.set(a.entry, a.date);
  const due = history.entries.filter((e) => e.kind === 'langtid' && inYear(history.applications[e.application]!.guaranteeDate));
  const breached = due.filter((e) => {
    const g = history.applications[e.application]!.guaranteeDate!;
    const admitted = admittedOn.get(history.entries.indexOf(e));
    const closedBefore = e.changes.some((c) => (c.status === 'deceased' || c.status === 'withdrawn') && c.on <= g);
    return !closedBefore && (admitted === undefined || admitted > g);
  });
  const bedDays = (kind: PlaceKind) => history.units.filter((u) => u.kind === kind).reduce((n, u) => n + (u.beds - u.respiteBeds) * 365, 0);
  const stayDays = (kind: PlaceKind) => history.unitStays.filter((s) => history.units.find((u) => u.code === s.unit)!.kind === kind).reduce((n, s) => {
    const start = s.fromDate > from ? s.fromDate : from;
    const end = s.toDate !== null && s.toDate < afterEnd ? s.toDate : afterEnd;
    return n + Math.max(0, daysBetween(start, end));
  }, 0);
  return {
    dischargeReady: ready.length,
    toInstitution: history.hospitalStays.filter((h) => inYear(h.endedDate) && h.endedReason === 'institusjon').length,
    overliggerdogn: overligger,
    vedtak: perKind((k) => decided.filter((a) => a.kind === k).length),
    refused: decided.filter((a) => a.outcome === 'avslag').length,
    withinTarget: { korttid: within('korttid', 14), langtid: within('langtid', 30) },
    langtidBreachShare: share(breached.length, due.length),
    langtidGuaranteesDue: due.length,
    admissions: perKind((k) => history.allocations.filter((a) => a.status === 'admitted' && !a.interim && inYear(a.date)
      && history.entries[a.entry]!.kind === k).length),
    occupancy: perKind((k) => share(stayDays(k), bedDays(k))),
    appeals: history.appeals.filter((a) => inYear(a.receivedOn)).length,
    appealsChangedByOffice: history.appeals.filter((a) => a.officeResult === 'omgjort' && inYear(a.reassessedOn)).length,
    appealsDecided: history.appeals.filter((a) => inYear(a.decidedOn)).length,
    appealsUpheld: history.appeals.filter((a) => a.result === 'stadfestet' && inYear(a.decidedOn)).length,
    vedtakTotal: decided.length,
    provisionalReplies: history.provisionalReplies.filter((p) => inYear(p.sentOn)).length,
    meetings: history.meetings.filter((m) => inYear(m.heldOn)).length,
  };
}
