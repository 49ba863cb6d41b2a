/** The monthly series the charts draw, read from one Figures per month. */
import type { Figures } from '../../../db/figures/types.ts';
import { formatShortMonth } from '../../format.ts';
import type { MonthPoint } from './describe-series.ts';

const point = (f: Figures, value: number | null): MonthPoint => ({ month: f.period.id, label: formatShortMonth(f.period.from), value });
const share = (part: number, whole: number): number | null => (whole === 0 ? null : (part / whole) * 100);

/** garantibrudd, all kinds: breached ÷ due × 100; null in a month where no guarantee fell due. */
export const breachSeries = (months: Figures[]): MonthPoint[] => months.map((f) => point(f,
  share(f.guarantees.reduce((s, r) => s + r.breached, 0), f.guarantees.reduce((s, r) => s + r.due, 0))));

/** The share of the month's vedtak made within their kind's saksbehandlingstid target. */
export const withinTargetSeries = (months: Figures[]): MonthPoint[] => months.map((f) => point(f,
  share(f.caseTime.reduce((s, r) => s + r.withinTarget, 0), f.caseTime.reduce((s, r) => s + r.count, 0))));

/** overliggerdøgn of each month. */
export const overliggerSeries = (months: Figures[]): MonthPoint[] => months.map((f) => point(f, f.overligger.days));
