/**
 * The periods Nøkkeltall reports on: a calendar month, a tertial (the municipal reporting
 * third: jan–apr, mai–aug, sep–des) or a calendar year. `from` is the first day, `to` the
 * day after the last (half-open), so a period's days are daysBetween(from, to).
 */
import { addDays } from '../dates.ts';

export type PeriodKind = 'month' | 'tertial' | 'year';

export interface Period {
  kind: PeriodKind;
  /** URL form: `2026-11` (month), `2026-T3` (tertial), `2026` (year). */
  id: string;
  /** First day, ISO. */
  from: string;
  /** The day after the last day, ISO (half-open interval). */
  to: string;
  /** Norwegian label, e.g. «november 2026», «3. tertial 2026», «2026». */
  label: string;
}

const MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];
const pad = (n: number) => String(n).padStart(2, '0');
const firstOf = (year: number, month: number) => `${year}-${pad(month)}-01`;

export function monthPeriod(year: number, month: number): Period {
  const next = month === 12 ? firstOf(year + 1, 1) : firstOf(year, month + 1);
  return { kind: 'month', id: `${year}-${pad(month)}`, from: firstOf(year, month), to: next, label: `${MONTHS[month - 1]} ${year}` };
}

export function tertialPeriod(year: number, tertial: 1 | 2 | 3): Period {
  const startMonth = (tertial - 1) * 4 + 1;
  const to = tertial === 3 ? firstOf(year + 1, 1) : firstOf(year, startMonth + 4);
  return { kind: 'tertial', id: `${year}-T${tertial}`, from: firstOf(year, startMonth), to, label: `${tertial}. tertial ${year}` };
}

export function yearPeriod(year: number): Period {
  return { kind: 'year', id: String(year), from: firstOf(year, 1), to: firstOf(year + 1, 1), label: String(year) };
}

/** Parses a period id (`2026-11`, `2026-T3`, `2026`); null when it is not one. */
export function parsePeriod(id: string): Period | null {
  let m = /^(\d{4})-(\d{2})$/.exec(id);
  if (m) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? monthPeriod(Number(m[1]), month) : null;
  }
  m = /^(\d{4})-T([123])$/.exec(id);
  if (m) return tertialPeriod(Number(m[1]), Number(m[2]) as 1 | 2 | 3);
  m = /^(\d{4})$/.exec(id);
  return m ? yearPeriod(Number(m[1])) : null;
}

/** The period of the same kind just before. */
export function previousPeriod(p: Period): Period {
  const year = Number(p.from.slice(0, 4));
  const month = Number(p.from.slice(5, 7));
  if (p.kind === 'year') return yearPeriod(year - 1);
  if (p.kind === 'month') return month === 1 ? monthPeriod(year - 1, 12) : monthPeriod(year, month - 1);
  const tertial = (month - 1) / 4 + 1;
  return tertial === 1 ? tertialPeriod(year - 1, 3) : tertialPeriod(year, (tertial - 1) as 1 | 2);
}

/** The calendar months a period covers, in order (for the by-month series). */
export function monthsOf(p: Period): Period[] {
  const months: Period[] = [];
  for (let m = monthPeriod(Number(p.from.slice(0, 4)), Number(p.from.slice(5, 7))); m.from < p.to;) {
    months.push(m);
    const [y, mo] = [Number(m.from.slice(0, 4)), Number(m.from.slice(5, 7))];
    m = mo === 12 ? monthPeriod(y + 1, 1) : monthPeriod(y, mo + 1);
  }
  return months;
}

/** The last day of a period (inclusive), ISO: the day the period-end figures are read on. */
export const lastDayOf = (p: Period): string => addDays(p.to, -1);

/**
 * The latest period of a kind that has ended by `today` (the default the page opens on:
 * the last whole month, tertial or year). A period ends the day before its `to`.
 */
export function latestEndedPeriod(kind: PeriodKind, today: string): Period {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  if (kind === 'year') return yearPeriod(year - 1);
  if (kind === 'month') return month === 1 ? monthPeriod(year - 1, 12) : monthPeriod(year, month - 1);
  const current = Math.floor((month - 1) / 4) + 1;
  return current === 1 ? tertialPeriod(year - 1, 3) : tertialPeriod(year, (current - 1) as 1 | 2);
}

/**
 * A period cut off at `today` when it has not ended yet (the year so far): figures are
 * then read up to and including yesterday, and the label says so. An ended period is
 * returned as it is, a future one is null (nothing to read).
 */
export function clipPeriod(p: Period, today: string): (Period & { partial: boolean }) | null {
  if (p.from >= today) return null;
  if (p.to <= today) return { ...p, partial: false };
  const last = addDays(today, -1);
  const label = `${p.label} (til og med ${Number(last.slice(8, 10))}. ${MONTHS[Number(last.slice(5, 7)) - 1]})`;
  return { ...p, to: today, label, partial: true };
}
