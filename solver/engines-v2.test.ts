import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateSnapshot } from './generate';
import { planSnapshot } from './plan';
import { validateSnapshot, type Snapshot } from './snapshot';
import { snapshotArbV2 } from './testing/arbitrary-v2';
import { planViolations } from './testing/check-plan';

const counterexamples = new URL('./testing/counterexamples/', import.meta.url);

function load(url: URL): Snapshot {
  const v = validateSnapshot(JSON.parse(readFileSync(url, 'utf8')));
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.snapshot;
}

describe('engines on v2 snapshots', () => {
  it('when random small v2 snapshots are planned by HiGHS, javascript-lp-solver and auto, then all reach the same cost and no bound exceeds it', async () => {
    await fc.assert(
      fc.asyncProperty(snapshotArbV2({ people: 8, units: 4, days: 8 }), async (raw) => {
        const v = validateSnapshot(raw);
        if (!v.ok) throw new Error(JSON.stringify(v.errors));
        const snap = v.snapshot;
        const [auto, highs, jslp] = await Promise.all([planSnapshot(snap), planSnapshot(snap, { engine: 'highs' }), planSnapshot(snap, { engine: 'javascript-lp-solver' })]);
        for (const p of [auto, highs, jslp]) expect(planViolations(snap, p)).toEqual([]);
        expect(highs.cost.total).toBe(auto.cost.total);
        expect(jslp.cost.total).toBe(auto.cost.total);
        expect(auto.solver.status).toBe('optimal');
      }),
      { numRuns: 60 },
    );
  });

  it.each(readdirSync(counterexamples).filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json')))(
    'when javascript-lp-solver plans %s, then its bound never exceeds the brute-force optimum',
    async (name) => {
      const snap = load(new URL(name, counterexamples));
      const { optimalTotal } = JSON.parse(readFileSync(new URL(name.replace(/\.json$/, '.expected.json'), counterexamples), 'utf8'));
      const plan = await planSnapshot(snap, { engine: 'javascript-lp-solver' });
      expect(plan.solver.bound).toBeLessThanOrEqual(optimalTotal);
      expect(plan.cost.total).toBeGreaterThanOrEqual(optimalTotal);
    },
  );

  it('when the snapshot on which javascript-lp-solver branched for 36 s is planned, then auto proves the same optimum with HiGHS', async () => {
    const plan = await planSnapshot(load(new URL('./testing/slow/jslp-mip-36s.json', import.meta.url)));
    expect(plan.solver.name).not.toContain('javascript-lp-solver');
    expect(plan.solver.status).toBe('optimal');
    expect(plan.cost.total).toBe(341_884);
  });

  it('when a couple fits only a unit that never has a place, then HiGHS plans nobody instead of failing on an empty model', async () => {
    const snap = load(new URL('./cases-v2/couple-together.json', import.meta.url));
    const full = { ...snap, units: snap.units.map((u) => ({ ...u, freeNow: 0, departures: [] })) };
    const plan = await planSnapshot(full, { engine: 'highs' });
    expect(plan.admissions).toEqual([]);
    expect(plan.solver.status).toBe('optimal');
  });

  it('when generated v2 snapshots of size S are planned, then HiGHS and javascript-lp-solver agree', async () => {
    for (const seed of [1, 2, 3]) {
      const snap = generateSnapshot('S', seed, { format: 2 });
      const [highs, jslp] = [await planSnapshot(snap, { engine: 'highs' }), await planSnapshot(snap, { engine: 'javascript-lp-solver' })];
      expect(planViolations(snap, highs)).toEqual([]);
      expect(jslp.cost.total).toBe(highs.cost.total);
      expect(highs.solver.status).toBe('optimal');
    }
  });
});
