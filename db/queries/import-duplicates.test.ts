import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OUTCOMES, PLACE_KINDS } from '../schema.ts';
import { type Known, type RowToSort, sortOutDuplicates } from './import-duplicates.ts';
import { putsOnWaitingList } from './vedtak.ts';

const NONE: Known = { vedtak: [], waiting: [] };

// Few persons and dates, so rows collide often.
const rowsArb = fc.array(fc.record({
  fnr: fc.constantFrom('11111111111', '22222222222', '33333333333'),
  kind: fc.constantFrom(...PLACE_KINDS),
  receivedDate: fc.constantFrom('2026-11-01', '2026-11-02', '2026-11-03'),
  decisionDate: fc.constantFrom('2026-11-10', '2026-11-11'),
  outcome: fc.constantFrom(...OUTCOMES),
}), { maxLength: 25 }).map((list) => list.map(({ fnr, ...vedtak }, i): RowToSort => ({ line: i + 2, person: { fnr }, vedtak })));

/** What the database holds after the rows are imported. */
const storedAs = (rows: RowToSort[]): Known => ({
  vedtak: rows.map((r) => ({ fnr: r.person.fnr, ...r.vedtak })),
  waiting: rows.filter((r) => putsOnWaitingList(r.vedtak)).map((r) => ({ fnr: r.person.fnr, kind: r.vedtak.kind })),
});

const row = (line: number, over: Partial<RowToSort['vedtak']> = {}): RowToSort => ({
  line, person: { fnr: '11111111111' },
  vedtak: { kind: 'langtid', receivedDate: '2026-11-02', decisionDate: '2026-11-16', outcome: 'ventelistevedtak', ...over },
});

describe('sortOutDuplicates', () => {
  it('when any rows are sorted, then each row is either fresh or a duplicate, in file order', () => {
    fc.assert(fc.property(rowsArb, (rows) => {
      const { fresh, duplicates } = sortOutDuplicates(rows, NONE);
      expect([...fresh.map((r) => r.line), ...duplicates.map((d) => d.line)].sort((a, b) => a - b)).toEqual(rows.map((r) => r.line));
      expect(fresh.map((r) => r.line)).toEqual([...fresh.map((r) => r.line)].sort((a, b) => a - b));
    }));
  });

  it('when the fresh rows are imported and the file comes again, then every row is a duplicate', () => {
    fc.assert(fc.property(rowsArb, (rows) => {
      const { fresh } = sortOutDuplicates(rows, NONE);
      const again = sortOutDuplicates(rows, storedAs(fresh));
      expect(again.fresh).toEqual([]);
      expect(again.duplicates.every((d) => d.of !== 'file' || rows.some((r) => r.line === d.earlierLine))).toBe(true);
    }));
  });

  it('when the fresh rows are sorted on their own, then none repeats another', () => {
    fc.assert(fc.property(rowsArb, (rows) => {
      const { fresh } = sortOutDuplicates(rows, NONE);
      expect(sortOutDuplicates(fresh, NONE).fresh).toEqual(fresh);
    }));
  });

  it('when a stored vedtak has the same decision date, then the row names that date', () => {
    const known: Known = { vedtak: [{ fnr: '11111111111', kind: 'langtid', receivedDate: '2026-10-01', decisionDate: '2026-11-16' }], waiting: [] };
    expect(sortOutDuplicates([row(2, { outcome: 'avslag' })], known).duplicates).toEqual([{ line: 2, of: 'vedtak', kind: 'langtid', same: 'decided', date: '2026-11-16' }]);
  });

  it('when the person already waits for the kind, then a granted row is a duplicate and an avslag is not', () => {
    const known: Known = { vedtak: [], waiting: [{ fnr: '11111111111', kind: 'langtid' }] };
    const { fresh, duplicates } = sortOutDuplicates([row(2, { receivedDate: '2026-11-20', decisionDate: '2026-11-21' }), row(3, { outcome: 'avslag', receivedDate: '2026-11-25', decisionDate: '2026-11-26' }), row(4, { kind: 'korttid' })], known);
    expect(duplicates).toEqual([{ line: 2, of: 'waiting', kind: 'langtid' }]);
    expect(fresh.map((r) => r.line)).toEqual([3, 4]);
  });

  it('when a later row of the file has the same received date, then it points at the earlier row', () => {
    expect(sortOutDuplicates([row(2), row(5, { decisionDate: '2026-11-18', outcome: 'avslag' })], NONE).duplicates).toEqual([{ line: 5, of: 'file', earlierLine: 2 }]);
  });
});
