/**
 * Rows an import already has. A row repeats a vedtak when the same person (fødselsnummer)
 * has one of the same kind received or decided on the same day; a granted row repeats a
 * place on the waiting list when the person already waits for that kind (an open entry:
 * waiting or reserved, as the queues count it). Earlier rows of the same file count too.
 */
import { and, inArray } from 'drizzle-orm';
import { isAnyOf } from '../batch.ts';
import type { DbOrTx } from '../client.ts';
import { applications, type PlaceKind, waitlistEntries, type WaitStatus } from '../schema.ts';
import { type NewVedtak, putsOnWaitingList } from './vedtak.ts';

/** Entries still in the queue: the person waits for, or has been promised, a place. */
export const OPEN_WAIT_STATUSES: readonly WaitStatus[] = ['waiting', 'reserved'];

/** Why a row was not imported again: the stored vedtak or entry it repeats, or the earlier row. */
export type Duplicate =
  | { line: number; of: 'vedtak'; kind: PlaceKind; same: 'received' | 'decided'; date: string }
  | { line: number; of: 'waiting'; kind: PlaceKind }
  | { line: number; of: 'file'; earlierLine: number };

export interface KnownVedtak { fnr: string; kind: PlaceKind; receivedDate: string; decisionDate: string | null }
/** What the database holds for the file's persons. */
export interface Known { vedtak: KnownVedtak[]; waiting: { fnr: string; kind: PlaceKind }[] }

export interface RowToSort {
  line: number;
  person: { fnr: string };
  /** A pending application (søknad under behandling) has no outcome or decision date. */
  vedtak: Pick<NewVedtak, 'kind' | 'receivedDate'> & { outcome: NewVedtak['outcome'] | null; decisionDate: string | null };
}

type Source = { known: 'vedtak' | 'waiting' } | { line: number };
interface Key { key: string; same: 'received' | 'decided'; date: string }

/** Splits rows, in file order, into those to import and those already there. */
export function sortOutDuplicates<R extends RowToSort>(rows: readonly R[], known: Known): { fresh: R[]; duplicates: Duplicate[] } {
  const byVedtak = new Map<string, Source>();
  const byWaiting = new Map<string, Source>();
  const remember = (map: Map<string, Source>, key: string, source: Source) => { if (!map.has(key)) map.set(key, source); };
  for (const v of known.vedtak) for (const { key } of vedtakKeys(v.fnr, v)) remember(byVedtak, key, { known: 'vedtak' });
  for (const w of known.waiting) remember(byWaiting, `${w.fnr}|${w.kind}`, { known: 'waiting' });

  const fresh: R[] = [];
  const duplicates: Duplicate[] = [];
  for (const row of rows) {
    const keys = vedtakKeys(row.person.fnr, row.vedtak);
    const waitKey = `${row.person.fnr}|${row.vedtak.kind}`;
    const granted = putsOnWaitingList(row.vedtak);
    const hit = keys.find((k) => byVedtak.has(k.key));
    const source = hit ? byVedtak.get(hit.key)! : granted ? byWaiting.get(waitKey) : undefined;
    if (source) duplicates.push(describe(row.line, row.vedtak.kind, source, hit));
    else fresh.push(row);
    // A later row with the same dates repeats this one, even when this one was not imported.
    for (const { key } of keys) remember(byVedtak, key, { line: row.line });
    if (granted) remember(byWaiting, waitKey, { line: row.line });
  }
  return { fresh, duplicates };
}

function vedtakKeys(fnr: string, v: { kind: PlaceKind; receivedDate: string; decisionDate: string | null }): Key[] {
  const received: Key = { key: `${fnr}|${v.kind}|mottatt ${v.receivedDate}`, same: 'received', date: v.receivedDate };
  return v.decisionDate ? [received, { key: `${fnr}|${v.kind}|vedtak ${v.decisionDate}`, same: 'decided', date: v.decisionDate }] : [received];
}

function describe(line: number, kind: PlaceKind, source: Source, hit: Key | undefined): Duplicate {
  if ('line' in source) return { line, of: 'file', earlierLine: source.line };
  if (source.known === 'waiting' || !hit) return { line, of: 'waiting', kind };
  return { line, of: 'vedtak', kind, same: hit.same, date: hit.date };
}

/** The vedtak and open entries of these persons (id → fødselsnummer), in two queries. */
export async function loadKnown(db: DbOrTx, fnrOf: ReadonlyMap<number, string>): Promise<Known> {
  if (fnrOf.size === 0) return { vedtak: [], waiting: [] };
  const ids = [...fnrOf.keys()];
  const vedtak = await db.select({
    personId: applications.personId, kind: applications.kind, receivedDate: applications.receivedDate, decisionDate: applications.decisionDate,
  }).from(applications).where(isAnyOf(applications.personId, ids));
  const waiting = await db.select({ personId: waitlistEntries.personId, kind: waitlistEntries.kind }).from(waitlistEntries)
    .where(and(isAnyOf(waitlistEntries.personId, ids), inArray(waitlistEntries.status, [...OPEN_WAIT_STATUSES])));
  return {
    vedtak: vedtak.map(({ personId, ...v }) => ({ ...v, fnr: fnrOf.get(personId)! })),
    waiting: waiting.map((w) => ({ fnr: fnrOf.get(w.personId)!, kind: w.kind })),
  };
}
