import { readFileSync } from 'node:fs';
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
