import type { SnapshotSize } from '../generate';
import { measureRow, type Row } from './bench-row';

// npm run bench:solver [-- --sizes S,M,L,XL] [--formats 1,2] [--runs 5] [--seed 1]
//                        [--reference-max-columns N] [--no-reference] [--plan-time-limit-ms N]
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
};
const sizes = (arg('--sizes') ?? 'S,M,L,XL').split(',') as SnapshotSize[];
const formats = (arg('--formats') ?? '1,2').split(',').map(Number) as (1 | 2)[];
const runs = Number(arg('--runs') ?? 5);
const seed = Number(arg('--seed') ?? 1);
const refMax = Number(arg('--reference-max-columns') ?? 600_000);
const withReference = !process.argv.includes('--no-reference');
const planTimeLimitMs = Number(arg('--plan-time-limit-ms') ?? 300_000);
if (sizes.some((s) => !['S', 'M', 'L', 'XL'].includes(s)) || formats.some((f) => f !== 1 && f !== 2) || !(runs >= 1) || !(planTimeLimitMs > 0)) {
  console.error('usage: bench.ts [--sizes S,M,L,XL] [--formats 1,2] [--runs N ≥ 1] [--seed N] [--reference-max-columns N] [--no-reference] [--plan-time-limit-ms N]');
  process.exit(2);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

function referenceCells(r: Row): [string, string, string] {
  const ref = r.reference;
  if (ref === undefined) return ['not run', '', ''];
  if (ref.status === 'error') return [`error: ${ref.error}`, '', ''];
  if (ref.status === 'skipped') return [`skipped (${fmt(ref.columns)} columns > ${fmt(refMax)})`, '', ''];
  return [fmt(ref.total), fmt(ref.millis), r.plan ? (r.plan.cost.total / ref.total).toFixed(6) : ''];
}

function cells(r: Row): string[] {
  const { snap, plan } = r;
  const head = [r.spec.size, `v${r.spec.format}`, fmt(snap.applicants.length), fmt(snap.units.length), String(snap.horizonDays)];
  const timing = r.times.length > 0 ? `${fmt(median(r.times))} (${fmt(Math.min(...r.times))}–${fmt(Math.max(...r.times))})` : '–';
  const result = plan
    ? [fmt(plan.cost.total), fmt(plan.solver.bound), plan.solver.status, plan.solver.name]
    : ['–', '–', 'error', r.error ?? ''];
  return [...head, timing, fmt(r.peakRss / 2 ** 20), ...result, ...referenceCells(r), r.check];
}

const header = ['size', 'format', 'people', 'units', 'days', `median ms (min–max, ${runs} runs)`, 'peak RSS MB', 'cost', 'bound', 'status', 'engines', 'reference (HiGHS full MIP)', 'ref ms', 'ratio', 'check'];
console.log(`| ${header.join(' | ')} |`);
console.log(`|${header.map(() => ' --- |').join('')}`);
let failed = false;
for (const size of sizes) {
  for (const format of formats) {
    const row = await measureRow({ size, format, seed, runs, referenceMaxColumns: withReference ? refMax : undefined, planTimeLimitMs });
    failed ||= !row.check.startsWith('ok');
    console.log(`| ${cells(row).join(' | ')} |`);
  }
}
// a row that disagrees with the reference (or errs) fails the run, so CI or a script notices
if (failed) process.exitCode = 1;
