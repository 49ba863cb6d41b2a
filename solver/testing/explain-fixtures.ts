import { existsSync, readFileSync } from 'node:fs';
import { dayIndex } from '../days';
import { assemblePlan } from '../plan';
import type { Plan } from '../plan-types';
import { validateSnapshot, type Snapshot } from '../snapshot';
import type { IndexedAdmission } from '../split';

/** A decision written by hand: applicant id, unit id, ISO date. */
export type HandAdmission = [applicantId: string, unitId: string, date: string];

/** Index form of hand-written decisions; unknown ids throw. */
export function indexed(snapshot: Snapshot, list: readonly HandAdmission[]): IndexedAdmission[] {
  return list.map(([a, u, date]) => {
    const applicant = snapshot.applicants.findIndex((p) => p.id === a);
    const unit = snapshot.units.findIndex((v) => v.id === u);
    if (applicant < 0 || unit < 0) throw new Error(`unknown id in ${a} ${u}`);
    return { applicant, unit, day: dayIndex(snapshot.today, date) };
  });
}

/** The plan document of hand-written final admissions and interim stays (solver fields are placeholders). */
export function handPlan(snapshot: Snapshot, finals: readonly HandAdmission[], interim: readonly HandAdmission[] = []): Plan {
  return assemblePlan(snapshot, indexed(snapshot, finals), { name: 'hand', status: 'feasible', bound: 0, millis: 0 }, indexed(snapshot, interim));
}

/** A valid snapshot from JSON-like input; throws with the problems otherwise. */
export function snapshotOf(input: unknown): Snapshot {
  const v = validateSnapshot(input);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.snapshot;
}

/** A snapshot file read and validated. */
export function snapshotFile(url: URL): Snapshot {
  return snapshotOf(JSON.parse(readFileSync(url, 'utf8')));
}

// The shared folders beside the repository are the source; cases/ (v1) and cases-v2/ hold
// committed copies for a fresh clone elsewhere (CI).
const shared = { v1: new URL('../../../shared/planning-examples/', import.meta.url), v2: new URL('../../../shared/planning-examples-v2/', import.meta.url) };
const copies = { v1: new URL('../cases/', import.meta.url), v2: new URL('../cases-v2/', import.meta.url) };

/** A public example snapshot by name ("interim-from-hospital"), v1 or v2. */
export function example(version: 'v1' | 'v2', name: string): Snapshot {
  const dir = existsSync(shared[version]) ? shared[version] : copies[version];
  return snapshotFile(new URL(`${name}.json`, dir));
}

/** The whys of a plan by applicant id: final admission, interim stay, unplaced. */
export function whysOf(plan: Plan): Map<string, { final?: string; interim?: string; unplaced?: string }> {
  const out = new Map<string, { final?: string; interim?: string; unplaced?: string }>();
  const at = (id: string) => out.get(id) ?? out.set(id, {}).get(id)!;
  for (const x of plan.admissions) at(x.applicantId).final = x.why;
  for (const x of plan.interimStays ?? []) at(x.applicantId).interim = x.why;
  for (const x of plan.unplaced) at(x.applicantId).unplaced = x.why;
  return out;
}

/** Every why of a plan. */
export function allWhys(plan: Plan): string[] {
  return [...plan.admissions, ...(plan.interimStays ?? []), ...plan.unplaced].map((x) => x.why);
}

/** Words that go stale once a text is stored. */
export const RELATIVE_DAY = /\b(i dag|i morgen|i overmorgen|i går|i forgårs|neste uke|forrige uke|om \d+ dager|for \d+ dager siden)\b/i;

/** "kr" anywhere except right after an overliggerdøgn count: "2 overliggerdøgn (11 962 kr)". */
export function kronerNotOverligger(text: string): string[] {
  return text.replace(/\d+ overliggerdøgn \(\d{1,3}(?: \d{3})* kr\)/g, '').match(/\bkr\b|kroner|NOK/gi) ?? [];
}

/** The priority tests' world: a home and a hospital location, two langtid units and a full korttid unit. */
export type Json = Record<string, unknown>;
export const home = { type: 'home' };
export const hospital = { type: 'hospital', dischargeReadyDate: '2026-12-01' };
export const units: [Json, Json, Json] = [
  { id: 'SOL-L', name: 'Solbakken langtid', kind: 'langtid', freeNow: 1 },
  { id: 'FJE-L', name: 'Fjellvang langtid', kind: 'langtid', freeNow: 0, departures: [{ date: '2026-12-04', count: 1 }] },
  { id: 'BRE-K', name: 'Breidablikk korttid', kind: 'korttid', freeNow: 0 },
];
