import { computeCost } from '../cost';
import { generateSnapshot, type SnapshotSize } from '../generate';
import { planSnapshot } from '../plan';
import type { Plan } from '../plan-types';
import type { Snapshot } from '../snapshot';
import { hardRuleViolations } from '../testing/check-plan';
import { planInWorker } from '../worker';
import { referenceOptimum, type ReferenceResult } from './reference';

/** What one benchmark row measures: one size in one format, planned `runs` times after a warm-up. */
export interface RowSpec {
  size: SnapshotSize;
  format: 1 | 2;
  seed: number;
  runs: number;
  /** reference skipped above this many columns; undefined = no reference */
  referenceMaxColumns: number | undefined;
  /** the warm-up plans in a worker with this limit (ms); a row that reaches it is not timed */
  planTimeLimitMs: number;
}

/** A measured row; `error` when planning threw (the row still shows what was measured). */
export interface Row {
  spec: RowSpec;
  snap: Snapshot;
  times: number[];
  /** max RSS sampled after each run (bytes) */
  peakRss: number;
  plan?: Plan;
  error?: string;
  reference?: ReferenceResult | { status: 'error'; error: string };
  /** `ok` or what disagrees: plan cost vs recomputed cost, vs the reference, bound vs cost */
  check: string;
}

// stderr, so that a long row shows it is alive and the table on stdout stays clean
const progress = (spec: RowSpec, what: string) => process.stderr.write(`${spec.size} v${spec.format}: ${what}\n`);
const message = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 120);

/** Plans one row (robust: an error is reported in the row, never thrown) and checks it against the reference. */
export async function measureRow(spec: RowSpec): Promise<Row> {
  const snap = generateSnapshot(spec.size, spec.seed, { format: spec.format });
  const row: Row = { spec, snap, times: [], peakRss: process.memoryUsage().rss, check: '' };
  try {
    const warm = await planInWorker(snap, { timeLimitMs: spec.planTimeLimitMs });
    if (warm.solver.status === 'timedout') throw new Error(`no plan within ${spec.planTimeLimitMs} ms (warm-up in a worker)`);
    progress(spec, `warm-up ${Math.round(warm.solver.millis)} ms`);
    for (let i = 0; i < spec.runs; i++) {
      const t = performance.now();
      row.plan = await planSnapshot(snap);
      row.times.push(performance.now() - t);
      row.peakRss = Math.max(row.peakRss, process.memoryUsage().rss);
      progress(spec, `run ${i + 1}: ${Math.round(row.times.at(-1)!)} ms`);
    }
  } catch (e) {
    row.error = message(e);
  }
  if (spec.referenceMaxColumns !== undefined) {
    row.reference = await referenceOptimum(snap, spec.referenceMaxColumns).catch((e: unknown) => ({ status: 'error' as const, error: message(e) }));
  }
  row.check = checkRow(row);
  return row;
}

/** Every disagreement of the row's plan with the hard rules, its own cost model, its bound and the reference. */
function checkRow(row: Row): string {
  if (!row.plan) return `planner error: ${row.error}`;
  const p = row.plan;
  const problems: string[] = [];
  const recomputed = computeCost(row.snap, p.admissions, p.interimStays ?? []).total;
  if (Math.abs(recomputed - p.cost.total) > 0.5) problems.push(`cost ${p.cost.total} ≠ recomputed ${recomputed}`);
  // the independent checker of the tests (v1 and v2): a plan that matches the reference's cost may still break a rule
  const broken = hardRuleViolations(row.snap, p);
  if (broken.length > 0) problems.push(`${broken.length} hard-rule violations (${broken[0]})`);
  if (p.solver.bound > p.cost.total + 0.5) problems.push('bound > cost');
  if (p.solver.status !== 'optimal' || p.solver.bound < p.cost.total - 0.5) problems.push(`not proven (${p.solver.status})`);
  const ref = row.reference;
  if (ref?.status === 'optimal') {
    if (Math.abs(p.cost.total - ref.total) > 0.5) problems.push(`cost ${p.cost.total > ref.total ? '>' : '<'} reference`);
    if (p.solver.bound > ref.total + 0.5) problems.push('bound > reference');
  }
  if (ref?.status === 'error') problems.push(`reference error: ${ref.error}`);
  return problems.length === 0 ? (ref?.status === 'optimal' ? 'ok' : 'ok (no reference)') : problems.join('; ');
}
