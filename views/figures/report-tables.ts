/**
 * The Årsrapport's tables from one period's Figures, in the shape the offices' annual reports
 * publish them (vedtak by outcome, appeals at Statsforvalteren, utskrivningsklare and where
 * they went, overliggerdøgn, targets against results, …). The page and every CSV file are
 * made from these tables: this module is the only place a figure is put in a cell.
 */
import type { DischargeDestination, Figures, VedtakRow, WaitingAtEndRow } from '../../db/figures/types.ts';
import { formatDate, formatKind, formatNumber } from '../format.ts';
import { count, decimal, nok, pct, type ReportTable } from './report-table-types.ts';
import { goalsTable, occupancyTable, waitingTimeTable } from './report-tables-results.ts';

/** The tables' ids, in the order the report prints them (each is also a CSV file). */
export const REPORT_TABLE_IDS = ['vedtak', 'klager', 'utskrivningsklare', 'overliggerdogn', 'mal-og-resultater', 'ventetid', 'belegg', 'venteliste'] as const;
export type ReportTableId = (typeof REPORT_TABLE_IDS)[number];

/** @param asOf the period's last day (ISO): the day the period-end figures are read on. */
export function reportTables(figures: Figures, asOf: string): ReportTable[] {
  return [
    vedtakTable(figures.vedtak), appealsTable(figures), dischargeTable(figures), overliggerTable(figures),
    goalsTable(figures), waitingTimeTable(figures), occupancyTable(figures), waitingAtEndTable(figures.waitingAtEnd, asOf),
  ];
}

const sum = <T>(rows: readonly T[], pick: (row: T) => number): number => rows.reduce((total, row) => total + pick(row), 0);

function vedtakTable(rows: VedtakRow[]): ReportTable {
  const line = (label: string, r: Omit<VedtakRow, 'kind'>) => [label, count(r.total), count(r.innvilget), count(r.avslag), count(r.ventelistevedtak)];
  const total = { total: sum(rows, (r) => r.total), innvilget: sum(rows, (r) => r.innvilget), avslag: sum(rows, (r) => r.avslag), ventelistevedtak: sum(rows, (r) => r.ventelistevedtak) };
  return {
    id: 'vedtak', title: 'Vedtak',
    columns: ['Tjeneste', 'Antall vedtak', 'Herav innvilget', 'Avslag', 'Ventelistevedtak'],
    rows: [...rows.map((r) => ({ cells: line(formatKind(r.kind), r) })), { cells: line('Sum', total), total: true }],
    note: 'Vedtak med vedtaksdato i perioden. Ventelistevedtak: søkeren fyller vilkårene, men får ikke plass med en gang (forskrift om tildeling av langtidsopphold).',
  };
}

function appealsTable({ appeals: a }: Figures): ReportTable {
  const decided = a.stadfestet + a.opphevet + a.omgjort;
  return {
    id: 'klager', title: 'Klager og klagesaksbehandling',
    columns: ['Klager', 'Antall', 'Kommentar'],
    rows: [
      { cells: ['Antall klager', count(a.received), 'Formelle, skriftlige klager mottatt i perioden'] },
      { cells: ['Omgjort av kontoret selv', count(a.reassessedChanged), 'Ved kontorets egen vurdering av klagen (fvl.\u00a0§\u00a033)'] },
      { cells: ['Opprettholdt og sendt Statsforvalteren', count(a.sent), ''] },
      { cells: ['Klagesaksbehandling hos Statsforvalteren, totalt', count(decided), 'Avgjørelser som kom i perioden'] },
      { cells: ['Statsforvalteren opphever kommunens vedtak', count(a.opphevet), 'Sendt tilbake til kontoret for ny behandling'] },
      { cells: ['Statsforvalteren stadfester kommunens vedtak', count(a.stadfestet), 'Gir kommunen medhold'] },
      { cells: ['Statsforvalteren omgjør kommunens vedtak', count(a.omgjort), ''] },
      { cells: ['Åpne klager ved periodens slutt', count(a.openAtEnd), 'Uten endelig utfall'] },
    ],
  };
}

const DESTINATIONS: Record<DischargeDestination, string> = {
  korttid: 'Til korttidsplass', langtid: 'Til langtidsplass', bofellesskap: 'Til bofellesskap',
  hjem: 'Hjem', avmeldt: 'Avmeldt (død, annet tilbud o.l.)', venter: 'Ikke utskrevet ved periodens slutt',
};

function dischargeTable({ discharged }: Figures): ReportTable {
  return {
    id: 'utskrivningsklare', title: 'Utskrivningsklare pasienter',
    columns: ['Hvor pasientene gikk', 'Antall'],
    rows: [
      ...discharged.rows.map((r) => ({ cells: [DESTINATIONS[r.destination], count(r.count)] })),
      { cells: ['Utskrivningsklare pasienter totalt', count(discharged.total)], total: true },
    ],
    note: 'Pasienter meldt utskrivningsklare fra sykehuset i perioden, etter hvor de dro først.',
  };
}

function overliggerTable({ overligger, inhabitants }: Figures): ReportTable {
  return {
    id: 'overliggerdogn', title: 'Overliggerdøgn',
    columns: ['Måned', 'Overliggerdøgn', 'Kostnad (kr)'],
    rows: [
      ...overligger.byMonth.map((m) => ({ cells: [monthLabel(m.month), count(m.days), nok(m.nok)] })),
      { cells: ['Sum', count(overligger.days), nok(overligger.nok)], total: true },
      { cells: ['Døgn per 1 000 innbyggere', decimal(overligger.per1000), nok(null)] },
    ],
    note: `Døgn en utskrivningsklar pasient ble liggende på sykehuset etter fristen, talt i måneden de falt og priset med årets døgnpris. Kommunen har ${formatNumber(inhabitants)} innbyggere.`,
  };
}

const MONTHS = ['Januar', 'Februar', 'Mars', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Desember'];
/** `2026-03` (or a first day `2026-03-01`) → `Mars`. */
const monthLabel = (month: string): string => MONTHS[Number(month.slice(5, 7)) - 1] ?? month;

function waitingAtEndTable(rows: WaitingAtEndRow[], asOf: string): ReportTable {
  const line = (label: string, r: Omit<WaitingAtEndRow, 'kind'>) =>
    [label, count(r.hjemme), count(r.korttid), count(r.sykehus), count(r.total), pct(r.total ? (r.hjemme / r.total) * 100 : null)];
  const total = { hjemme: sum(rows, (r) => r.hjemme), korttid: sum(rows, (r) => r.korttid), sykehus: sum(rows, (r) => r.sykehus), total: sum(rows, (r) => r.total) };
  return {
    id: 'venteliste', title: 'Venteliste ved årets slutt',
    columns: ['Venter på', 'Hjemme', 'På korttidsplass', 'På sykehus', 'Totalt', 'Andel hjemme (%)'],
    rows: [...rows.map((r) => ({ cells: line(formatKind(r.kind), r) })), { cells: line('Sum', total), total: true }],
    note: `Personer med vedtak som venter på plass per ${formatDate(asOf)}, etter hvor de venter.`,
  };
}
