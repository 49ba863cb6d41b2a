import { existsSync, readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateSnapshot } from '../generate';
import { planSnapshot } from '../plan';
import { validateSnapshot } from '../snapshot';
import { referenceColumns, referenceOptimum } from './reference';

// The shared folders beside the repository are the source; the committed copies serve CI.
const folders = [
  ['v1', '../../../shared/planning-examples/', '../cases/'],
  ['v2', '../../../shared/planning-examples-v2/', '../cases-v2/'],
] as const;

const cases = folders.flatMap(([version, shared, copy]) => {
  const dir = new URL(existsSync(new URL(shared, import.meta.url)) ? shared : copy, import.meta.url);
  if (!existsSync(dir)) return [{ version, dir, name: '(missing folder)' }];
  const names = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'));
  return names.map((name) => ({ version, dir, name }));
});

describe('reference model (HiGHS on the full model, no reductions)', () => {
  it('when the example folders are read, then each version has at least 8 examples', () => {
    for (const [version] of folders) expect(cases.filter((c) => c.version === version && c.name.endsWith('.json')).length).toBeGreaterThanOrEqual(8);
  });

  it.each(cases)('when $version example $name is solved, then the reference reaches its optimalTotal', async ({ dir, name }) => {
    const v = validateSnapshot(JSON.parse(readFileSync(new URL(name, dir), 'utf8')));
    if (!v.ok) throw new Error(`${name}: ${JSON.stringify(v.errors)}`);
    const expected = JSON.parse(readFileSync(new URL(name.replace(/\.json$/, '.expected.json'), dir), 'utf8'));
    const r = await referenceOptimum(v.snapshot);
    expect(r.status === 'optimal' && r.total).toBe(expected.optimalTotal);
  });

  it('when a model has more columns than the limit, then it is skipped without being built', async () => {
    const snap = generateSnapshot('S', 1, { format: 2 });
    const columns = referenceColumns(snap);
    expect(await referenceOptimum(snap, columns - 1)).toEqual({ status: 'skipped', columns });
  });

  it('when small generated snapshots of either format are planned, then the planner and the reference agree on the optimum', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({ people: fc.integer({ min: 1, max: 14 }), units: fc.integer({ min: 1, max: 6 }), horizonDays: fc.integer({ min: 1, max: 8 }) }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.constantFrom(1 as const, 2 as const),
        async (shape, seed, format) => {
          const snap = generateSnapshot(shape, seed, { format });
          const [plan, ref] = [await planSnapshot(snap), await referenceOptimum(snap)];
          expect(ref.status === 'optimal' && ref.total).toBe(plan.cost.total);
          expect(plan.solver.bound).toBe(plan.cost.total);
        },
      ),
      { numRuns: 25 },
    );
  });
});
