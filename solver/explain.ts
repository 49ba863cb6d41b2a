import { explainFinal } from './explain-admission';
import { explainContext } from './explain-context';
import { unitsByKind } from './explain-earlier';
import { explainInterim } from './explain-interim';
import { priorityIndex } from './explain-priority';
import { takersIndex } from './explain-takers';
import { explainUnplaced } from './explain-unplaced';
import type { Snapshot } from './snapshot';
import type { IndexedAdmission } from './split';

/** Bokmål explanations: one per final admission and interim stay (same order) and one per unplaced applicant index. */
export interface Explanations {
  admissions: string[];
  interim: string[];
  unplaced: Map<number, string>;
}

/**
 * Explains a plan (v1 or v2) for the allocation meeting, one sentence per decision that a
 * coordinator can read aloud: the one or two reasons that decide it (guarantee, the need only
 * this unit meets, the interim stay and where the person waits, who gets a freed bed, partners,
 * bookings), and for a lower-priority person placed while a higher-priority one waits, who that
 * is and why. Only overliggerdøgn are given in kroner; dates are absolute; applicants are named
 * by id. Reads only the snapshot and the admission lists (indices into the snapshot), never the
 * planner; runs in O(n log n) in applicants, admissions and places.
 */
export function explainPlan(snapshot: Snapshot, admissions: IndexedAdmission[], interim: IndexedAdmission[] = []): Explanations {
  const ctx = explainContext(snapshot, admissions, interim);
  const index = priorityIndex(ctx);
  const byKind = unitsByKind(ctx);
  const unplaced = new Map<number, string>();
  const waiting = snapshot.applicants.flatMap((_, i) => (ctx.finalOf[i]! < 0 ? [i] : []));
  const takers = waiting.length > 0 ? takersIndex(ctx) : [];
  for (const i of waiting) unplaced.set(i, explainUnplaced(ctx, takers, i));
  return {
    admissions: admissions.map((_, i) => explainFinal(ctx, index, byKind, i)),
    interim: interim.map((_, i) => explainInterim(ctx, index, i)),
    unplaced,
  };
}
