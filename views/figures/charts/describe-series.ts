/**
 * The words a chart says: a monthly series' text alternative (trend, highest month,
 * whether the target was met), for the SVG's <desc> and anyone who cannot see the chart.
 */
import { formatList } from '../../format.ts';

/** One month of a series; `value` null when there was nothing to measure. */
export interface MonthPoint { month: string; label: string; value: number | null }

/** A line the series should stay under (`max`, e.g. breaches) or over (`min`). */
export interface SeriesTarget { value: number; direction: 'max' | 'min' }

export const targetMet = (value: number, target: SeriesTarget): boolean =>
  target.direction === 'max' ? value <= target.value : value >= target.value;

/**
 * @param format writes one value with its unit («12 %», «340 døgn»).
 * @returns sentences in bokmål; months without a value are named as such.
 */
export function describeSeries(title: string, points: MonthPoint[], format: (v: number) => string, target?: SeriesTarget): string {
  const measured = points.filter((p): p is MonthPoint & { value: number } => p.value !== null);
  const span = points.length ? `${points[0]!.label} til ${points[points.length - 1]!.label}` : '';
  if (measured.length === 0) return `${title}, ${span}: ingen måneder med tall.`;
  const first = measured[0]!;
  const last = measured[measured.length - 1]!;
  const highest = measured.reduce((top, p) => (p.value > top.value ? p : top));
  const scale = Math.max(...measured.map((p) => Math.abs(p.value)), 1);
  const trend = Math.abs(last.value - first.value) <= scale * 0.1 ? 'omtrent uendret' : last.value > first.value ? 'stigende' : 'fallende';
  const sentences = [
    `${title}, ${span}.`,
    `Utviklingen er ${trend}: fra ${format(first.value)} i ${first.label} til ${format(last.value)} i ${last.label}.`,
    `Høyest i ${highest.label} med ${format(highest.value)}.`,
  ];
  if (target) {
    const missed = measured.filter((p) => !targetMet(p.value, target));
    const goal = `Målet er ${target.direction === 'max' ? 'høyst' : 'minst'} ${format(target.value)}`;
    sentences.push(missed.length === 0
      ? `${goal}: nådd alle ${measured.length} måneder med tall.`
      : `${goal}: nådd ${measured.length - missed.length} av ${measured.length} måneder, ikke nådd i ${formatList(missed.map((p) => p.label))}.`);
  }
  const empty = points.length - measured.length;
  if (empty > 0) sentences.push(`${empty === 1 ? 'Én måned' : `${empty} måneder`} uten tall.`);
  return sentences.join(' ');
}
