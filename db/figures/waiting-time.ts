/** Waiting time to placement: vedtak date → admission date (days) of the admissions in the period, by kind and priority. */
import { daysBetween } from '../dates.ts';
import { dayStats } from './stats.ts';
import { type DayRange, inRange, KINDS } from './shared.ts';
import type { EntryFacts } from './entries.ts';
import type { WaitingTimeRow } from './types.ts';

const PRIORITIES = [null, 1, 2, 3] as const;

/** Per kind: first all priorities (priority null), then priority 1, 2 and 3. */
export function waitingTimeFigures(entries: readonly EntryFacts[], range: DayRange): WaitingTimeRow[] {
  const admitted = entries.filter((e) => inRange(e.admittedDate, range));
  return KINDS.flatMap((kind) => PRIORITIES.map((priority) => {
    const days = admitted.filter((e) => e.kind === kind && (priority === null || e.priority === priority))
      .map((e) => daysBetween(e.decisionDate, e.admittedDate!));
    return { kind, priority, ...dayStats(days) };
  }));
}
