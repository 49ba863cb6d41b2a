import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween } from '../dates.ts';
import {
  clipPeriod, lastDayOf, latestEndedPeriod, monthPeriod, monthsOf, parsePeriod, previousPeriod, tertialPeriod, yearPeriod,
} from './period.ts';

describe('periods', () => {
  it('when a month, tertial or year is made, then from is its first day and to the day after its last', () => {
    expect(monthPeriod(2026, 2)).toEqual({ kind: 'month', id: '2026-02', from: '2026-02-01', to: '2026-03-01', label: 'februar 2026' });
    expect(monthPeriod(2026, 12)).toMatchObject({ from: '2026-12-01', to: '2027-01-01', label: 'desember 2026' });
    expect(tertialPeriod(2026, 1)).toEqual({ kind: 'tertial', id: '2026-T1', from: '2026-01-01', to: '2026-05-01', label: '1. tertial 2026' });
    expect(tertialPeriod(2026, 2)).toMatchObject({ from: '2026-05-01', to: '2026-09-01' });
    expect(tertialPeriod(2026, 3)).toMatchObject({ from: '2026-09-01', to: '2027-01-01' });
    expect(yearPeriod(2026)).toEqual({ kind: 'year', id: '2026', from: '2026-01-01', to: '2027-01-01', label: '2026' });
  });

  it('when an id is parsed, then months, tertials and years come back and anything else is null', () => {
    expect(parsePeriod('2026-11')).toEqual(monthPeriod(2026, 11));
    expect(parsePeriod('2026-T3')).toEqual(tertialPeriod(2026, 3));
    expect(parsePeriod('2026')).toEqual(yearPeriod(2026));
    for (const bad of ['2026-13', '2026-00', '2026-T4', '2026-T0', '26', '2026-1', '', '2026-11-01', 'x2026']) expect(parsePeriod(bad)).toBeNull();
  });

  it('when any period id is parsed back, then it is the same period', () => {
    fc.assert(fc.property(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom(1, 2, 3), (y, m, t) => {
      for (const p of [monthPeriod(y, m), tertialPeriod(y, t as 1 | 2 | 3), yearPeriod(y)]) expect(parsePeriod(p.id)).toEqual(p);
    }));
  });

  it('when the previous period is asked for, then it is the one just before, across year ends', () => {
    expect(previousPeriod(monthPeriod(2026, 1))).toEqual(monthPeriod(2025, 12));
    expect(previousPeriod(monthPeriod(2026, 7))).toEqual(monthPeriod(2026, 6));
    expect(previousPeriod(tertialPeriod(2026, 1))).toEqual(tertialPeriod(2025, 3));
    expect(previousPeriod(tertialPeriod(2026, 3))).toEqual(tertialPeriod(2026, 2));
    expect(previousPeriod(yearPeriod(2026))).toEqual(yearPeriod(2025));
  });

  it('when any period is followed by its previous one, then the previous ends where it starts', () => {
    fc.assert(fc.property(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom(1, 2, 3), (y, m, t) => {
      for (const p of [monthPeriod(y, m), tertialPeriod(y, t as 1 | 2 | 3), yearPeriod(y)]) expect(previousPeriod(p).to).toBe(p.from);
    }));
  });

  it('when a period is split into months, then the months tile it: 1, 4 or 12 of them, end to end', () => {
    expect(monthsOf(tertialPeriod(2026, 2)).map((m) => m.id)).toEqual(['2026-05', '2026-06', '2026-07', '2026-08']);
    expect(monthsOf(yearPeriod(2026))).toHaveLength(12);
    expect(monthsOf(monthPeriod(2026, 12))).toEqual([monthPeriod(2026, 12)]);
    const months = monthsOf(yearPeriod(2024));
    expect(months.reduce((n, m) => n + daysBetween(m.from, m.to), 0)).toBe(366);
    months.slice(1).forEach((m, i) => expect(m.from).toBe(months[i]!.to));
  });

  it('when a period is clipped at today, then it ends today (read to yesterday) and says so; ended ones stay, future ones are null', () => {
    expect(clipPeriod(yearPeriod(2026), '2026-12-01')).toEqual({ ...yearPeriod(2026), to: '2026-12-01', label: '2026 (til og med 30. november)', partial: true });
    expect(clipPeriod(monthPeriod(2026, 11), '2026-12-01')).toEqual({ ...monthPeriod(2026, 11), partial: false });
    expect(clipPeriod(monthPeriod(2026, 12), '2026-12-01')).toBeNull();
    expect(clipPeriod(tertialPeriod(2026, 3), '2026-09-02')).toMatchObject({ to: '2026-09-02', label: '3. tertial 2026 (til og med 1. september)' });
    // A clipped year still splits into the months it has begun.
    expect(monthsOf(clipPeriod(yearPeriod(2026), '2026-12-01')!)).toHaveLength(11);
  });

  it('when the page opens, then the latest ended month, tertial and year before today are the defaults', () => {
    expect(latestEndedPeriod('month', '2026-12-01')).toEqual(monthPeriod(2026, 11));
    expect(latestEndedPeriod('month', '2026-01-15')).toEqual(monthPeriod(2025, 12));
    expect(latestEndedPeriod('tertial', '2026-12-01')).toEqual(tertialPeriod(2026, 2));
    expect(latestEndedPeriod('tertial', '2026-03-01')).toEqual(tertialPeriod(2025, 3));
    expect(latestEndedPeriod('tertial', '2026-05-01')).toEqual(tertialPeriod(2026, 1));
    expect(latestEndedPeriod('year', '2026-12-01')).toEqual(yearPeriod(2025));
  });

  it('when the last day is asked for, then it is the day before to', () => {
    expect(lastDayOf(monthPeriod(2026, 2))).toBe('2026-02-28');
    expect(lastDayOf(yearPeriod(2026))).toBe('2026-12-31');
  });
});
