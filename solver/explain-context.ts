import { dayIndex } from './days';
import { dayCostTerms, unplacedDay, type DayCostTerms } from './cost';
import { placeLedger, type PlaceLedger, type PlaceUser } from './explain-beds';
import { bookingText, dateText, overliggerText, unitName } from './explain-text';
import { occupiedUnit } from './rules';
import type { Applicant, Snapshot } from './snapshot';
import type { IndexedAdmission } from './split';

/** What every explanation of one plan reads: the plan indexed per applicant, and its place ledger. */
export interface ExplainContext {
  snapshot: Snapshot;
  finals: IndexedAdmission[];
  interim: IndexedAdmission[];
  /** applicant → index into `finals`, or -1 */
  finalOf: Int32Array;
  /** applicant → index into `interim`, or -1 */
  interimOf: Int32Array;
  /** applicant → partner applicant, or -1 */
  partnerOf: Int32Array;
  terms: DayCostTerms[];
  ledger: PlaceLedger;
  unitIndex: Map<string, number>;
  /** the day a person without a final admission is priced at (H + tailDays, or H in v1) */
  unplacedDay: number;
  uses: UnitUses;
}

/** Per unit, the places used by final admissions and interim stays, in day order. */
export type UnitUses = { day: number; applicant: number; interim: boolean }[][];

function unitUses(snapshot: Snapshot, finals: IndexedAdmission[], interim: IndexedAdmission[]): UnitUses {
  const out: UnitUses = snapshot.units.map(() => []);
  for (const x of finals) out[x.unit]!.push({ day: x.day, applicant: x.applicant, interim: false });
  for (const x of interim) out[x.unit]!.push({ day: x.day, applicant: x.applicant, interim: true });
  for (const list of out) list.sort((p, q) => p.day - q.day);
  return out;
}

/** Indexes a plan for explaining; O(applicants + admissions + places log). */
export function explainContext(snapshot: Snapshot, finals: IndexedAdmission[], interim: IndexedAdmission[]): ExplainContext {
  const n = snapshot.applicants.length;
  const finalOf = new Int32Array(n).fill(-1);
  const interimOf = new Int32Array(n).fill(-1);
  finals.forEach((x, i) => (finalOf[x.applicant] = i));
  interim.forEach((x, i) => (interimOf[x.applicant] = i));
  const byId = new Map(snapshot.applicants.map((a, i) => [a.id, i]));
  const partnerOf = new Int32Array(n).fill(-1);
  snapshot.applicants.forEach((a, i) => (partnerOf[i] = a.partnerId === undefined ? -1 : (byId.get(a.partnerId) ?? -1)));
  return {
    snapshot,
    finals,
    interim,
    finalOf,
    interimOf,
    partnerOf,
    terms: snapshot.applicants.map((a) => dayCostTerms(snapshot, a)),
    ledger: placeLedger(snapshot, finals, interim),
    unitIndex: new Map(snapshot.units.map((u, i) => [u.id, i])),
    unplacedDay: unplacedDay(snapshot),
    uses: unitUses(snapshot, finals, interim),
  };
}

/** Applicant `i`'s final admission day, or Infinity when the plan gives none. */
export function finalDay(ctx: ExplainContext, i: number): number {
  const f = ctx.finalOf[i]!;
  return f < 0 ? Infinity : ctx.finals[f]!.day;
}

/** Day of applicant `i`'s first admission, interim or final, or Infinity. */
export function firstDay(ctx: ExplainContext, i: number): number {
  const s = ctx.interimOf[i]!;
  return s >= 0 ? ctx.interim[s]!.day : finalDay(ctx, i);
}

/** The unit index an applicant occupies now, or undefined. */
export function homeUnit(ctx: ExplainContext, a: Applicant): number | undefined {
  const home = occupiedUnit(a);
  return home === undefined ? undefined : ctx.unitIndex.get(home);
}

/** "sykehuspasient P-3002" for a hospital patient, else the id. */
export function personText(ctx: ExplainContext, i: number): string {
  const a = ctx.snapshot.applicants[i]!;
  return a.location.type === 'hospital' ? `sykehuspasient ${a.id}` : a.id;
}

/**
 * Who uses a bed freed by a move, as a phrase: "sykehuspasient P-3002 04.12.2026, som sparer
 * 1 overliggerdøgn (5 981 kr)" (without the date or the saving when asked), or "avlastning
 * 04.12.–07.12.2026" for a booking.
 */
export function placeUserText(ctx: ExplainContext, user: PlaceUser, dated = true, withGain = true): string {
  if (user.type === 'booking') return `avlastning ${bookingText(user.booking)}`;
  const x = user.type === 'final' ? ctx.finals[user.index]! : ctx.interim[user.index]!;
  // A person already out of hospital in an interim bed is spared no overliggerdøgn by the move.
  const saved = withGain && x.day === firstDay(ctx, x.applicant) ? savedInHospital(ctx, x.applicant, x.day) : 0;
  const gain = saved > 0 ? `, som sparer ${overliggerText(saved, ctx.terms[x.applicant]!.overliggerPerDay)}` : '';
  return `${personText(ctx, x.applicant)}${dated ? ` ${dateText(ctx.snapshot, x.day)}` : ''}${gain}`;
}

/**
 * Overliggerdøgn a hospital patient is spared within the planning period by leaving hospital
 * on day `day` instead of staying to its end (0 for others).
 */
export function savedInHospital(ctx: ExplainContext, i: number, day: number): number {
  const t = ctx.terms[i]!;
  return t.overliggerPerDay > 0 ? Math.max(0, ctx.snapshot.horizonDays - Math.max(day, t.ready)) : 0;
}

/** "Breidablikk helsehus, korttid": where a person waits whose bed the move frees. */
export function freedBedUnit(ctx: ExplainContext, i: number): number | undefined {
  const a = ctx.snapshot.applicants[i]!;
  const s = ctx.interimOf[i]!;
  return s >= 0 ? ctx.interim[s]!.unit : homeUnit(ctx, a);
}

/**
 * Who gets the bed applicant `i` frees by its final admission, as a clause starting with `lead`
 * ("sengen der"); for a booking also who can take a place because the booking uses the freed
 * bed; '' if nobody uses it.
 */
export function freedBedClause(ctx: ExplainContext, i: number, lead: string): string {
  const user = ctx.ledger.releaseUser.get(i);
  const unit = freedBedUnit(ctx, i);
  if (user === undefined || unit === undefined) return '';
  if (user.type !== 'booking') return `${lead} går så til ${placeUserText(ctx, user)}`;
  const moved = finalDay(ctx, i);
  const from = dayIndex(ctx.snapshot.today, user.booking.from);
  // The booking takes the freed bed, so whoever moved in between takes a place it would have needed.
  const helped = ctx.uses[unit]!.filter((u) => u.day >= moved && u.day <= from && u.applicant !== i).pop();
  const then = helped ? `, så ${personText(ctx, helped.applicant)} kan få plass ${dateText(ctx.snapshot, helped.day)}` : '';
  return `${lead} holdes så av til ${placeUserText(ctx, user)}${then}`;
}

/** The applicant who uses the bed `i` frees, if that is a person. */
export function freedBedTaker(ctx: ExplainContext, i: number): number | undefined {
  const user = ctx.ledger.releaseUser.get(i);
  if (user === undefined || user.type === 'booking') return undefined;
  return (user.type === 'final' ? ctx.finals[user.index]! : ctx.interim[user.index]!).applicant;
}
