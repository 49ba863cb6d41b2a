/**
 * computeFigures on the hand-made fixture (test-fixture.ts), one test per figure group, on
 * every driver. Each expected number is worked out by hand from the fixture's dates; the
 * comment beside it says how. March 2026 unless the test says otherwise.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDrivers } from '../../test/support/databases.ts';
import type { Database } from '../client.ts';
import { computeFigures, computeFiguresFor } from './compute.ts';
import { clipPeriod, monthPeriod, monthsOf, previousPeriod, tertialPeriod, yearPeriod } from './period.ts';
import { insertFigureFixture } from './test-fixture.ts';
import type { Figures } from './types.ts';

const empty = { count: 0, medianDays: null, p90Days: null };

describe.each(testDrivers)('computeFigures on the hand-made fixture on %s', (driver) => {
  let database: Database;
  let march: Figures;
  let february: Figures;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await insertFigureFixture(database.db);
    march = await computeFigures(database.db, monthPeriod(2026, 3));
    february = await computeFigures(database.db, monthPeriod(2026, 2));
  });
  afterAll(async () => { await database?.close(); });

  it('when settings hold the targets and 2,000 inhabitants, then the figures carry them', () => {
    expect(march.period.id).toBe('2026-03');
    expect(march.inhabitants).toBe(2000);
    expect(march.targets).toEqual({ caseDays: { korttid: 14, langtid: 30, bofellesskap: 30 }, guaranteeBreachPct: 5 });
  });

  it('when vedtak were made in March, then they are counted by kind and outcome (P1, P5 korttid; P2 innvilget, P3 avslag langtid; P4, P6–P8 decided earlier)', () => {
    expect(march.vedtak).toEqual([
      { kind: 'korttid', innvilget: 2, ventelistevedtak: 0, avslag: 0, total: 2 },
      { kind: 'langtid', innvilget: 1, ventelistevedtak: 0, avslag: 1, total: 2 },
      { kind: 'bofellesskap', innvilget: 0, ventelistevedtak: 0, avslag: 0, total: 0 },
    ]);
  });

  it('when case times are 10 and 5 days (korttid) and 37 and 4 (langtid), then median and p90 are by nearest rank and the share within target follows', () => {
    expect(march.caseTime).toEqual([
      // [5, 10]: median rank ⌈1⌉ = 5, p90 rank ⌈1.8⌉ = 2 → 10; both ≤ 14.
      { kind: 'korttid', count: 2, medianDays: 5, p90Days: 10, targetDays: 14, withinTarget: 2, withinTargetPct: 100 },
      // [4, 37]: 4 ≤ 30, 37 > 30.
      { kind: 'langtid', count: 2, medianDays: 4, p90Days: 37, targetDays: 30, withinTarget: 1, withinTargetPct: 50 },
      { kind: 'bofellesskap', ...empty, targetDays: 30, withinTarget: 0, withinTargetPct: null },
    ]);
  });

  it('when guarantees fell due in March, then those not admitted by the date are breaches and the withdrawn one is not due', () => {
    expect(march.guarantees).toEqual([
      // P1: due 16.03, admitted 04.03 → kept.
      { kind: 'korttid', due: 1, breached: 0, breachPct: 0 },
      // P2 (20.03, not admitted) and P4 (21.03, admitted 31.03) breached; P7 admitted on its date 15.03 (the interim stay does not count).
      { kind: 'langtid', due: 3, breached: 2, breachPct: (2 / 3) * 100 },
      // P6: due 10.03, withdrew 05.03 → not due.
      { kind: 'bofellesskap', due: 0, breached: 0, breachPct: null },
    ]);
  });

  it('when patients waited in hospital in March, then their overliggerdøgn are the days from ready to the day before discharge', () => {
    // P1 01–03.03 (3; ready in February), P2 10–31.03 (22, still there), P5 18–19.03 (2), P3 02.03 (1), P4 28–29.03 (2) = 30, at 5,000 NOK.
    expect(march.overligger).toEqual({ days: 30, nok: 150_000, per1000: 15, byMonth: [{ month: '2026-03', days: 30, nok: 150_000 }] });
  });

  it('when a tertial is clipped at 11 April, then overliggerdøgn fall in the months they lay in, and a wait over New Year is priced at each year\'s rate', async () => {
    const t1 = await computeFigures(database.db, clipPeriod(tertialPeriod(2026, 1), '2026-04-11')!);
    // January: P6's 01.01 (its 30–31.12 lie in 2025); February: P1's 27–28.02 and P11's 24–26.02; March 30; April: P2 01–10.04.
    expect(t1.overligger.byMonth).toEqual([
      { month: '2026-01', days: 1, nok: 5_000 }, { month: '2026-02', days: 5, nok: 25_000 },
      { month: '2026-03', days: 30, nok: 150_000 }, { month: '2026-04', days: 10, nok: 50_000 },
    ]);
    expect(t1.overligger.days).toBe(46);
    const y2025 = await computeFigures(database.db, yearPeriod(2025));
    expect(y2025.overligger).toMatchObject({ days: 2, nok: 8_000 });
  });

  it('when patients were declared ready in March, then each is counted where they went by the month\'s end', async () => {
    // P2 still in hospital → venter; P5 utskrevet, no unit stay → hjem; P3 avmeldt; P4 to L1 the day after discharge → langtid.
    expect(march.discharged).toEqual({ total: 4, rows: [
      { destination: 'korttid', count: 0 }, { destination: 'langtid', count: 1 }, { destination: 'bofellesskap', count: 0 },
      { destination: 'hjem', count: 1 }, { destination: 'avmeldt', count: 1 }, { destination: 'venter', count: 1 },
    ] });
    // P1 (ready 27.02) went to K1 on the day the hospital stay ended; P11 (ready 24.02) back to the L1 place she kept.
    const t1 = await computeFigures(database.db, clipPeriod(tertialPeriod(2026, 1), '2026-04-11')!);
    expect(t1.discharged.total).toBe(6);
    expect(t1.discharged.rows.filter((r) => r.count > 0)).toEqual([
      { destination: 'korttid', count: 1 }, { destination: 'langtid', count: 2 }, { destination: 'hjem', count: 1 },
      { destination: 'avmeldt', count: 1 }, { destination: 'venter', count: 1 },
    ]);
  });

  it('when the month ends, then the waiting list counts who had a vedtak and was not yet admitted, withdrawn or dead, by where they were', () => {
    expect(march.waitingAtEnd).toEqual([
      // P5 died 03.04, after the month: still waiting on 31.03, at home (hospital ended 20.03).
      { kind: 'korttid', hjemme: 1, korttid: 0, sykehus: 0, total: 1 },
      // P2 in hospital; P8 in an interim korttid bed; P4 admitted 31.03 and P7 15.03 are off the list.
      { kind: 'langtid', hjemme: 0, korttid: 1, sykehus: 1, total: 2 },
      { kind: 'bofellesskap', hjemme: 0, korttid: 0, sykehus: 0, total: 0 },
    ]);
  });

  it('when February ends, then entries whose status changed later count as they were that day', () => {
    expect(february.waitingAtEnd).toEqual([
      { kind: 'korttid', hjemme: 0, korttid: 0, sykehus: 0, total: 0 },
      // P4 and P8 at home; P7 in its interim korttid bed (admitted 15.03).
      { kind: 'langtid', hjemme: 2, korttid: 1, sykehus: 0, total: 3 },
      // P6 withdrew only on 05.03; P14 was marked admitted on 12.03.
      { kind: 'bofellesskap', hjemme: 2, korttid: 0, sykehus: 0, total: 2 },
    ]);
  });

  it('when people were admitted in March, then their waiting time is vedtak → admission, by kind and priority', () => {
    const rows = march.waitingTime.filter((r) => r.kind !== 'bofellesskap');
    expect(rows).toEqual([
      // P1: 02.03 → 04.03.
      { kind: 'korttid', priority: null, count: 1, medianDays: 2, p90Days: 2 },
      { kind: 'korttid', priority: 1, count: 1, medianDays: 2, p90Days: 2 },
      { kind: 'korttid', priority: 2, ...empty },
      { kind: 'korttid', priority: 3, ...empty },
      // P7 (prio 1): 15.01 → 15.03 = 59; P4 (prio 3): 20.01 → 31.03 = 70; P8's interim stay is no admission.
      { kind: 'langtid', priority: null, count: 2, medianDays: 59, p90Days: 70 },
      { kind: 'langtid', priority: 1, count: 1, medianDays: 59, p90Days: 59 },
      { kind: 'langtid', priority: 2, ...empty },
      { kind: 'langtid', priority: 3, count: 1, medianDays: 70, p90Days: 70 },
    ]);
    // P14: 20.01 → 12.03 = 51 days, from the status change (no allocation recorded).
    expect(march.waitingTime.filter((r) => r.kind === 'bofellesskap')).toEqual([
      { kind: 'bofellesskap', priority: null, count: 1, medianDays: 51, p90Days: 51 },
      { kind: 'bofellesskap', priority: 1, ...empty },
      { kind: 'bofellesskap', priority: 2, count: 1, medianDays: 51, p90Days: 51 },
      { kind: 'bofellesskap', priority: 3, ...empty },
    ]);
  });

  it('when beds were used in March, then occupancy, turnover and days per stay follow SSB, respite and the inactive unit (P13) left out', () => {
    expect(march.occupancy).toEqual([
      // K1: P1 04–18.03 (14), P7 interim 01–15.03 (14), P8 interim 20–31.03 (12) = 40 ÷ 31 ÷ 2; ended: P1 14 + P7 42 days.
      { kind: 'korttid', places: 2, stayDays: 40, occupancyPct: (40 / 31 / 2) * 100, staysStarted: 2, staysEnded: 2, daysPerStay: 28,
        staysInPeriod: 3, usersAtEnd: 1, turnover: 3 },
      // L1: P11 01–10.03 (9), P7 15–31.03 (17), P4 31.03 (1) = 27; P11's stay 01.01.2025–10.03.2026 = 433 days.
      { kind: 'langtid', places: 2, stayDays: 27, occupancyPct: (27 / 31 / 2) * 100, staysStarted: 2, staysEnded: 1, daysPerStay: 433,
        staysInPeriod: 3, usersAtEnd: 2, turnover: null },
      { kind: 'bofellesskap', places: 1, stayDays: 31, occupancyPct: 100, staysStarted: 0, staysEnded: 0, daysPerStay: null,
        staysInPeriod: 1, usersAtEnd: 1, turnover: null },
    ]);
  });

  it('when appeals moved in March and February, then each step counts in the month it happened', () => {
    // P3's received 08.03, kept 12.03, sent 13.03 (decided 10.04: open on 31.03); P4's annulled 20.03.
    expect(march.appeals).toEqual({ received: 1, reassessedKept: 1, reassessedChanged: 0, sent: 1, stadfestet: 0, opphevet: 1, omgjort: 0, openAtEnd: 1 });
    // P6's received 20.02 and changed by the office 25.02; P4's sent 01.02, still open on 28.02.
    expect(february.appeals).toEqual({ received: 1, reassessedKept: 0, reassessedChanged: 1, sent: 1, stadfestet: 0, opphevet: 0, omgjort: 0, openAtEnd: 1 });
  });

  it('when several periods are computed in one pass, then each has the same figures as computed alone', async () => {
    const year = clipPeriod(yearPeriod(2026), '2026-04-11')!;
    const periods = [year, previousPeriod(year), ...monthsOf(year), tertialPeriod(2026, 1)];
    const together = await computeFiguresFor(database.db, periods);
    for (const [i, period] of periods.entries()) expect(together[i]).toEqual(await computeFigures(database.db, period));
  });
});
