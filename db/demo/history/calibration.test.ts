import { describe, expect, it } from 'vitest';
import { compareWithTargets } from './calibration.ts';
import { afterDeathViolations, capacityViolations, orderViolations, placeViolations } from './invariants.ts';
import { DEMO_HISTORY_SEED } from './load-history.ts';
import { measureLastYear } from './measure.ts';
import { simulateHistory } from './simulate.ts';

describe('calibration of the demo history', () => {
  it('when the demo seed runs 14 months, then its last year is in every calibrated range and keeps every rule', async () => {
    const history = await simulateHistory({ seed: DEMO_HISTORY_SEED, lastDay: '2026-11-30' });
    const table = compareWithTargets(measureLastYear(history));
    console.table(table);
    expect(table.filter((row) => !row.ok)).toEqual([]);
    expect([...capacityViolations(history), ...placeViolations(history), ...orderViolations(history), ...afterDeathViolations(history)]).toEqual([]);
  }, 120_000);

  it('when other seeds run, then on average they stay in range (a single year may stray)', async () => {
    const years = await Promise.all([1, 2].map(async (seed) => measureLastYear(await simulateHistory({ seed, lastDay: '2026-06-30' }))));
    const mean = (read: (f: (typeof years)[number]) => number) => years.reduce((n, f) => n + read(f), 0) / years.length;
    expect(mean((f) => f.toInstitution)).toSatisfy((n: number) => n >= 420 && n <= 620);
    expect(mean((f) => f.overliggerdogn)).toSatisfy((n: number) => n >= 400 && n <= 1700);
    expect(mean((f) => f.langtidBreachShare)).toSatisfy((n: number) => n <= 0.45);
    expect(mean((f) => f.appeals)).toSatisfy((n: number) => n >= 2 && n <= 15);
  }, 120_000);
});
