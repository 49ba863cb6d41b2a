/**
 * Choosing the period Nøkkeltall shows: the query (`periode`, `type`) read into a period
 * clipped to today, the choices of the period list, and the links to the period before
 * and after. Pure functions over db/figures/period.ts.
 */
import { addDays, daysBetween } from '../../db/dates.ts';
import {
  clipPeriod, lastDayOf, monthPeriod, parsePeriod, type Period, type PeriodKind, previousPeriod, tertialPeriod, yearPeriod,
} from '../../db/figures/period.ts';

export type ShownPeriod = Period & { partial: boolean };

/** The `type` field's values, in the form's order. */
export const KIND_LABELS: Record<PeriodKind, string> = { month: 'Måned', tertial: 'Tertial', year: 'År' };
const KINDS = Object.keys(KIND_LABELS) as PeriodKind[];
/** How many periods of each kind the list offers, newest first. */
const CHOICES: Record<PeriodKind, number> = { month: 24, tertial: 6, year: 5 };

/** The period of a kind that holds `day` (ISO). */
export function periodContaining(kind: PeriodKind, day: string): Period {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  if (kind === 'year') return yearPeriod(year);
  if (kind === 'month') return monthPeriod(year, month);
  return tertialPeriod(year, (Math.floor((month - 1) / 4) + 1) as 1 | 2 | 3);
}

/** The default: the current year so far (the last year on its first day, when nothing of this one has passed). */
export function defaultPeriod(today: string): ShownPeriod {
  return clipPeriod(periodContaining('year', today), today) ?? clipPeriod(periodContaining('year', addDays(today, -1)), today)!;
}

export type PeriodQuery = { ok: true; period: ShownPeriod } | { ok: false; field: 'periode' | 'type'; message: string };

/**
 * Reads `?periode=<id>&type=<kind>`. A `type` other than the period's own picks the period
 * of that kind holding the chosen one's last day already passed (so the form works
 * without JavaScript: change the kind, press Vis).
 */
export function readPeriodQuery(query: Record<string, unknown>, today: string): PeriodQuery {
  const id = typeof query.periode === 'string' ? query.periode.trim() : '';
  const kind = typeof query.type === 'string' && query.type !== '' ? query.type : undefined;
  if (kind !== undefined && !KINDS.includes(kind as PeriodKind)) {
    return { ok: false, field: 'type', message: 'Periodetype: velg måned, tertial eller år.' };
  }
  if (id === '') return { ok: true, period: kind ? latestOfKind(kind as PeriodKind, today) : defaultPeriod(today) };
  const parsed = parsePeriod(id);
  if (!parsed) return { ok: false, field: 'periode', message: `Periode: «${id}» er ikke en periode. Velg en måned, et tertial eller et år i listen.` };
  const clipped = clipPeriod(parsed, today);
  if (!clipped) return { ok: false, field: 'periode', message: `Periode: ${parsed.label} har ikke begynt ennå. Velg en periode som har begynt.` };
  if (kind === undefined || kind === parsed.kind) return { ok: true, period: clipped };
  const day = lastDayOf(clipped);
  return { ok: true, period: clipPeriod(periodContaining(kind as PeriodKind, day), today)! };
}

/** The period of a kind that holds yesterday, clipped: the newest one with figures. */
const latestOfKind = (kind: PeriodKind, today: string): ShownPeriod => clipPeriod(periodContaining(kind, addDays(today, -1)), today)!;

/** The periods the list offers for a kind: the newest (possibly partial) first. */
export function periodChoices(kind: PeriodKind, today: string): ShownPeriod[] {
  const choices: ShownPeriod[] = [];
  for (let p: Period = latestOfKind(kind, today); choices.length < CHOICES[kind]; p = previousPeriod(parsePeriod(p.id)!)) {
    choices.push(clipPeriod(parsePeriod(p.id)!, today)!);
  }
  return choices;
}

/** The period of the same kind right after, or null when it has not begun. */
export function nextPeriod(p: Period, today: string): ShownPeriod | null {
  const full = parsePeriod(p.id)!;
  return clipPeriod(periodContaining(p.kind, full.to), today);
}

/** The period before, of the same kind, whole (the «Forrige» link). */
export const periodBefore = (p: Period): Period => previousPeriod(parsePeriod(p.id)!);

/**
 * The period before, to compare with: whole when `p` is whole; when `p` is cut off at
 * today (the year so far), the same number of days from the start of the period before,
 * so a part of a year is not weighed against a whole one.
 */
export function comparablePeriod(p: ShownPeriod): ShownPeriod {
  const before = previousPeriod(parsePeriod(p.id)!);
  if (!p.partial) return { ...before, partial: false };
  return clipPeriod(before, addDays(before.from, daysBetween(p.from, p.to)))!;
}

/**
 * The 12 calendar months ending with the month of the period's last day, each clipped to
 * today: the charts' x axis.
 */
export function chartMonths(p: Period, today: string): ShownPeriod[] {
  const months: ShownPeriod[] = [];
  let month: Period = periodContaining('month', lastDayOf(p));
  for (let i = 0; i < 12; i++, month = previousPeriod(month)) months.unshift(clipPeriod(month, today)!);
  return months;
}
