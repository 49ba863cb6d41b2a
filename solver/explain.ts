import type { Snapshot } from './snapshot';
import type { IndexedAdmission } from './split';

/** Bokmål explanations: one per admission (same order) and one per unplaced applicant index. */
export interface Explanations {
  admissions: string[];
  unplaced: Map<number, string>;
}

/** Explains a plan (placeholder). */
export function explainPlan(snapshot: Snapshot, admissions: IndexedAdmission[]): Explanations {
  const placed = new Set(admissions.map((x) => x.applicant));
  const unplaced = new Map<number, string>();
  snapshot.applicants.forEach((_, i) => {
    if (!placed.has(i)) unplaced.set(i, 'Ingen passende plass i perioden.');
  });
  return { admissions: admissions.map(() => 'Tildelt plass.'), unplaced };
}
