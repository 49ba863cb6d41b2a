import { describe, expect, it } from 'vitest';
import type { Figures } from '../../db/figures/types.ts';
import { csvCell, cellText, reportTableCsv } from './report-cells.ts';
import { REPORT_TABLE_IDS, reportTables } from './report-tables.ts';

/** A year small enough to check by hand. */
const FIGURES: Figures = {
  period: { kind: 'year', id: '2025', from: '2025-01-01', to: '2026-01-01', label: '2025' },
  inhabitants: 90_000,
  targets: { caseDays: { korttid: 14, langtid: 30, bofellesskap: 30 }, guaranteeBreachPct: 5 },
  vedtak: [
    { kind: 'korttid', innvilget: 300, ventelistevedtak: 0, avslag: 12, total: 312 },
    { kind: 'langtid', innvilget: 110, ventelistevedtak: 19, avslag: 8, total: 137 },
    { kind: 'bofellesskap', innvilget: 40, ventelistevedtak: 2, avslag: 3, total: 45 },
  ],
  caseTime: [
    { kind: 'korttid', count: 312, medianDays: 6, p90Days: 13, targetDays: 14, withinTarget: 290, withinTargetPct: 92.94871794871794 },
    { kind: 'langtid', count: 137, medianDays: 33.5, p90Days: 58, targetDays: 30, withinTarget: 60, withinTargetPct: 43.8 },
    { kind: 'bofellesskap', count: 0, medianDays: null, p90Days: null, targetDays: 30, withinTarget: 0, withinTargetPct: null },
  ],
  guarantees: [{ kind: 'langtid', due: 100, breached: 32, breachPct: 32 }],
  overligger: {
    days: 941, nok: 5_628_121, per1000: 10.455555555555556,
    byMonth: [{ month: '2025-01', days: 500, nok: 2_990_500 }, { month: '2025-02', days: 441, nok: 2_637_621 }],
  },
  discharged: { total: 1546, rows: [{ destination: 'hjem', count: 587 }, { destination: 'korttid', count: 511 }, { destination: 'avmeldt', count: 448 }] },
  waitingAtEnd: [
    { kind: 'korttid', hjemme: 3, korttid: 0, sykehus: 1, total: 4 },
    { kind: 'langtid', hjemme: 10, korttid: 12, sykehus: 2, total: 24 },
    { kind: 'bofellesskap', hjemme: 0, korttid: 0, sykehus: 0, total: 0 },
  ],
  waitingTime: [{ kind: 'langtid', priority: null, count: 90, medianDays: 41, p90Days: 97.5 }, { kind: 'langtid', priority: 1, count: 20, medianDays: 12, p90Days: 30 }],
  occupancy: [{ kind: 'korttid', places: 40, stayDays: 13_870, occupancyPct: 95, staysStarted: 520, staysEnded: 515, staysInPeriod: 560, daysPerStay: 26.9, usersAtEnd: 38, turnover: 14.7 }],
  appeals: { received: 16, reassessedKept: 13, reassessedChanged: 3, sent: 13, stadfestet: 9, opphevet: 2, omgjort: 2, openAtEnd: 1 },
};

const plain = (text: string) => text.replaceAll('\u00a0', ' ');
const table = (id: string) => reportTables(FIGURES, '2025-12-31').find((t) => t.id === id)!;
const rowOf = (id: string, header: string) => table(id).rows.find((r) => r.cells[0] === header)!.cells;

