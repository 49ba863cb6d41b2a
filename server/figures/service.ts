/** Nøkkeltall's use case: the figures one page shows, read in one go. */
import type { DbOrTx } from '../../db/client.ts';
import { computeFiguresFor } from '../../db/figures/compute.ts';
import { recordsSince } from '../../db/figures/records-since.ts';
import { FIGURE_DEFINITIONS } from '../../db/figures/definitions.ts';
import type { Figures } from '../../db/figures/types.ts';
import type { FigurePageData, FormulaText, SectionId } from '../../views/figures/figure-types.ts';
import { chartMonths, comparablePeriod, type ShownPeriod } from './periods.ts';

/**
 * The figures of `period`, of the period before (cut to the same length when `period` is
 * the year so far) and of each of the 12 months ending with the period's last month (the
 * charts), all clipped at `today`.
 */
export async function loadFigurePage(db: DbOrTx, period: ShownPeriod, today: string): Promise<FigurePageData> {
  const periods = [period, comparablePeriod(period), ...chartMonths(period, today)];
  // One read of the rows for all the spans (computeFiguresFor): about a quarter of the time of one computation each.
  const [figures, since] = await Promise.all([computeFiguresFor(db, periods), recordsSince(db)]);
  const [current, previous, ...months] = figures.map((f, i) => ({ ...f, period: periods[i]! }));
  return { current: current!, previous: previous!, months, recordsSince: since };
}

/** The formula texts of every section, from the one registry of definitions. */
export function sectionFormulas(): Partial<Record<SectionId, FormulaText[]>> {
  const formulas: Partial<Record<SectionId, FormulaText[]>> = {};
  for (const d of FIGURE_DEFINITIONS) (formulas[d.group] ??= []).push({ label: d.label, formula: d.formula });
  return formulas;
}
