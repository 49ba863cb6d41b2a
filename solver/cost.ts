import { dayIndex } from './days';
import type { Applicant, Snapshot } from './snapshot';

/** The part of the cost of one applicant that depends only on its admission day (NOK per day, day indices). */
export interface DayCostTerms {
  /** ready day s = max(0, earliestDate, dischargeReadyDate for hospital patients) */
  ready: number;
  waitingPerDay: number;
  /** overliggerdøgn price per day; 0 unless a hospital patient */
  overliggerPerDay: number;
  /** guarantee day g, or undefined without guaranteeDate */
  guarantee: number | undefined;
  lateDayNok: number;
  breachNok: number;
}

/** Breakdown of one applicant's cost at admission day d (d = the unplaced day if unplaced). */
export interface CostParts {
  waitingNok: number;
  overliggerDays: number;
  overliggerNok: number;
  breaches: number;
  lateDays: number;
  guaranteeNok: number;
  preferenceNok: number;
}

/** Ready day s of an applicant (day index, ≥ 0; may be ≥ H). */
export function readyDay(snapshot: Snapshot, a: Applicant): number {
  let s = 0;
  if (a.earliestDate !== undefined) s = Math.max(s, dayIndex(snapshot.today, a.earliestDate));
  if (a.location.type === 'hospital') s = Math.max(s, dayIndex(snapshot.today, a.location.dischargeReadyDate));
  return s;
}

/** Precomputes the day-dependent cost terms of applicant `a`. */
export function dayCostTerms(snapshot: Snapshot, a: Applicant): DayCostTerms {
  const c = snapshot.costs;
  return {
    ready: readyDay(snapshot, a),
    waitingPerDay: c.waitingDayNok[String(a.priority) as '1' | '2' | '3'],
    overliggerPerDay: a.location.type === 'hospital' ? c.overliggerdognNok : 0,
    guarantee: a.guaranteeDate === undefined ? undefined : dayIndex(snapshot.today, a.guaranteeDate),
    lateDayNok: c.guaranteeLateDayNok,
    breachNok: c.guaranteeBreachNok,
  };
}

/**
 * Day on which a person given no final admission is priced: H + tailDays (v2; they go on
 * waiting after the horizon), H in v1 (which has no tailDays).
 */
export function unplacedDay(snapshot: Snapshot): number {
  return snapshot.horizonDays + (snapshot.tailDays ?? 0);
}

/**
 * Cost parts of a final admission on day `d` (the unplaced day when none) with the first
 * admission, interim or final, on day `f` (overliggerdøgn end there); without preference.
 */
export function dayCostParts(t: DayCostTerms, d: number, f = d): CostParts {
  const waited = Math.max(0, d - t.ready);
  const inHospital = Math.max(0, Math.min(f, d) - t.ready);
  const g = t.guarantee;
  const late = g !== undefined && d > g ? d - Math.max(g, 0) : 0;
  const breaches = late > 0 && g !== undefined && g >= 0 ? 1 : 0;
  return {
    waitingNok: waited * t.waitingPerDay,
    overliggerDays: t.overliggerPerDay > 0 ? inHospital : 0,
    overliggerNok: inHospital * t.overliggerPerDay,
    breaches,
    lateDays: late,
    guaranteeNok: late * t.lateDayNok + breaches * t.breachNok,
    preferenceNok: 0,
  };
}

/** Total NOK of a final admission on day `d` (the unplaced day if none) with no interim stay, without preference; nondecreasing in d. */
export function dayCost(t: DayCostTerms, d: number): number {
  const p = dayCostParts(t, d);
  return p.waitingNok + p.overliggerNok + p.guaranteeNok;
}

/** Waiting and guarantee NOK of a final admission on day `d`: the cost without overliggerdøgn (which end at the first admission). */
export function finalDayCost(t: DayCostTerms, d: number): number {
  const p = dayCostParts(t, d);
  return p.waitingNok + p.guaranteeNok;
}

/** Overliggerdøgn NOK of a hospital patient whose first admission (interim or final) is on day `f`. */
export function overliggerCost(t: DayCostTerms, f: number): number {
  return Math.max(0, f - t.ready) * t.overliggerPerDay;
}

/** Preference penalty of placing `a` in `unitId` (0 without preferredUnits). */
export function preferenceCost(snapshot: Snapshot, a: Applicant, unitId: string): number {
  const pref = a.preferredUnits;
  return pref !== undefined && pref.length > 0 && !pref.includes(unitId) ? snapshot.costs.nonPreferredNok : 0;
}

/** Cost of a plan, as in the plan format (NOK; day and breach counts exact). */
export interface PlanCost {
  total: number;
  waitingNok: number;
  overliggerdogn: { days: number; nok: number };
  guarantee: { breaches: number; lateDays: number; nok: number };
  preferenceNok: number;
  /** v2 only: the number of interim stays */
  interimStays?: number;
}

/** Minimal admission shape for costing: who, where, which ISO date. */
export interface AdmissionRef {
  applicantId: string;
  unitId: string;
  date: string;
}

/**
 * The format's cost of a plan (v1 or v2 by the snapshot's format): every applicant not in
 * `admissions` counts as admitted on the unplaced day (H, or H + tailDays in v2); overliggerdøgn
 * end at the first admission, interim (`interimStays`, v2) or final. Does not check hard rules
 * (see the tests' checker); unknown applicant ids throw.
 */
export function computeCost(
  snapshot: Snapshot,
  admissions: readonly AdmissionRef[],
  interimStays: readonly AdmissionRef[] = [],
): PlanCost {
  const byId = new Map(admissions.map((x) => [x.applicantId, x]));
  const interimById = new Map(interimStays.map((x) => [x.applicantId, x]));
  const D = unplacedDay(snapshot);
  const sum: PlanCost = {
    total: 0,
    waitingNok: 0,
    overliggerdogn: { days: 0, nok: 0 },
    guarantee: { breaches: 0, lateDays: 0, nok: 0 },
    preferenceNok: 0,
  };
  for (const a of snapshot.applicants) {
    const adm = byId.get(a.id);
    const d = adm ? dayIndex(snapshot.today, adm.date) : D;
    const stay = interimById.get(a.id);
    const p = dayCostParts(dayCostTerms(snapshot, a), d, stay ? dayIndex(snapshot.today, stay.date) : d);
    p.preferenceNok = adm ? preferenceCost(snapshot, a, adm.unitId) : 0;
    sum.waitingNok += p.waitingNok;
    sum.overliggerdogn.days += p.overliggerDays;
    sum.overliggerdogn.nok += p.overliggerNok;
    sum.guarantee.breaches += p.breaches;
    sum.guarantee.lateDays += p.lateDays;
    sum.guarantee.nok += p.guaranteeNok;
    sum.preferenceNok += p.preferenceNok;
  }
  const ids = new Set(snapshot.applicants.map((a) => a.id));
  if ([...admissions, ...interimStays].some((x) => !ids.has(x.applicantId))) {
    throw new Error('computeCost: admission of an unknown applicant');
  }
  if (snapshot.format === 'plassplan.snapshot/2') sum.interimStays = interimStays.length;
  sum.total = sum.waitingNok + sum.overliggerdogn.nok + sum.guarantee.nok + sum.preferenceNok;
  return sum;
}
