import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planSnapshot } from '../plan';
import { validateSnapshot } from '../snapshot';
import { bruteForceSearch } from './brute-force';
import { planViolations } from './check-plan';

// Snapshots on which a property test once failed, shrunk (shrink-snapshot.ts) and kept so the bug stays fixed.
const dir = new URL('./counterexamples/', import.meta.url);
const names = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('counterexamples found by the property tests', () => {
  it.each(names)('when %s is planned, then the plan is sound and its cost is the brute-force optimum', async (name) => {
    const v = validateSnapshot(JSON.parse(readFileSync(new URL(name, dir), 'utf8')));
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    const best = bruteForceSearch(v.snapshot);
    expect(best.complete).toBe(true);
    const plan = await planSnapshot(v.snapshot);
    expect(planViolations(v.snapshot, plan)).toEqual([]);
    expect(plan.cost.total).toBe(best.optimum);
  });
});
