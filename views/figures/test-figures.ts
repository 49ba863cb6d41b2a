/** Hand-made Figures for view tests: a month with the given breach count and overliggerdøgn, the rest plain. */
import type { Figures } from '../../db/figures/types.ts';
import { monthPeriod } from '../../db/figures/period.ts';

export function monthFigures(year: number, month: number, { due = 20, breached = 1, overligger = 30, within = 9, decided = 10 } = {}): Figures {
  return {
    period: monthPeriod(year, month),
    inhabitants: 100_000,
    targets: { caseDays: { korttid: 14, langtid: 30, bofellesskap: 30 }, guaranteeBreachPct: 5 },
    vedtak: [{ kind: 'korttid', innvilget: 8, ventelistevedtak: 0, avslag: 2, total: 10 }],
    caseTime: [{ kind: 'korttid', count: decided, medianDays: 4, p90Days: 12, targetDays: 14, withinTarget: within, withinTargetPct: decided ? (within / decided) * 100 : null }],
    guarantees: [{ kind: 'langtid', due, breached, breachPct: due ? (breached / due) * 100 : null }],
    overligger: { days: overligger, nok: overligger * 5981, per1000: overligger / 100, byMonth: [{ month: monthPeriod(year, month).id, days: overligger, nok: overligger * 5981 }] },
    discharged: { total: 12, rows: [{ destination: 'korttid', count: 9 }, { destination: 'hjem', count: 3 }] },
    waitingAtEnd: [{ kind: 'langtid', hjemme: 4, korttid: 6, sykehus: 1, total: 11 }],
    waitingTime: [{ kind: 'langtid', priority: null, count: 3, medianDays: 40, p90Days: 80 }],
    occupancy: [{ kind: 'korttid', places: 88, stayDays: 2400, occupancyPct: 90.9, staysStarted: 60, staysEnded: 58, daysPerStay: 21.5, staysInPeriod: 140, usersAtEnd: 80, turnover: 1.7 }],
    appeals: { received: 2, reassessedKept: 1, reassessedChanged: 0, sent: 1, stadfestet: 1, opphevet: 0, omgjort: 0, openAtEnd: 1 },
  };
}
