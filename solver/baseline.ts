import { addFrom, addRange, earliestFreeFrom, initialFree } from './baseline-places';
import { mutualPartners } from './baseline-partners';
import { readyDay } from './cost';
import { canTake, canTakeInterim, occupiedUnit } from './rules';
import type { Applicant, Snapshot } from './snapshot';
import type { IndexedAdmission } from './split';

/** A first-come-first-served plan in index form: final admissions and (v2) interim stays. */
export interface FcfsAdmissions {
  admissions: IndexedAdmission[];
  interimStays: IndexedAdmission[];
}

interface Ledger {
  snapshot: Snapshot;
  /** free[u][t]: places of unit u on day t that nothing holds (see baseline-places.ts); never < 0 */
  free: number[][];
  unitIndex: Map<string, number>;
  out: FcfsAdmissions;
}

interface Choice {
  unit: number;
  day: number;
  /** how many of the people placed here did not prefer the unit */
  rank: number;
}

/**
 * First come, first served, as an office without a planner would allocate: applicants in order
 * of decisionDate (unknown last), then ready day, then id; each takes the earliest day on which
 * some fitting unit has a place it can keep for good (preferred units first, then snapshot
 * order). Moves free places through the chain rule for those who come later. v2: bookings hold
 * their places; partners come at the first one's turn and take the earliest day on which one
 * unit has two places for both, or stay unplaced together; a hospital patient with `interim`
 * who gets no own place on the ready day waits from the earliest day a fitting korttid place is
 * free until the own admission + turnaroundDays (for good if none). Keeps hard rules 1–4;
 * not optimal. For v1 snapshots the plan is exactly the v1 baseline's. O(people × units × H).
 */
export function firstComeFirstServed(snapshot: Snapshot): FcfsAdmissions {
  const ledger: Ledger = {
    snapshot,
    free: snapshot.units.map((u) => initialFree(snapshot, u)),
    unitIndex: new Map(snapshot.units.map((u, i) => [u.id, i])),
    out: { admissions: [], interimStays: [] },
  };
  const partner = mutualPartners(snapshot);
  const handled = new Array<boolean>(snapshot.applicants.length).fill(false);
  for (const ai of fcfsOrder(snapshot)) {
    if (handled[ai]) continue;
    const bi = partner[ai]!;
    if (bi < 0) placeAlone(ledger, ai);
    else placeTogether(ledger, [ai, bi]);
    handled[ai] = true;
    if (bi >= 0) handled[bi] = true;
  }
  return ledger.out;
}

function placeAlone(ledger: Ledger, ai: number): void {
  const a = ledger.snapshot.applicants[ai]!;
  const s = readyDay(ledger.snapshot, a);
  const choice = earliestUnit(ledger, [a], s);
  if (choice) admit(ledger, [ai], choice);
  if (a.interim !== undefined && a.location.type === 'hospital' && (choice === undefined || choice.day > s)) {
    placeInterim(ledger, ai, s, choice?.day);
  }
}

/** Partners (hard rule 4): same unit, same day, on or after the later ready day, or neither. */
function placeTogether(ledger: Ledger, pair: number[]): void {
  const people = pair.map((i) => ledger.snapshot.applicants[i]!);
  const s = Math.max(...people.map((a) => readyDay(ledger.snapshot, a)));
  const choice = earliestUnit(ledger, people, s);
  if (choice) admit(ledger, pair, choice);
}

/** The fitting unit with the earliest day from which places for all `people` stay free, preferred first. */
function earliestUnit(ledger: Ledger, people: Applicant[], s: number): Choice | undefined {
  const H = ledger.snapshot.horizonDays;
  let best: Choice | undefined;
  ledger.snapshot.units.forEach((u, ui) => {
    if (!people.every((a) => canTake(a, u))) return;
    const day = earliestFreeFrom(ledger.free[ui]!, s, people.length);
    const rank = people.filter((a) => a.preferredUnits?.length && !a.preferredUnits.includes(u.id)).length;
    if (day < H && (!best || day < best.day || (day === best.day && rank < best.rank))) best = { unit: ui, day, rank };
  });
  return best;
}

/** Final admissions hold their places for good; each occupant's own bed is ready T days after the move. */
function admit(ledger: Ledger, people: number[], choice: Choice): void {
  const { snapshot, free } = ledger;
  addFrom(free[choice.unit]!, choice.day, -people.length);
  for (const ai of people) {
    const home = occupiedUnit(snapshot.applicants[ai]!);
    if (home !== undefined) addFrom(free[ledger.unitIndex.get(home)!]!, choice.day + snapshot.turnaroundDays, 1);
    ledger.out.admissions.push({ applicant: ai, unit: choice.unit, day: choice.day });
  }
}

/**
 * Interim korttid stay from the earliest day e ≥ s (e < own admission day d, e ≤ H-1) on which a
 * fitting korttid place is free up to d + T, when the bed is ready again (to the horizon's end if
 * there is no own admission). Earliest e: overliggerdøgn end at the first admission.
 */
function placeInterim(ledger: Ledger, ai: number, s: number, d: number | undefined): void {
  const { snapshot, free } = ledger;
  const a = snapshot.applicants[ai]!;
  const H = snapshot.horizonDays;
  const end = d === undefined ? H : Math.min(H, d + snapshot.turnaroundDays);
  const last = Math.min(d ?? H, H);
  let best: { unit: number; day: number } | undefined;
  snapshot.units.forEach((u, ui) => {
    if (!canTakeInterim(a, u)) return;
    const e = earliestFreeFrom(free[ui]!, s, 1, end);
    if (e < last && (!best || e < best.day)) best = { unit: ui, day: e };
  });
  if (!best) return;
  addRange(free[best.unit]!, best.day, end, -1);
  ledger.out.interimStays.push({ applicant: ai, unit: best.unit, day: best.day });
}

function fcfsOrder(snapshot: Snapshot): number[] {
  const key = snapshot.applicants.map((a) => ({ d: a.decisionDate ?? '9999-12-31', s: readyDay(snapshot, a), id: a.id }));
  return key
    .map((_, i) => i)
    .sort((x, y) => key[x]!.d.localeCompare(key[y]!.d) || key[x]!.s - key[y]!.s || key[x]!.id.localeCompare(key[y]!.id));
}
