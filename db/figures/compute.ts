/**
 * Every figure of one period, computed once from the events the database keeps: the one
 * function Nøkkeltall, the Årsrapport and their CSV files read. The formulas are in
 * definitions.ts; each group's rule is in its own module.
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
import type { Figures, Targets } from './types.ts';
import { loadDecisions, vedtakFigures } from './vedtak.ts';
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
  const lastDay = lastDayOf(period);
  const [settings, rates, decisions, entries, waits, patients, occupancy, appeals] = await Promise.all([
    loadSettings(db), loadOverliggerRates(db), loadDecisions(db, period), loadEntries(db, period),
    loadReadyWaits(db, period), loadReadyPatients(db, period), loadOccupancyInput(db, period), loadAppeals(db, period),
  ]);
  const waitingPersons = [...new Set(entries.filter((e) => waitingOn(e, lastDay)).map((e) => e.personId))];
  const places = await loadPlacesOn(db, waitingPersons, lastDay);
  const targets = targetsOf(settings);
  return {
    period,
    inhabitants: settings.inhabitants,
    targets,
    vedtak: vedtakFigures(decisions),
    caseTime: caseTimeFigures(decisions, targets),
    guarantees: guaranteeFigures(entries, period),
    overligger: overliggerFigures(waits, period, rates, settings.inhabitants),
    discharged: dischargeFigures(patients, period),
    waitingAtEnd: waitingAtEndFigures(entries, lastDay, places),
    waitingTime: waitingTimeFigures(entries, period),
    occupancy: occupancyFigures(occupancy.stays, occupancy.places, period, lastDay),
    appeals: appealFigures(appeals, period, lastDay),
  };
}
