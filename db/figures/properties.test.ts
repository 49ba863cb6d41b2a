/** Rules that hold for every input, checked on generated records (no database). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates.ts';
import { caseTimeFigures } from './case-time.ts';
import { dischargeFigures } from './discharged.ts';
import type { EntryFacts } from './entries.ts';
import { guaranteeFigures } from './guarantees.ts';
import { overliggerFigures } from './overligger.ts';
import { clipPeriod, monthPeriod, tertialPeriod, yearPeriod } from './period.ts';
import type { Decision } from './vedtak.ts';
import { waitingAtEndFigures, type WaitPlace } from './waiting-list.ts';

const RATES = new Map([[2025, 4000], [2026, 5000], [2027, 5200]]);
const day = (offset: number) => addDays('2025-06-01', offset);
const maybeDay = fc.option(fc.integer({ min: 0, max: 900 }).map(day), { nil: null });
const kind = fc.constantFrom('korttid' as const, 'langtid' as const, 'bofellesskap' as const);
const period = fc.tuple(fc.constantFrom(2025, 2026, 2027), fc.integer({ min: 1, max: 12 }), fc.constantFrom(1, 2, 3), fc.constantFrom('month', 'tertial', 'year'),
  fc.option(fc.integer({ min: 0, max: 900 }).map(day), { nil: null }))
  .map(([y, m, t, k, today]) => {
    const p = k === 'month' ? monthPeriod(y, m) : k === 'tertial' ? tertialPeriod(y, t as 1 | 2 | 3) : yearPeriod(y);
    return (today ? clipPeriod(p, today) : p) ?? p;
  });

const entry = fc.record({
  entryId: fc.nat(), personId: fc.integer({ min: 1, max: 30 }), kind, priority: fc.constantFrom(1 as const, 2 as const, 3 as const),
  decisionDate: fc.integer({ min: 0, max: 600 }).map(day), guaranteeDate: maybeDay, admittedDate: maybeDay, closedDate: maybeDay,
}) satisfies fc.Arbitrary<EntryFacts>;

describe('figure rules for all inputs', () => {
  it('when waits are split by month, then the months add up to the period total, in days and kroner', () => {
    const wait = fc.tuple(fc.integer({ min: 0, max: 900 }), fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }))
      .map(([start, length]) => ({ readyDate: day(start), endedDate: length === null ? null : day(start + length) }));
    fc.assert(fc.property(fc.array(wait, { maxLength: 30 }), period, (waits, p) => {
      const figures = overliggerFigures(waits, p, RATES, 90_000);
      expect(figures.byMonth.reduce((n, m) => n + m.days, 0)).toBe(figures.days);
      expect(figures.byMonth.reduce((n, m) => n + m.nok, 0)).toBe(figures.nok);
      expect(figures.days).toBeLessThanOrEqual(waits.length * 366);
    }));
  });

  it('when guarantees and case times are counted, then every share lies within 0–100 and breaches never exceed the due', () => {
    const decision = fc.tuple(kind, fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 120 }), fc.constantFrom('innvilget' as const, 'avslag' as const, 'ventelistevedtak' as const))
      .map(([k, received, days, outcome]): Decision => ({ kind: k, outcome, receivedDate: day(received), decisionDate: day(received + days) }));
    fc.assert(fc.property(fc.array(entry, { maxLength: 40 }), fc.array(decision, { maxLength: 40 }), period, (entries, decisions, p) => {
      for (const row of guaranteeFigures(entries, p)) {
        expect(row.breached).toBeLessThanOrEqual(row.due);
        expect(row.breachPct === null ? row.due === 0 : row.breachPct >= 0 && row.breachPct <= 100).toBe(true);
      }
      const targets = { caseDays: { korttid: 14, langtid: 30, bofellesskap: 30 }, guaranteeBreachPct: 5 };
      for (const row of caseTimeFigures(decisions, targets)) {
        expect(row.withinTargetPct === null ? row.count === 0 : row.withinTargetPct >= 0 && row.withinTargetPct <= 100).toBe(true);
        if (row.count > 0) expect(row.medianDays!).toBeLessThanOrEqual(row.p90Days!);
      }
    }));
  });

  it('when the waiting list and the discharged are split by place, then the parts add up to the totals', () => {
    const place = fc.constantFrom<WaitPlace>('hjemme', 'korttid', 'sykehus');
    const patient = fc.record({ readyDate: fc.integer({ min: 0, max: 900 }).map(day), status: fc.constantFrom('utskrevet', 'avmeldt', 'utskrivningsklar'), endedDate: maybeDay,
      nextUnitKind: fc.option(kind, { nil: null }) });
    fc.assert(fc.property(fc.array(entry, { maxLength: 40 }), fc.array(place, { minLength: 30, maxLength: 30 }), fc.array(patient, { maxLength: 40 }), period,
      (entries, places, patients, p) => {
        const byPerson = new Map(places.map((pl, i) => [i + 1, pl]));
        for (const row of waitingAtEndFigures(entries, addDays(p.to, -1), byPerson)) expect(row.hjemme + row.korttid + row.sykehus).toBe(row.total);
        const discharged = dischargeFigures(patients, p);
        expect(discharged.rows.reduce((n, r) => n + r.count, 0)).toBe(discharged.total);
      }));
  });
});
