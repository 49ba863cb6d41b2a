/** vedtak made in the period, by kind and outcome (decision date in the period). */
import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../client.ts';
import type { PlaceKind } from '../schema.ts';
import { type DayRange, inRange, KINDS } from './shared.ts';
import type { VedtakRow } from './types.ts';

/** An application decided in the period. */
export interface Decision { kind: PlaceKind; outcome: 'innvilget' | 'ventelistevedtak' | 'avslag'; receivedDate: string; decisionDate: string }

/** Applications whose decision date lies in the range. */
export async function loadDecisions(db: DbOrTx, range: DayRange): Promise<Decision[]> {
  const rows = await queryRows<{ kind: PlaceKind; outcome: Decision['outcome']; received: string; decided: string }>(db, sql`
    select kind, outcome, received_date::text as received, decision_date::text as decided from applications
    where decision_date >= ${range.from}::date and decision_date < ${range.to}::date`);
  return rows.map((r) => ({ kind: r.kind, outcome: r.outcome, receivedDate: r.received, decisionDate: r.decided }));
}

/** Those decided in the range. */
export const decidedIn = (decisions: readonly Decision[], range: DayRange): Decision[] => decisions.filter((d) => inRange(d.decisionDate, range));

/** One row per kind (all three, zeros included), of the decisions given (see {@link decidedIn}). */
export function vedtakFigures(decisions: readonly Decision[]): VedtakRow[] {
  return KINDS.map((kind) => {
    const of = decisions.filter((d) => d.kind === kind);
    const n = (outcome: Decision['outcome']) => of.filter((d) => d.outcome === outcome).length;
    return { kind, innvilget: n('innvilget'), ventelistevedtak: n('ventelistevedtak'), avslag: n('avslag'), total: of.length };
  });
}
