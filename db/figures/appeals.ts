/**
 * Appeals (klager): received in the period, and each step dated in it: the office's
 * reassessment (kept or changed), sent on, and the appeal body's outcome. Open at the end:
 * received on or before the last day, with no outcome and not changed by the office by then.
 */
import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../client.ts';
import { type DayRange, inRange } from './shared.ts';
import type { AppealFigures } from './types.ts';

export interface AppealRow {
  receivedDate: string; reassessedDate: string | null; reassessmentResult: string | null;
  sentDate: string | null; outcome: string | null; outcomeDate: string | null;
}

/** Appeals received before the range ends. */
export async function loadAppeals(db: DbOrTx, range: DayRange): Promise<AppealRow[]> {
  const rows = await queryRows<{ received: string; reassessed: string | null; result: string | null; sent: string | null; outcome: string | null; outcome_date: string | null }>(db, sql`
    select received_date::text as received, reassessed_date::text as reassessed, reassessment_result as result,
      sent_date::text as sent, outcome, outcome_date::text as outcome_date
    from appeals where received_date < ${range.to}::date`);
  return rows.map((r) => ({
    receivedDate: r.received, reassessedDate: r.reassessed, reassessmentResult: r.result, sentDate: r.sent, outcome: r.outcome, outcomeDate: r.outcome_date,
  }));
}

export function appealFigures(appeals: readonly AppealRow[], range: DayRange, lastDay: string): AppealFigures {
  const count = (f: (a: AppealRow) => boolean) => appeals.filter(f).length;
  const reassessed = (result: string) => (a: AppealRow) => a.reassessmentResult === result && inRange(a.reassessedDate, range);
  const decided = (outcome: string) => (a: AppealRow) => a.outcome === outcome && inRange(a.outcomeDate, range);
  return {
    received: count((a) => inRange(a.receivedDate, range)),
    reassessedKept: count(reassessed('opprettholdt')), reassessedChanged: count(reassessed('omgjort')),
    sent: count((a) => inRange(a.sentDate, range)),
    stadfestet: count(decided('stadfestet')), opphevet: count(decided('opphevet')), omgjort: count(decided('omgjort')),
    openAtEnd: count((a) => a.receivedDate <= lastDay && !(a.outcomeDate !== null && a.outcomeDate <= lastDay)
      && !(a.reassessmentResult === 'omgjort' && a.reassessedDate !== null && a.reassessedDate <= lastDay)),
  };
}
