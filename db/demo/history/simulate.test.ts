import { describe, expect, it } from 'vitest';
import { simulateHistory } from './simulate.ts';
import type { History } from './types.ts';

/** The history without the planner's wall-clock times, the only thing allowed to differ between runs. */
function withoutTimings(history: History): unknown {
  return JSON.parse(JSON.stringify(history, (key, value) => (key === 'millis' ? 0 : value)));
}

const short = { lastDay: '2026-06-30', days: 90 };

describe('simulateHistory', () => {
  it('when run twice from the same seed, then the histories are identical', async () => {
    const [a, b] = [await simulateHistory({ seed: 11, ...short }), await simulateHistory({ seed: 11, ...short })];
    expect(withoutTimings(a)).toEqual(withoutTimings(b));
    expect(a.planningRuns.length).toBeGreaterThan(10);
  }, 60_000);

  it('when run from different seeds, then the histories differ', async () => {
    const [a, b] = [await simulateHistory({ seed: 11, ...short }), await simulateHistory({ seed: 12, ...short })];
    expect(a.persons.map((p) => p.fnr)).not.toEqual(b.persons.map((p) => p.fnr));
    expect(a.applications.map((x) => x.receivedDate)).not.toEqual(b.applications.map((x) => x.receivedDate));
  }, 60_000);

  it('when run, then the history spans the days asked for and every day has its work', async () => {
    const h = await simulateHistory({ seed: 3, ...short });
    expect(h.firstDay).toBe('2026-04-02');
    expect(h.lastDay).toBe('2026-06-30');
    expect(h.meetings.every((m) => new Date(`${m.heldOn}T00:00:00Z`).getUTCDay() === 2)).toBe(true);
    expect(h.meetings.length).toBe(13);
    expect(h.placeReports.every((r) => r.freeNow <= r.staffedBeds && r.reserved <= r.freeNow && r.occupied <= r.staffedBeds)).toBe(true);
    expect(h.allocations.some((a) => a.status === 'admitted' && a.meeting !== null)).toBe(true);
    expect(h.allocations.some((a) => a.status === 'admitted' && a.meeting === null && a.proposedOn >= h.firstDay)).toBe(true);
  }, 60_000);
});
