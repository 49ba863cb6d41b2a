/** Use cases of the proposal page: plan today's state, and compare with first come, first served. */
import type { Db } from '../../db/client.ts';
import { failRun, finishRun, listRunProposals, peopleOfEntries, type PlanningRun, startRun } from '../../db/queries/planning-runs.ts';
import { buildSnapshot, entryIdOf } from '../../db/queries/snapshot.ts';
import type { RunView } from '../../views/proposals/proposals-page.tsx';
import { type Plan, planFirstComeFirstServed, planInWorker, type Snapshot } from '../../solver/index.ts';
import { readyDay } from '../../solver/cost.ts';
import { dayIndex } from '../../solver/days.ts';

/** Planning stops here and returns the best plan found, marked timedout. */
export const PLANNING_TIME_LIMIT_MS = 30_000;

export async function planToday(db: Db, userId: number, now: Date): Promise<number> {
  const { snapshot, warnings } = await buildSnapshot(db, now);
  const runId = await startRun(db, snapshot, warnings, userId);
  try {
    const plan = await planInWorker(snapshot, { timeLimitMs: PLANNING_TIME_LIMIT_MS });
    await finishRun(db, runId, plan, userId);
  } catch (error) {
    await failRun(db, runId, error instanceof Error ? error.message : String(error));
    throw error;
  }
  return runId;
}

export interface PlanFigures {
  total: number;
  overliggerDays: number;
  overliggerNok: number;
  breaches: number;
  waitingDays: number;
  placed: number;
}

export interface Comparison { plan: PlanFigures; fcfs: PlanFigures }

/** The figures the proposal page compares: the plan against first come, first served. */
export function compareWithFcfs(snapshot: Snapshot, plan: Plan): Comparison {
  return { plan: figuresOf(snapshot, plan), fcfs: figuresOf(snapshot, planFirstComeFirstServed(snapshot)) };
}

/** A finished run never changes, so its comparison is worked out once, not on every view (planning FCFS takes ms). */
const comparisons = new WeakMap<Db, Map<number, Comparison>>();
const KEEP_COMPARISONS = 8;

function comparisonOf(db: Db, run: PlanningRun): Comparison | null {
  if (!run.plan) return null;
  const known = comparisons.get(db) ?? new Map<number, Comparison>();
  comparisons.set(db, known);
  let comparison = known.get(run.id);
  if (!comparison) {
    comparison = compareWithFcfs(run.snapshot, run.plan);
    known.set(run.id, comparison);
    if (known.size > KEEP_COMPARISONS) known.delete(known.keys().next().value!);
  }
  return comparison;
}

function figuresOf(snapshot: Snapshot, plan: Plan): PlanFigures {
  const admittedOn = new Map(plan.admissions.map((a) => [a.applicantId, dayIndex(snapshot.today, a.date)]));
  const waitingDays = snapshot.applicants.reduce((sum, a) =>
    sum + Math.max(0, (admittedOn.get(a.id) ?? snapshot.horizonDays) - readyDay(snapshot, a)), 0);
  return {
    total: plan.cost.total, overliggerDays: plan.cost.overliggerdogn.days, overliggerNok: plan.cost.overliggerdogn.nok,
    breaches: plan.cost.guarantee.breaches, waitingDays, placed: plan.admissions.length,
  };
}

/** Applicant ids in the planner's explanations; the page shows the person's name instead. */
const APPLICANT_ID = /\bV-(\d+)\b/g;

const mentionedEntries = (texts: string[]) => [...new Set([...texts.join(' ').matchAll(APPLICANT_ID)].map((m) => Number(m[1])))];
const withNames = (text: string, people: Map<number, { name: string }>) =>
  text.replace(APPLICANT_ID, (id, entryId: string) => people.get(Number(entryId))?.name ?? id);

/** The planner's explanation with people's names instead of their pseudonymous ids. */
export async function nameApplicants(db: Db, text: string): Promise<string> {
  return withNames(text, await peopleOfEntries(db, mentionedEntries([text])));
}

/** Everything the proposal page shows about a run. */
export async function loadRunView(db: Db, run: PlanningRun): Promise<RunView> {
  const proposals = await listRunProposals(db, run.id);
  const unplacedIds = (run.plan?.unplaced ?? []).flatMap((u) => [u.applicantId, u.why]);
  const people = await peopleOfEntries(db, mentionedEntries([...proposals.map((p) => p.reason ?? ''), ...unplacedIds]));
  const named = (text: string) => withNames(text, people);
  return {
    id: run.id, createdAt: run.createdAt, status: run.status, engine: run.engine, millis: run.millis, warnings: run.warnings,
    proposals: proposals.map((p) => ({ ...p, reason: p.reason && named(p.reason) })),
    unplaced: (run.plan?.unplaced ?? []).map((u) => {
      const person = people.get(entryIdOf(u.applicantId) ?? -1);
      return { name: person?.name ?? u.applicantId, personId: person?.personId ?? null, why: named(u.why) };
    }),
    comparison: comparisonOf(db, run),
  };
}
