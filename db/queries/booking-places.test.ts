import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateSnapshot } from '../../solver/index.ts';
import { addDays } from '../dates.ts';
import { unitBookings, peakBooked } from './booking-places.ts';
import { firstShortDay, ledgerDays } from './ledger-days.ts';
import type { LedgerBooking } from './ledger-events.ts';

const today = '2026-12-01';
const day = (n: number) => addDays(today, n);
const base = (freeNow: number, supply: { date: string; count: number }[] = [], reservations: { date: string; count: number }[] = []) =>
  ({ today, freeNow, supply, reservations });
const stay = (from: number, to: number, count = 1, inReport = false): LedgerBooking => ({ from: day(from), to: day(to), count, inReport });

describe('firstShortDay', () => {
  it('when a reservation takes the last place for good on day 5, then a stay before it fits and one across it does not', () => {
    const days = ledgerDays(base(1, [], [{ date: day(5), count: 1 }]));
    expect(firstShortDay(days, { from: day(0), to: day(5), count: 1 })).toBeNull();
    expect(firstShortDay(days, { from: day(3), to: day(7), count: 1 })).toEqual({ date: day(5), count: 0 });
  });

  it('when the stay moves, then the days of its old dates count as free to it', () => {
    const days = ledgerDays(base(1, [{ date: day(6), count: 1 }], [{ date: day(2), count: 1 }]));
    expect(firstShortDay(days, { from: day(3), to: day(8), count: 1 })).toEqual({ date: day(3), count: 0 });
    expect(firstShortDay(days, { from: day(3), to: day(8), count: 1 }, { from: day(2), to: day(6), count: 1 })).toBeNull();
  });
});

describe('unitBookings (the v2 snapshot part of a unit)', () => {
  it('when stays begin today or later, then they are listed, merged by dates, and free now and departures leave them out', () => {
    const unit = { closed: false, base: base(2, [{ date: day(9), count: 1 }]), bookings: [stay(6, 13), stay(6, 13), stay(20, 27)] };
    expect(unitBookings(unit)).toEqual({
      freeNow: 2, departures: [{ date: day(9), count: 1 }],
      bookings: [{ from: day(6), to: day(13), count: 2 }, { from: day(20), to: day(27), count: 1 }],
    });
  });

  it('when a stay began before today, then it is no booking: its bed is not free now and its return is a departure', () => {
    expect(unitBookings({ closed: false, base: base(2), bookings: [stay(-3, 4)] }))
      .toEqual({ freeNow: 1, departures: [{ date: day(4), count: 1 }], bookings: [] });
    // A guest in the latest report's occupied beds is not counted again.
    expect(unitBookings({ closed: false, base: base(1), bookings: [stay(-3, 4, 1, true)] }))
      .toEqual({ freeNow: 1, departures: [{ date: day(4), count: 1 }], bookings: [] });
  });

  it('when a stay sits in a gap before a place reserved for good, then it is folded in, so the snapshot stays valid and holds it', () => {
    const unit = { closed: false, base: base(1, [], [{ date: day(5), count: 1 }]), bookings: [stay(0, 3)] };
    const places = unitBookings(unit);
    expect(places).toEqual({ freeNow: 0, departures: [], bookings: [] });
  });

  it('when the unit is closed, then it offers nothing and lists nothing', () => {
    expect(unitBookings({ closed: true, base: base(3), bookings: [stay(2, 5)] })).toEqual({ freeNow: 0, departures: [], bookings: [] });
  });

  it('when written into a v2 snapshot, then the planner accepts the unit', () => {
    const places = unitBookings({ closed: false, base: base(1, [{ date: day(3), count: 1 }], [{ date: day(1), count: 1 }]), bookings: [stay(4, 11), stay(11, 18)] });
    const snapshot = {
      format: 'plassplan.snapshot/2', today, horizonDays: 28,
      units: [{ id: 'BRE-K', kind: 'korttid', tags: [], ...places }], applicants: [],
    };
    expect(validateSnapshot(snapshot)).toMatchObject({ ok: true });
  });

  it('for random ledgers and stays, even over-booked ones, the v2 unit is valid and no day offers more than the ledger leaves', () => {
    const dated = fc.record({ date: fc.integer({ min: 0, max: 30 }).map(day), count: fc.integer({ min: 1, max: 2 }) });
    const booked = fc.record({ from: fc.integer({ min: -5, max: 25 }), length: fc.integer({ min: 1, max: 10 }), count: fc.integer({ min: 1, max: 2 }) })
      .map((b) => stay(b.from, b.from + b.length, b.count));
    fc.assert(fc.property(fc.integer({ min: -1, max: 3 }), fc.array(dated, { maxLength: 3 }), fc.array(dated, { maxLength: 3 }), fc.array(booked, { maxLength: 5 }),
      (freeNow, supply, reservations, bookings) => {
        const unit = { closed: false, base: base(freeNow, supply, reservations), bookings };
        const places = unitBookings(unit);
        const snapshot = { format: 'plassplan.snapshot/2', today, horizonDays: 40, units: [{ id: 'U', kind: 'korttid', tags: [], ...places }], applicants: [] };
        expect(validateSnapshot(snapshot)).toMatchObject({ ok: true });
        // What the planner may admit for good on day t never exceeds what the ledger, with every stay in it, leaves from t on.
        const all = ledgerDays({ ...unit.base, supply: [...supply, ...bookings.map((b) => ({ date: b.to, count: b.count }))],
          reservations: [...reservations, ...bookings.map((b) => ({ date: b.from, count: b.count }))] });
        const sum = (xs: { count: number }[]) => xs.reduce((n, x) => n + x.count, 0);
        const plannerLeft = (d: string) => places.freeNow + sum(places.departures.filter((x) => x.date <= d)) - sum(places.bookings.filter((b) => b.from <= d && d < b.to));
        const ledgerLeft = (d: string) => all.net.filter((n) => n.date <= d).at(-1)?.count ?? all.net[0]!.count;
        const days = Array.from({ length: 40 }, (_, t) => day(t));
        for (const [t, d] of days.entries()) {
          const later = days.slice(t);
          expect(Math.min(...later.map(plannerLeft)), d).toBeLessThanOrEqual(Math.max(0, Math.min(...later.map(ledgerLeft))));
        }
      }), { numRuns: 150 });
  });

  it('counts the most places booked on one day from today on', () => {
    expect(peakBooked([stay(-2, 3), stay(1, 4), stay(10, 12, 2)], today)).toBe(2);
    expect(peakBooked([], today)).toBe(0);
  });
});
