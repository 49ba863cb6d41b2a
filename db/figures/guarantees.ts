/**
 * Guarantee breaches (brudd på garantitid). Due: granted entries whose guarantee date falls
 * in the period, unless withdrawn or deceased on or before that date. Breached: a due
 * entry not admitted (a non-interim stay) on or before its guarantee date. There was no
 * such rule elsewhere in the app (Oppgaver lists guarantees near or passed *today*; the
 * planner prices breaches ahead): this is the one for counting them afterwards.
 */
import { percent } from './stats.ts';
import { type DayRange, inRange, KINDS } from './shared.ts';
import type { EntryFacts } from './entries.ts';
import type { GuaranteeRow } from './types.ts';

/** The guarantee of an entry, as of its date: not due (closed first), kept or breached. */
export function guaranteeOutcome(e: EntryFacts): 'not-due' | 'kept' | 'breached' {
  const due = e.guaranteeDate!;
  if (e.closedDate !== null && e.closedDate <= due && (e.admittedDate === null || e.admittedDate > due)) return 'not-due';
  return e.admittedDate !== null && e.admittedDate <= due ? 'kept' : 'breached';
}

/** One row per kind. */
export function guaranteeFigures(entries: readonly EntryFacts[], range: DayRange): GuaranteeRow[] {
  const falling = entries.filter((e) => inRange(e.guaranteeDate, range)).map((e) => ({ kind: e.kind, outcome: guaranteeOutcome(e) }));
  return KINDS.map((kind) => {
    const due = falling.filter((g) => g.kind === kind && g.outcome !== 'not-due');
    const breached = due.filter((g) => g.outcome === 'breached').length;
    return { kind, due: due.length, breached, breachPct: percent(breached, due.length) };
  });
}
