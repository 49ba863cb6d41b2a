import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../dates.ts';
import { afterDeathViolations, capacityViolations, orderViolations, placeViolations } from './invariants.ts';
import { simulateHistory } from './simulate.ts';
import type { History } from './types.ts';

/** Short histories from any seed, ending on any day of 2026, some with a busier hospital. */
const histories = fc.record({
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  end: fc.integer({ min: 0, max: 364 }),
  days: fc.integer({ min: 20, max: 100 }),
  busy: fc.boolean(),
});

async function run(input: { seed: number; end: number; days: number; busy: boolean }): Promise<History> {
  return simulateHistory({
    seed: input.seed, lastDay: addDays('2026-01-01', input.end), days: input.days,
    config: input.busy ? { hospitalPatientsPerYear: 2600, homeKorttidPerYear: 900, homeLangtidPerYear: 40 } : {},
  });
}

describe('history invariants', () => {
  it('when simulated from any seed, then no unit is ever over its beds and nobody is in two places at once', async () => {
    await fc.assert(fc.asyncProperty(histories, async (input) => {
      const h = await run(input);
      expect(capacityViolations(h)).toEqual([]);
      expect(placeViolations(h)).toEqual([]);
    }), { numRuns: 8 });
  }, 120_000);

  it('when simulated from any seed, then every admission follows a vedtak of its kind, with dates in order', async () => {
    await fc.assert(fc.asyncProperty(histories, async (input) => {
      expect(orderViolations(await run(input))).toEqual([]);
    }), { numRuns: 8 });
  }, 120_000);

  it('when simulated from any seed, then the dead do nothing after the day they died', async () => {
    await fc.assert(fc.asyncProperty(histories, async (input) => {
      const h = await run(input);
      expect(afterDeathViolations(h)).toEqual([]);
      // Not vacuous: over two months someone always dies (in 20 days, nobody may: seed 2 had no death).
      if (input.days >= 60) expect(h.persons.some((p) => p.diedOn !== null)).toBe(true);
    }), { numRuns: 8 });
  }, 120_000);

  it('when a stay is put in a full unit by hand, then the capacity check finds it', async () => {
    const h = await run({ seed: 1, end: 100, days: 30, busy: false });
    const unit = h.units.find((u) => u.code === 'LIN-S')!;
    for (let i = 0; i <= unit.beds; i++) h.unitStays.push({ person: 0, unit: unit.code, allocation: null, fromDate: h.lastDay, toDate: null, endReason: null, plannedEnd: null });
    expect(capacityViolations(h).length).toBeGreaterThan(0);
    expect(placeViolations(h).length).toBeGreaterThan(0);
  }, 60_000);
});
