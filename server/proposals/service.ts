/** Use cases of the proposal page: plan today's state, and compare with first come, first served. */
import type { Db } from '../../db/client.ts';
import { readStoredTexts, warningText } from '../stored-texts.ts';
import { failAbandonedRuns, failRun, finishRun, listRunProposals, peopleOfEntries, type PlanningRun, startRun } from '../../db/queries/planning-runs.ts';
import { buildSnapshot, entryIdOf } from '../../db/queries/snapshot.ts';
import { foldCouples, partnersOfAllocations } from '../../db/queries/couple-proposals.ts';
import type { InterimStayView, RunView } from '../../views/proposals/proposals-page.tsx';
import { type Plan, type PlanAdmission, planFirstComeFirstServed, planInWorker, type Snapshot } from '../../solver/index.ts';
import { readyDay } from '../../solver/cost.ts';
import { dayIndex } from '../../solver/days.ts';
import { inversionsOfRun, inversionTexts, nameInversions } from './inversions.ts';
import { runOutdated, withConflicts } from './conflicts.ts';

/** Planning stops here and returns the best plan found, marked timedout. */
export const PLANNING_TIME_LIMIT_MS = 30_000;

/**
 * A run still `running` after this long has no live process behind it: the worker is terminated
 * at PLANNING_TIME_LIMIT_MS and the run finished right after; the margin covers the fallback
 * plan, the transaction and a loaded machine.
 */
export const ABANDONED_AFTER_MS = PLANNING_TIME_LIMIT_MS + 60_000;

/** Plans today's state and stores the run (a failure is stored on the run, then rethrown). */
export async function planToday(db: Db, userId: number, now: Date): Promise<number> {
  const { snapshot, warnings, policy } = await buildSnapshot(db, now);
  const runId = await startRun(db, snapshot, warnings, userId, policy);
  try {
    const plan = await planInWorker(snapshot, { timeLimitMs: PLANNING_TIME_LIMIT_MS });
    await finishRun(db, runId, plan, userId);
  } catch (error) {
    await failRun(db, runId, `Planleggingen feilet: ${error instanceof Error ? error.message : String(error)}`, userId);
    throw error;
  }
  return runId;
}

/**
 * Fails runs left `running` by a process that died (failAbandonedRuns): once now, at start, and
 * then every ABANDONED_AFTER_MS, which catches the runs of a process that died just before this
 * one started and of another server on the same PostgreSQL that is not coming back.
 * @param exclusive this process has the database to itself (PGlite), so at start every run
 *   still running is abandoned, however young
 * @returns stops the periodic check (the timer does not keep Node alive)
 */
export async function watchAbandonedRuns(db: Db, { exclusive }: { exclusive: boolean }): Promise<() => void> {
  await failAbandonedRuns(db, exclusive ? 0 : ABANDONED_AFTER_MS);
  const timer = setInterval(() => {
    failAbandonedRuns(db, ABANDONED_AFTER_MS).catch((e: unknown) => console.error('Kunne ikke rydde avbrutte planleggingskjøringer:', e));
  }, ABANDONED_AFTER_MS);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * What the comparison shows of one plan. Only overliggerdøgn are money (days and NOK); the
 * waiting, guarantee and preference figures are the office's weights (NOK-equivalents in the
 * snapshot's `costs`), never kroner, and `total` adds them all up as the model's measure.
 */
export interface PlanFigures {
  total: number;
  overliggerDays: number;
  overliggerNok: number;
  breaches: number;
  lateDays: number;
  waitingDays: number;
  /** waiting days weighted by priority (`waitingDayNok`) */
  waitingWeight: number;
  /** guarantee breaches and late days weighted (`guaranteeBreachNok`, `guaranteeLateDayNok`) */
  guaranteeWeight: number;
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
    breaches: plan.cost.guarantee.breaches, lateDays: plan.cost.guarantee.lateDays, waitingDays,
    waitingWeight: plan.cost.waitingNok, guaranteeWeight: plan.cost.guarantee.nok, placed: plan.admissions.length,
  };
}

/** Everything the proposal page shows about a run (a plan/1 has no interim stays); `now` decides what still fits the ledger. */
export async function loadRunView(db: Db, run: PlanningRun, now: Date): Promise<RunView> {
  const proposals = await withConflicts(db, await listRunProposals(db, run.id), now);
  const unplaced = run.plan?.unplaced ?? [];
  const interim = run.plan?.interimStays ?? [];
  const couples = await partnersOfAllocations(db, proposals.map((p) => p.allocationId));
  const inversions = inversionsOfRun(db, run);
  const texts = [...proposals.map((p) => p.reason), ...run.warnings.map((w) => w.text),
    ...[...unplaced, ...interim].flatMap((u) => [u.applicantId, u.why]), ...inversionTexts(inversions)];
  const named = await readStoredTexts(db, texts);
  const people = await peopleOfEntries(db, [...unplaced, ...interim].map((u) => entryIdOf(u.applicantId) ?? -1));
  const personOf = (applicantId: string) => people.get(entryIdOf(applicantId) ?? -1)?.personId ?? null;
  return {
    id: run.id, createdAt: run.createdAt, status: run.status, error: run.error, engine: run.engine, millis: run.millis,
    policy: run.policy, format: run.snapshot.format,
    warnings: run.warnings.map((w) => ({ ...w, text: named(warningText(w)) })),
    proposals: foldCouples(proposals.filter((p) => !p.interim).map((p) => ({ ...p, reason: named(p.reason) })), couples),
    interimProposals: proposals.filter((p) => p.interim).map((p) => ({ ...p, reason: named(p.reason) })),
    interimStays: interimRows(run, interim).map((r) => ({ ...r, name: named(r.name), personId: personOf(r.name), why: named(r.why) })),
    unplaced: unplaced.map((u) => ({ name: named(u.applicantId), personId: personOf(u.applicantId), why: named(u.why) })),
    comparison: comparisonOf(db, run),
    outdated: await runOutdated(db, run.id),
    inversions: nameInversions(inversions, named),
  };
}

/** Each interim stay with its korttid unit and the final place it waits for, by the snapshot's names; the name is still the applicant id. */
export function interimRows(run: PlanningRun, interim: readonly PlanAdmission[] = run.plan?.interimStays ?? []): Omit<InterimStayView, 'personId'>[] {
  const unitName = new Map(run.snapshot.units.map((u) => [u.id, u.name ?? u.id]));
  const finals = new Map((run.plan?.admissions ?? []).map((a) => [a.applicantId, a]));
  return interim.map((stay) => {
    const final = finals.get(stay.applicantId);
    return {
      name: stay.applicantId, date: stay.date, unitCode: stay.unitId, unitName: unitName.get(stay.unitId) ?? stay.unitId,
      finalUnitName: final ? unitName.get(final.unitId) ?? final.unitId : null, finalUnitCode: final?.unitId ?? null,
      finalDate: final?.date ?? null, why: stay.why,
    };
  });
}