describe('the Årsrapport tables', () => {
  it('when the tables are made, then there is one per id, in order, and every row has a cell per column', () => {
    const tables = reportTables(FIGURES, '2025-12-31');
    expect(tables.map((t) => t.id)).toEqual([...REPORT_TABLE_IDS]);
    for (const t of tables) for (const row of t.rows) expect(row.cells.length, t.id).toBe(t.columns.length);
  });

  it('when vedtak are tabled, then each kind has its row and the sum row adds them up, as the seeds publish it', () => {
    expect(rowOf('vedtak', 'Sum').map(cellText)).toEqual(['Sum', '494', '450', '23', '21']);
    expect(rowOf('vedtak', 'Langtid').map(cellText)).toEqual(['Langtid', '137', '110', '8', '19']);
  });

  it('when appeals are tabled, then Statsforvalteren\'s total is its three outcomes', () => {
    expect(cellText(rowOf('klager', 'Klagesaksbehandling hos Statsforvalteren, totalt')[1]!)).toBe('13');
    expect(cellText(rowOf('klager', 'Statsforvalteren stadfester kommunens vedtak')[1]!)).toBe('9');
  });

  it('when overliggerdøgn are tabled, then months, kroner and the per-1 000 figure show the Norwegian way', () => {
    expect(rowOf('overliggerdogn', 'Januar').map((c) => plain(cellText(c)))).toEqual(['Januar', '500', '2 990 500']);
    expect(rowOf('overliggerdogn', 'Sum').map((c) => plain(cellText(c)))).toEqual(['Sum', '941', '5 628 121']);
    expect(rowOf('overliggerdogn', 'Døgn per 1 000 innbyggere').map(cellText)).toEqual(['Døgn per 1 000 innbyggere', '10,5', '–']);
  });

  it('when targets are tabled, then the median is checked against its target and the langtid breaches against < 5 %', () => {
    expect(rowOf('mal-og-resultater', 'Saksbehandlingstid langtid, median (dager)').map(cellText)).toEqual(['Saksbehandlingstid langtid, median (dager)', '30', '33,5', '137', 'Nei']);
    expect(rowOf('mal-og-resultater', 'Saksbehandlingstid korttid, median (dager)').at(-1)).toBe('Ja');
    expect(rowOf('mal-og-resultater', 'Saksbehandlingstid bofellesskap, median (dager)').map(cellText).slice(2)).toEqual(['–', '0', '–']);
    expect(rowOf('mal-og-resultater', 'Brudd på garantien, langtid (%)').map(cellText)).toEqual(['Brudd på garantien, langtid (%)', '5', '32', '100', 'Nei']);
  });

  it('when the waiting list at year end is tabled, then the share waiting at home is of those waiting, and none waiting is no share', () => {
    expect(rowOf('venteliste', 'Langtid').map(cellText)).toEqual(['Langtid', '10', '12', '2', '24', '41,7']);
    expect(cellText(rowOf('venteliste', 'Bofellesskap').at(-1)!)).toBe('–');
    expect(rowOf('venteliste', 'Sum').map(cellText)).toEqual(['Sum', '13', '12', '3', '28', '46,4']);
  });
});

describe('the Årsrapport CSV files', () => {
  it('when a table is written as CSV, then Excel gets a BOM, `;`, a header row and numbers with a decimal comma and no grouping', () => {
    const csv = reportTableCsv(table('overliggerdogn'));
    expect(csv.startsWith('\uFEFFMåned;Overliggerdøgn;Kostnad (kr)\r\n')).toBe(true);
    expect(csv).toContain('\r\nJanuar;500;2990500\r\n');
    expect(csv).toContain('\r\nSum;941;5628121\r\nDøgn per 1 000 innbyggere;10,5;\r\n');
  });

  it('when a share or a decimal is written, then it has one decimal; nothing to measure is an empty field', () => {
    expect(csvCell({ value: 92.94871794871794, as: 'pct' })).toBe('92,9');
    expect(csvCell({ value: 32, as: 'pct' })).toBe('32,0');
    expect(csvCell({ value: null, as: 'decimal' })).toBe('');
    expect(csvCell({ value: 1546, as: 'count' })).toBe('1546');
  });

  it('when every table is written, then each line has as many fields as the header', () => {
    for (const t of reportTables(FIGURES, '2025-12-31')) {
      const lines = reportTableCsv(t).slice(1).split('\r\n').filter(Boolean);
      expect(lines.length, t.id).toBe(t.rows.length + 1);
      // No field here holds a `;`, so splitting counts fields.
      for (const line of lines) expect(line.split(';').length, `${t.id}: ${line}`).toBe(t.columns.length);
    }
  });
});
