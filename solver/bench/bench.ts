import { generateSnapshot, type SnapshotSize } from '../generate';
import { planSnapshot } from '../plan';
import { referenceOptimum } from './reference';

// npm run bench:solver [-- --sizes S,M,L,XL] [--runs 5] [--reference-max-columns N] [--no-reference]
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
};
const sizes = (arg('--sizes') ?? 'S,M,L,XL').split(',') as SnapshotSize[];
const runs = Number(arg('--runs') ?? 5);
const refMax = Number(arg('--reference-max-columns') ?? 600_000);
const withReference = !process.argv.includes('--no-reference');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

console.log(`| size | people | units | days | median ms (${runs} runs) | peak RSS MB | cost | bound | status | engine | reference (HiGHS full MIP) | ref ms | ratio |`);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const size of sizes) {
  const snap = generateSnapshot(size, 1);
  const times: number[] = [];
  let plan = await planSnapshot(snap);
  let peak = process.memoryUsage().rss;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    plan = await planSnapshot(snap);
    times.push(performance.now() - t);
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  let ref = 'skipped';
  let refMs = '';
  let ratio = '';
  if (withReference) {
    const t = performance.now();
    const r = await referenceOptimum(snap, refMax);
    refMs = r ? fmt(performance.now() - t) : '';
    ref = r ? fmt(r.total) : `skipped (> ${fmt(refMax)} columns)`;
    ratio = r ? (plan.cost.total / r.total).toFixed(6) : '';
  }
  const s = plan.solver;
  console.log(`| ${size} | ${snap.applicants.length} | ${snap.units.length} | ${snap.horizonDays} | ${fmt(median(times))} | ${fmt(peak / 2 ** 20)} | ${fmt(plan.cost.total)} | ${fmt(s.bound)} | ${s.status} | ${s.name} | ${ref} | ${refMs} | ${ratio} |`);
}
