import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates.ts';
import { availableOn, type DatedCount, type LedgerInput, ledgerDays, plannerPlaces } from './ledger-days.ts';

const TODAY = '2026-11-23';
const day = (offset: number) => addDays(TODAY, offset);

/** S(d) − R(d), straight from the definition. */
function net(input: LedgerInput, date: string): number {
  const upTo = (list: DatedCount[]) => list.filter((x) => x.date <= date).reduce((sum, x) => sum + x.count, 0);
  return input.freeNow + upTo(input.supply) - upTo(input.reservations);
}

const dated = (min: number, max: number) => fc.record({ date: fc.integer({ min: -3, max: 40 }).map(day), count: fc.integer({ min, max }) });
const input = fc.record({
  today: fc.constant(TODAY),
  freeNow: fc.integer({ min: -2, max: 4 }),
  supply: fc.array(dated(1, 3), { maxLength: 6 }),
  reservations: fc.array(dated(1, 2), { maxLength: 6 }),
});
const probeDays = Array.from({ length: 46 }, (_, i) => day(i - 2));

describe('the ledger over days', () => {
  it('when a unit with no free place has one departure on 14.12 reserved, then nothing is left on any day', () => {
    const days = ledgerDays({ today: TODAY, freeNow: 0, supply: [{ date: '2026-12-14', count: 1 }], reservations: [{ date: '2026-12-14', count: 1 }] });
    expect(plannerPlaces(days)).toEqual({ freeNow: 0, departures: [] });
    expect(availableOn(days, '2026-12-14')).toBe(0);
    expect(availableOn(days, '2027-06-01')).toBe(0);
    expect(days.shortfall).toBeNull();
  });

  it('when a place free today is reserved for a later day, then it is not free today either', () => {
    const days = ledgerDays({ today: TODAY, freeNow: 1, supply: [], reservations: [{ date: day(5), count: 1 }] });
    expect(availableOn(days, TODAY)).toBe(0);
    expect(plannerPlaces(days).freeNow).toBe(0);
  });

  it('when two are reserved on a day that frees only one place, then the shortfall is shown, not clamped away', () => {
    const days = ledgerDays({ today: TODAY, freeNow: 0, supply: [{ date: day(3), count: 1 }], reservations: [{ date: day(3), count: 2 }] });
    expect(days.shortfall).toEqual({ date: day(3), count: 1 });
    expect(availableOn(days, TODAY)).toBe(-1);
    expect(plannerPlaces(days)).toEqual({ freeNow: 0, departures: [] });
  });

  it('for any ledger, A(d) is the least S − R from d on, and never falls', () => {
    fc.assert(fc.property(input, (ledger) => {
      const days = ledgerDays(ledger);
      let before = -Infinity;
      for (const [i, d] of probeDays.entries()) {
        if (d < TODAY) continue;
        const a = availableOn(days, d);
        expect(a).toBe(Math.min(...probeDays.slice(i).map((later) => net(ledger, later))));
        expect(a).toBeGreaterThanOrEqual(before);
        before = a;
      }
    }));
  });

  it('for any supply and any order of accepts, the accept check never lets reservations exceed supply on a day, and refuses only what would', () => {
    fc.assert(fc.property(input, fc.array(fc.integer({ min: -2, max: 42 }).map(day), { maxLength: 25 }), (start, attempts) => {
      const ledger: LedgerInput = { ...start, freeNow: Math.max(0, start.freeNow), reservations: [] };
      for (const date of attempts) {
        const tried: LedgerInput = { ...ledger, reservations: [...ledger.reservations, { date, count: 1 }] };
        const fits = probeDays.every((d) => d < TODAY || net(tried, d) >= 0);
        expect(availableOn(ledgerDays(ledger), date) >= 1).toBe(fits);
        if (fits) ledger.reservations = tried.reservations;
      }
      for (const d of probeDays) if (d >= TODAY) expect(net(ledger, d)).toBeGreaterThanOrEqual(0);
    }));
  });

  it('for any ledger, every place the planner is offered can be accepted, and once all are, none is offered again', () => {
    fc.assert(fc.property(input, (ledger) => {
      const offered = plannerPlaces(ledgerDays(ledger));
      const places = [...Array(offered.freeNow).fill(TODAY), ...offered.departures.flatMap((d) => Array(d.count).fill(d.date) as string[])];
      const taken: LedgerInput = { ...ledger, reservations: [...ledger.reservations] };
      for (const date of places) {
        expect(availableOn(ledgerDays(taken), date)).toBeGreaterThanOrEqual(1);
        taken.reservations.push({ date, count: 1 });
      }
      expect(plannerPlaces(ledgerDays(taken))).toEqual({ freeNow: 0, departures: [] });
    }));
  });
});
