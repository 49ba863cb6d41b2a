/**
 * Every figure of one period, computed once from the events the database keeps: the one
 * function Nøkkeltall, the Årsrapport and their CSV files read. The formulas are in
 * definitions.ts; each group's rule is in its own module. Each group's rows are loaded
 * for a day range and counted per period, so several periods (a page's period, the one
 * before and its months) are read in one pass: computeFiguresFor.
 */
import type { DbOrTx } from '../client.ts';
import { loadOverliggerRates } from '../queries/queues.ts';
import { loadSettings, type Settings } from '../queries/settings.ts';
import { appealFigures, loadAppeals } from './appeals.ts';
import { caseTimeFigures } from './case-time.ts';
import { dischargeFigures, loadReadyPatients } from './discharged.ts';
import { loadEntries } from './entries.ts';
import { guaranteeFigures } from './guarantees.ts';
import { loadOccupancyInput, occupancyFigures } from './occupancy.ts';
import { loadReadyWaits, overliggerFigures } from './overligger.ts';
import { lastDayOf, type Period } from './period.ts';
import type { DayRange } from './shared.ts';
import type { Figures, Targets } from './types.ts';
import { decidedIn, loadDecisions, vedtakFigures } from './vedtak.ts';
import { loadPlacesOn, waitingAtEndFigures, waitingOn } from './waiting-list.ts';
import { waitingTimeFigures } from './waiting-time.ts';

/** The office's targets as the figures compare with them (settings, Mål). */
export function targetsOf(s: Settings): Targets {
  return {
    caseDays: { korttid: s.targetCaseDaysKorttid, langtid: s.targetCaseDaysLangtid, bofellesskap: s.targetCaseDaysBofellesskap },
    guaranteeBreachPct: s.targetGuaranteeBreachPct,
  };
}

/**
 * The figures of `period` (half-open [from, to); pass a period clipped at today with
 * clipPeriod for one not yet ended). Reads only (but creates the default settings row when
 * there is none, as loadSettings does); safe inside a transaction.
 */
export async function computeFigures(db: DbOrTx, period: Period): Promise<Figures> {
  return (await computeFiguresFor(db, [period]))[0]!;
}

/**
 * The figures of each period, in the order given: the same numbers as computeFigures for
 * each, with the rows read once for the days all of them span (a year, the year before
 * and twelve months cost about two years' read, not fourteen).
 */
export async function computeFiguresFor(db: DbOrTx, periods: readonly Period[]): Promise<Figures[]> {
  if (periods.length === 0) return [];
  const span: DayRange = {
    from: periods.reduce((min, p) => (p.from < min ? p.from : min), periods[0]!.from),
    to: periods.reduce((max, p) => (p.to > max ? p.to : max), periods[0]!.to),
  };
  const [settings, rates, decisions, entries, waits, patients, occupancy, appeals] = await Promise.all([
    loadSettings(db), loadOverliggerRates(db), loadDecisions(db, span), loadEntries(db, span),
    loadReadyWaits(db, span), loadReadyPatients(db, span), loadOccupancyInput(db, span), loadAppeals(db, span),
  ]);
  const lastDays = [...new Set(periods.map(lastDayOf))];
  const placesByDay = new Map(await Promise.all(lastDays.map(async (day) => {
    const waiting = [...new Set(entries.filter((e) => waitingOn(e, day)).map((e) => e.personId))];
    return [day, await loadPlacesOn(db, waiting, day)] as const;
  })));
  const targets = targetsOf(settings);
  return periods.map((period) => {
    const lastDay = lastDayOf(period);
    const decided = decidedIn(decisions, period);
    return {
      period,
      inhabitants: settings.inhabitants,
      targets,
      vedtak: vedtakFigures(decided),
      caseTime: caseTimeFigures(decided, targets),
      guarantees: guaranteeFigures(entries, period),
      overligger: overliggerFigures(waits, period, rates, settings.inhabitants),
      discharged: dischargeFigures(patients, period),
      waitingAtEnd: waitingAtEndFigures(entries, lastDay, placesByDay.get(lastDay)!),
      waitingTime: waitingTimeFigures(entries, period),
      occupancy: occupancyFigures(occupancy.stays, occupancy.places, period, lastDay),
      appeals: appealFigures(appeals, period, lastDay),
    };
  });
}
