import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GUARANTEE_STATUSES, guaranteeStatus, PLACES, placeOf } from './queue-status.ts';
import { filterRows, SORT_KEYS, sortRows, summarizeQueues } from './queue-view.ts';
import type { Location, QueueRow } from './queues.ts';

const location: fc.Arbitrary<Location> = fc.oneof(
  fc.constant({ type: 'home' as const }),
  fc.record({ type: fc.constant('hospital' as const), admittedDate: fc.constant('2026-11-01'), dischargeReadyDate: fc.constant(null),
    overligger: fc.record({ days: fc.nat(30), nok: fc.nat(100_000) }) }),
  fc.record({ type: fc.constant('unit' as const), unitName: fc.constant('Enhet'), unitKind: fc.constantFrom('korttid' as const, 'langtid' as const),
    fromDate: fc.constant('2026-10-01') }),
);

const row: fc.Arbitrary<QueueRow> = fc.record({
  entryId: fc.nat(), personId: fc.nat(), name: fc.constantFrom('Åse', 'Ola', 'Øystein', 'Anne', 'Ærling'),
  district: fc.constantFrom('Nord', 'Sør', 'Sentrum'), kind: fc.constant(null), fnrMasked: fc.constantFrom('010203••••••', '311299••••••'),
  status: fc.constantFrom('waiting' as const, 'reserved' as const), priority: fc.constantFrom(1, 2, 3),
  requiredTags: fc.subarray(['rehabilitering', 'skjermet']), decisionDate: fc.constantFrom('2026-10-01', '2026-11-01'),
  daysLeft: fc.option(fc.integer({ min: -30, max: 60 })), location,
}).map(({ daysLeft, kind: _kind, ...r }) => ({
  ...r, queues: ['langtid' as const], guaranteeDaysLeft: daysLeft, guaranteeDate: daysLeft === null ? null : `2026-12-${String(10 + (daysLeft % 10 + 10) % 10).padStart(2, '0')}`,
  guarantee: guaranteeStatus(daysLeft), place: placeOf(r.location),
}));

describe('Waiting-list filters, sorting and overview', () => {
  it('when any filter is applied, then exactly the rows that match every part remain, in their order', () => {
    fc.assert(fc.property(fc.array(row), fc.option(fc.constantFrom('Nord', 'Sør')), fc.option(fc.constantFrom(...PLACES)),
      fc.option(fc.constantFrom(...GUARANTEE_STATUSES)), (rows, district, place, guarantee) => {
        const filter = { district: district ?? undefined, place: place ?? undefined, guarantee: guarantee ?? undefined };
        const kept = filterRows(rows, filter);
        const expected = rows.filter((r) => (!district || r.district === district) && (!place || r.place === place) && (!guarantee || r.guarantee === guarantee));
        expect(kept).toEqual(expected);
      }));
  });

  it('when sorted by any column either way, then every row is kept and rows without a value come last', () => {
    const rowsWithIds = fc.uniqueArray(row, { selector: (r) => r.entryId });
    fc.assert(fc.property(rowsWithIds, fc.constantFrom(...SORT_KEYS), fc.boolean(), (rows, key, descending) => {
      const sorted = sortRows(rows, { key, descending });
      expect([...sorted].sort((a, b) => a.entryId - b.entryId)).toEqual([...rows].sort((a, b) => a.entryId - b.entryId));
      if (key === 'garanti' || key === 'dager') {
        const firstNull = sorted.findIndex((r) => r.guaranteeDate === null);
        if (firstNull >= 0) expect(sorted.slice(firstNull).every((r) => r.guaranteeDate === null)).toBe(true);
      }
      if (key === 'prioritet') {
        const priorities = sorted.map((r) => r.priority);
        expect(priorities).toEqual([...priorities].sort((a, b) => (descending ? b - a : a - b)));
      }
    }));
  });

  it('when sorted by name, then Æ, Ø and Å come after Z as in Norwegian', () => {
    const rows = fc.sample(row, 20).map((r, i) => ({ ...r, entryId: i }));
    const names = sortRows(rows, { key: 'navn', descending: false }).map((r) => r.name);
    const order = ['Anne', 'Ola', 'Ærling', 'Øystein', 'Åse'];
    expect(names).toEqual([...names].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  });

  it('when the overview is counted, then past-guarantee and in-hospital are subsets of waiting, for each queue and all', () => {
    fc.assert(fc.property(fc.array(row), (rows) => {
      const summary = summarizeQueues(rows);
      expect(summary.alle.waiting).toBe(rows.length);
      expect(summary.alle.pastGuarantee).toBe(rows.filter((r) => r.guaranteeDaysLeft !== null && r.guaranteeDaysLeft < 0).length);
      expect(summary.alle.inHospital).toBe(rows.filter((r) => r.location.type === 'hospital').length);
      expect(summary.langtid).toEqual(summary.alle);
    }));
  });
});
