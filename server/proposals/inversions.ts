/** The run's «Lavere prioritet foran høyere»: worked out once per finished run, shown on Forslag and in the meeting. */
import type { Db } from '../../db/client.ts';
import type { PlanningRun } from '../../db/queries/planning-runs.ts';
import { inversionSentences, priorityInversions } from '../../solver/index.ts';

const known = new WeakMap<Db, Map<number, string[]>>();
const KEEP = 8;

/**
 * Every case where the run's plan proposes a lower-priority person ahead of a higher-priority
 * one who could have used the place, as sentences that still name people by applicant id (pass
 * them through readStoredTexts). A finished run never changes, so the answer is kept per run.
 */
export function inversionsOfRun(db: Db, run: PlanningRun): string[] {
  if (!run.plan) return [];
  const runs = known.get(db) ?? new Map<number, string[]>();
  known.set(db, runs);
  let sentences = runs.get(run.id);
  if (!sentences) {
    sentences = inversionSentences(priorityInversions(run.snapshot, run.plan));
    runs.set(run.id, sentences);
    if (runs.size > KEEP) runs.delete(runs.keys().next().value!);
  }
  return sentences;
}
