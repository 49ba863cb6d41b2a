import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planSnapshot } from '../plan';
import { validateSnapshot } from '../snapshot';
import { planViolations } from './check-plan';

// Snapshots on which a property test once failed, shrunk (shrink-snapshot.ts) and kept so the bug
// stays fixed; each `X.expected.json` holds the brute-force optimum (bruteForceSearch, run once:
// the bigger ones take seconds) and a note on what went wrong.
const dir = new URL('./counterexamples/', import.meta.url);
const names = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'));

describe('counterexamples found by the property tests', () => {
  it.each(names)('when %s is planned, then the plan is sound and reaches the brute-force optimum', async (name) => {
    const v = validateSnapshot(JSON.parse(readFileSync(new URL(name, dir), 'utf8')));
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    const { optimalTotal } = JSON.parse(readFileSync(new URL(name.replace(/\.json$/, '.expected.json'), dir), 'utf8'));
    const plan = await planSnapshot(v.snapshot);
    expect(planViolations(v.snapshot, plan)).toEqual([]);
    expect(plan.cost.total).toBe(optimalTotal);
  });
});
