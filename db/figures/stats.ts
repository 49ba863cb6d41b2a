/**
 * Median and 90th percentile of day counts, by the nearest-rank method: the p-th percentile
 * of n sorted values is the value at rank ⌈p/100 × n⌉ (1-based). It is always one of the
 * measured values (a whole number of days), never an interpolation, so «90 % waited at
 * most this many days» holds exactly. The median is the 50th percentile by the same rule:
 * for an even count it is the lower of the two middle values.
 */
import type { DayStats } from './types.ts';

/** The p-th percentile (0 < p ≤ 100) by nearest rank; null for an empty list. */
export function percentileNearestRank(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile must be in (0, 100], got ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  // (p × n) ÷ 100, not p ÷ 100 × n: 0.9 × 70 is 63.000…01 in floating point, whose ceiling is 64.
  const rank = Math.ceil((p * sorted.length) / 100);
  return sorted[Math.max(1, rank) - 1]!;
}

/** Count, median and p90 (nearest rank) of a list of day counts. */
export function dayStats(days: readonly number[]): DayStats {
  return { count: days.length, medianDays: percentileNearestRank(days, 50), p90Days: percentileNearestRank(days, 90) };
}

/** part ÷ whole × 100, null when whole is 0 (a share with nothing to share). */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : (part / whole) * 100;
}
