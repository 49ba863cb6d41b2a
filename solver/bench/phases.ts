import { writeFileSync } from 'node:fs';
import { generateSnapshot, type SnapshotSize } from '../generate';
import { reduceSnapshot } from '../model';
import { splitComponents } from '../model-lp';
import { chooseEngine } from '../engines';
import { decodeSolution } from '../lp-decode';
import { splitAdmissions, type DecodedFlows } from '../split';
import { assemblePlan } from '../plan';

// npx tsx solver/bench/phases.ts SIZE [--dump DIR]: times each planning phase once (the engine per
// component); --dump writes each component LP as JSON, to try engines on it alone
const size = (process.argv[2] ?? 'L') as SnapshotSize;
const dump = process.argv.indexOf('--dump');
const snap = generateSnapshot(size, 1);
let t = performance.now();
let cpu = process.cpuUsage();
// CPU time too: on a shared machine the wall clock says more about the neighbours
const lap = (what: string) => {
  const now = performance.now();
  const used = process.cpuUsage(cpu);
  console.log(`${what}: ${Math.round(now - t)} ms (CPU ${Math.round((used.user + used.system) / 1000)} ms)`);
  (t = now), (cpu = process.cpuUsage());
};
const model = reduceSnapshot(snap);
lap('reduce');
const comps = splitComponents(model, snap.horizonDays, snap.turnaroundDays);
lap(`components (${comps.map((c) => `${c.colCost.length}x${c.rowUpper.length}${c.hasChains ? 'c' : ''}`).join(' ')})`);
if (dump > 0) comps.forEach((c, i) => writeFileSync(`${process.argv[dump + 1]}/${size}-${i}.json`, JSON.stringify(c)));
const flows: DecodedFlows = { finals: [], stays: [], pairs: [] };
let bound = model.baseCost;
for (const lp of comps) {
  const res = await chooseEngine(lp, 'auto').solve(lp);
  bound += res.bound;
  lap(`engine ${res.name} ${lp.colCost.length} cols`);
  const d = decodeSolution(lp, res.x);
  (flows.finals.push(...d.finals), flows.stays.push(...d.stays), flows.pairs.push(...d.pairs));
}
lap('decode');
const split = splitAdmissions(snap, model, flows);
lap('split');
const plan = assemblePlan(snap, split.admissions, { name: 'x', status: 'optimal', bound, millis: 0 }, split.interim);
lap('assemble+explain');
console.log(`cost ${plan.cost.total} bound ${bound} rss ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB`);
