/** saksbehandlingstid: received → vedtak in calendar days, of the vedtak made in the period, against the target. */
import { daysBetween } from '../dates.ts';
import { dayStats, percent } from './stats.ts';
import { KINDS } from './shared.ts';
import type { CaseTimeRow, Targets } from './types.ts';
import type { Decision } from './vedtak.ts';

/** One row per kind; within target: at most `targets.caseDays[kind]` days. */
export function caseTimeFigures(decisions: readonly Decision[], targets: Targets): CaseTimeRow[] {
  return KINDS.map((kind) => {
    const days = decisions.filter((d) => d.kind === kind).map((d) => daysBetween(d.receivedDate, d.decisionDate));
    const targetDays = targets.caseDays[kind];
    const withinTarget = days.filter((d) => d <= targetDays).length;
    return { kind, ...dayStats(days), targetDays, withinTarget, withinTargetPct: percent(withinTarget, days.length) };
  });
}
