/** Filtering, sorting and the overview of the waiting lists: pure functions over `QueueRow`s. */
import type { GuaranteeStatus, Place } from './queue-status.ts';
import { QUEUE_IDS, type QueueId, type QueueRow } from './queues.ts';

export const SORT_KEYS = ['navn', 'fnr', 'bydel', 'prioritet', 'behov', 'vedtak', 'garanti', 'dager', 'sted', 'overligger'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** Every field optional: an absent filter keeps every row. */
export interface QueueFilter {
  district?: string;
  need?: string;
  place?: Place;
  guarantee?: GuaranteeStatus;
}

export interface QueueSort {
  key: SortKey;
  descending: boolean;
}

/** The rows that match every given filter, in their order. */
export function filterRows(rows: readonly QueueRow[], filter: QueueFilter): QueueRow[] {
  return rows.filter((row) =>
    (filter.district === undefined || row.district === filter.district)
    && (filter.need === undefined || row.requiredTags.includes(filter.need))
    && (filter.place === undefined || row.place === filter.place)
    && (filter.guarantee === undefined || row.guarantee === filter.guarantee));
}

const collator = new Intl.Collator('nb');
const PLACE_RANK: Record<Place, number> = { sykehus: 0, korttidsplass: 1, 'annen-enhet': 2, hjemme: 3 };

type SortValue = string | number | null;
const SORT_VALUE: Record<SortKey, (row: QueueRow) => SortValue> = {
  navn: (r) => r.name,
  fnr: (r) => r.fnrMasked,
  bydel: (r) => r.district,
  prioritet: (r) => r.priority,
  behov: (r) => (r.requiredTags.length ? r.requiredTags.join(',') : null),
  vedtak: (r) => r.decisionDate,
  garanti: (r) => r.guaranteeDate,
  dager: (r) => r.guaranteeDaysLeft,
  sted: (r) => PLACE_RANK[r.place],
  overligger: (r) => (r.location.type === 'hospital' ? r.location.overligger.days : 0),
};

function compare(a: SortValue, b: SortValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/**
 * The rows sorted by one column; ties keep their given (most urgent first) order, and
 * rows without a value (no guarantee date, no need) go last in either direction.
 */
export function sortRows(rows: readonly QueueRow[], sort: QueueSort): QueueRow[] {
  const value = SORT_VALUE[sort.key];
  const sign = sort.descending ? -1 : 1;
  return [...rows].sort((x, y) => {
    const a = value(x);
    const b = value(y);
    if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
    return sign * compare(a, b);
  });
}

export interface QueueSummary {
  waiting: number;
  pastGuarantee: number;
  inHospital: number;
}

/** Per queue and across all of them (`alle`): how many wait, are past their guarantee, lie in hospital. */
export function summarizeQueues(rows: readonly QueueRow[]): Record<QueueId | 'alle', QueueSummary> {
  const empty = (): QueueSummary => ({ waiting: 0, pastGuarantee: 0, inHospital: 0 });
  const summary = Object.fromEntries([...QUEUE_IDS, 'alle'].map((id) => [id, empty()])) as Record<QueueId | 'alle', QueueSummary>;
  for (const row of rows) {
    for (const id of [...row.queues, 'alle'] as const) {
      summary[id].waiting++;
      if (row.guarantee === 'over') summary[id].pastGuarantee++;
      if (row.location.type === 'hospital') summary[id].inHospital++;
    }
  }
  return summary;
}

/** The bydeler of the given rows, sorted the Norwegian way. */
export function districtsOf(rows: readonly QueueRow[]): string[] {
  return [...new Set(rows.map((row) => row.district))].sort(collator.compare);
}
