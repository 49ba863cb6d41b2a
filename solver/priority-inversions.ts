import { dateOfDay, dayIndex } from './days';
import { whyAhead, whyTaken } from './explain-ahead';
import { explainContext, finalDay, type ExplainContext } from './explain-context';
import type { TakenPlace } from './explain-priority';
import { dateText, unitName } from './explain-text';
import type { Plan, PlanAdmission } from './plan-types';
import { canTake } from './rules';
import type { Snapshot } from './snapshot';
import type { IndexedAdmission } from './split';

/**
 * A lower-priority person proposed a place ahead of a higher-priority one who could have used
 * it: same kind of place, the unit fits the higher-priority person (hard rule 2: needs,
 * `onlyFor`, exclusions, not their own unit), they were ready on that day, and the plan admits
 * them later or not at all. Applicants by snapshot id; dates ISO.
 */
export interface PriorityInversion {
  /** the lower-priority person placed */
  applicantId: string;
  priority: number;
  unitId: string;
  /** ISO date of the lower-priority person's final admission */
  date: string;
  /** the higher-priority person who could have had the place */
  aheadOfId: string;
  aheadOfPriority: number;
  /** their own final admission in the plan, or null when it gives them none */
  aheadOfDate: string | null;
  /** the reason as a clause that follows the higher-priority person's name, e.g. «fordi V-3 ligger på sykehus og V-1 venter hjemme» */
  reason: string;
  /** the placement as words, e.g. «V-3 (prioritet 3) får plass på Solbakken langtid 01.12.2026» */
  placed: string;
  /**
   * bokmål sentence for the meeting, naming both by id and giving the reason: the explainer's
   * trade-off (guarantee, a freed bed, hospital, partner, interim bed, preference), else when
   * the higher-priority person gets a place and who was ready or waited first.
   */
  text: string;
}

/**
 * Every priority inversion in a final plan (v1 or v2), each pair of people once, ordered by
 * date, unit and the higher-priority person. Interim stays are not final places of the
 * person's own kind and take part only through the explainer's reasons. Pure; O(admissions ×
 * applicants of the same kind and higher priority).
 */
export function priorityInversions(snapshot: Snapshot, plan: Plan): PriorityInversion[] {
  const ctx = explainContext(snapshot, indexOf(snapshot, plan.admissions), indexOf(snapshot, plan.interimStays ?? []));
  const byKind = new Map<string, number[]>();
  snapshot.applicants.forEach((a, i) => {
    const list = byKind.get(a.kind);
    if (list) list.push(i);
    else byKind.set(a.kind, [i]);
  });
  const out: PriorityInversion[] = [];
  for (const x of ctx.finals) {
    const a = snapshot.applicants[x.applicant]!;
    const unit = snapshot.units[x.unit]!;
    for (const b of byKind.get(unit.kind) ?? []) {
      const other = snapshot.applicants[b]!;
      if (other.priority >= a.priority || !canTake(other, unit)) continue;
      if (ctx.terms[b]!.ready > x.day || finalDay(ctx, b) <= x.day) continue;
      out.push(inversion(ctx, x, b));
    }
  }
  return out.sort((p, q) => p.date.localeCompare(q.date) || p.unitId.localeCompare(q.unitId) || p.aheadOfId.localeCompare(q.aheadOfId));
}

function inversion(ctx: ExplainContext, x: IndexedAdmission, b: number): PriorityInversion {
  const { snapshot } = ctx;
  const a = snapshot.applicants[x.applicant]!;
  const other = snapshot.applicants[b]!;
  const taken: TakenPlace = { ...x, interim: false };
  const ahead = whyAhead(ctx, taken, b, false);
  // whyAhead ends in a bare fact (gets a place later, or none) when no trade-off decides; whyTaken adds who was first.
  const reason = ahead.kind === 'later' || ahead.kind === 'plan' ? `${ahead.text}${whyTaken(ctx, taken, b)?.text ?? ''}` : ahead.text;
  const own = finalDay(ctx, b);
  const placed = `${a.id} (prioritet ${a.priority}) får plass på ${unitName(snapshot, x.unit)} ${dateText(snapshot, x.day)}`;
  return {
    applicantId: a.id, priority: a.priority, unitId: snapshot.units[x.unit]!.id, date: dateOf(snapshot, x.day),
    aheadOfId: other.id, aheadOfPriority: other.priority, aheadOfDate: Number.isFinite(own) ? dateOf(snapshot, own) : null,
    reason: reason.replace(/^, /, ''), placed,
    text: `${placed} foran ${other.id} (prioritet ${other.priority})${reason}.`,
  };
}

/** One placement's cases: «V-3 (prioritet 3) får plass på … 01.12.2026» and what follows it, one line per priority and reason. */
export interface InversionGroup {
  placed: string;
  /** e.g. «foran V-1 og V-2 (prioritet 1), fordi V-3 allerede er forbi garantifristen.» */
  ahead: string[];
}

/**
 * The cases to read aloud, per placement (in the order of `cases`), each placement's people
 * of one priority and reason on one line, so that a placement is named once.
 */
export function inversionSentences(cases: readonly PriorityInversion[]): InversionGroup[] {
  const placements = new Map<string, Map<string, PriorityInversion[]>>();
  for (const c of cases) {
    const lines = placements.get(c.placed) ?? placements.set(c.placed, new Map()).get(c.placed)!;
    const key = `${c.aheadOfPriority}\u0000${c.reason}`;
    const group = lines.get(key);
    if (group) group.push(c);
    else lines.set(key, [c]);
  }
  return [...placements].map(([placed, lines]) => ({
    placed,
    ahead: [...lines.values()].map((g) => {
      const names = g.map((c) => c.aheadOfId);
      const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} og ${names.at(-1)}`;
      return `foran ${list} (prioritet ${g[0]!.aheadOfPriority}), ${g[0]!.reason}.`;
    }),
  }));
}

function indexOf(snapshot: Snapshot, list: readonly PlanAdmission[]): IndexedAdmission[] {
  const applicant = new Map(snapshot.applicants.map((a, i) => [a.id, i]));
  const unit = new Map(snapshot.units.map((u, i) => [u.id, i]));
  return list.map((x) => ({ applicant: applicant.get(x.applicantId)!, unit: unit.get(x.unitId)!, day: dayIndex(snapshot.today, x.date) }));
}

const dateOf = (snapshot: Snapshot, day: number): string => dateOfDay(snapshot.today, day);
