/** The run's «Lavere prioritet foran høyere»: worked out once per finished run, shown on Forslag and in the meeting. */
import type { Db } from '../../db/client.ts';
import type { PlanningRun } from '../../db/queries/planning-runs.ts';
import { type InversionGroup, inversionSentences, priorityInversions } from '../../solver/index.ts';

const known = new WeakMap<Db, Map<number, InversionGroup[]>>();
const KEEP = 8;

/**
 * Every case where the run's plan proposes a lower-priority person ahead of a higher-priority
 * one who could have used the place, per placement, in words that still name people by applicant id (pass
 * them through readStoredTexts). A finished run never changes, so the answer is kept per run.
 */
export function inversionsOfRun(db: Db, run: PlanningRun): InversionGroup[] {
  if (!run.plan) return [];
  const runs = known.get(db) ?? new Map<number, InversionGroup[]>();
  known.set(db, runs);
  let sentences = runs.get(run.id);
  if (!sentences) {
    sentences = inversionSentences(priorityInversions(run.snapshot, run.plan));
    runs.set(run.id, sentences);
    if (runs.size > KEEP) runs.delete(runs.keys().next().value!);
  }
  return sentences;
}

/** The texts of the groups, for readStoredTexts to look up the people they name. */
export const inversionTexts = (groups: readonly InversionGroup[]): string[] => groups.flatMap((g) => [g.placed, ...g.ahead]);

/** The groups with people named by `name` (a reader from readStoredTexts). */
export const nameInversions = (groups: readonly InversionGroup[], name: (text: string) => string): InversionGroup[] =>
  groups.map((g) => ({ placed: name(g.placed), ahead: g.ahead.map(name) }));
