import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstComeFirstServed } from './baseline';
import { planFirstComeFirstServed } from './fcfs-plan';
import { generateSnapshot, type SnapshotSize } from './generate';
import { assemblePlan } from './plan';
import { relaxationBound } from './relaxation-bound';
import type { Snapshot } from './snapshot';
import { snapshotArb } from './testing/arbitrary';
import { frozenFirstComeFirstServedV1, frozenRelaxationBoundV1 } from './testing/fcfs-v1-frozen';
import { validSnapshot as valid } from './testing/valid-snapshot';

const shared = new URL('../../shared/planning-examples/', import.meta.url);
const dir = existsSync(shared) ? shared : new URL('./cases/', import.meta.url);
const examples = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'));

/** The new baseline gives exactly the frozen v1 baseline's plan document (all but millis). */
function expectV1Unchanged(snap: Snapshot): void {
  const frozen = frozenFirstComeFirstServedV1(snap);
  expect(firstComeFirstServed(snap)).toEqual({ admissions: frozen, interimStays: [] });
  expect(relaxationBound(snap)).toBe(frozenRelaxationBoundV1(snap));
  const solver = { name: 'first-come-first-served', status: 'feasible' as const, bound: frozenRelaxationBoundV1(snap), millis: 0 };
  expect(planFirstComeFirstServed(snap, { millis: 0 })).toEqual(assemblePlan(snap, frozen, solver));
}

describe('first come, first served on v1 snapshots', () => {
  it.each(examples)('when v1 example %s is planned, then the plan and bound are the v1 baseline’s', (name) => {
    expectV1Unchanged(valid(JSON.parse(readFileSync(new URL(name, dir), 'utf8'))));
  });

  const seeds: [SnapshotSize, number][] = (['S', 'M'] as const).flatMap((size) => [1, 2, 3, 4, 5].map((seed): [SnapshotSize, number] => [size, seed]));
  it.each(seeds)('when generated v1 snapshot %s seed %i is planned, then the plan and bound are the v1 baseline’s', (size, seed) => {
    const snap = generateSnapshot(size, seed);
    expect(snap.format).toBe('plassplan.snapshot/1');
    expectV1Unchanged(snap);
  });

  it('when random v1 snapshots are planned, then the plan and bound are the v1 baseline’s', () => {
    fc.assert(fc.property(snapshotArb({ people: 14, units: 5, days: 10 }), (raw) => expectV1Unchanged(valid(raw))), { numRuns: 200 });
  });
});
